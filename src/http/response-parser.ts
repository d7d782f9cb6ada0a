import type { ResponseHead } from './transport.js';

/**
 * An incremental HTTP/1.1 response parser for the load client: bytes may split anywhere (inside the status
 * line, a header, a chunk-size line or a CRLF). It reads only what the engine needs from the head and
 * hands body bytes on as slices of the buffers it was given, so a response costs no copies.
 */

/** Where the parser sends what it reads; the connection implements it, so no closure per response. */
export interface ResponseSink {
  onHead(head: ResponseHead): void;
  onBody(buffer: Buffer, start: number, end: number): void;
}

export class ResponseParseError extends Error {
  readonly code = 'HPE_INVALID_RESPONSE';
}

const enum State {
  Idle,
  Head,
  Body,
  UntilClose,
  ChunkSize,
  /** After the chunk size's digits: spaces, then a `;extension` or the line's end. */
  ChunkSizeEnd,
  /** A chunk extension (ignored) up to the line's end. */
  ChunkExtension,
  ChunkData,
  ChunkDataEnd,
  Trailers,
  Complete,
}

const MAX_HEAD_BYTES = 64 * 1024;

/** A head of `bytes` is within the cap, however many reads brought it; past it the response is refused. */
function headWithin(bytes: number): void {
  if (bytes > MAX_HEAD_BYTES) throw new ResponseParseError(`the response head is over ${MAX_HEAD_BYTES} bytes`);
}
const MAX_LINE_BYTES = 8 * 1024;
const LF = 10;
const REQUEST_ID_HEADERS = new Set(['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id']);
const WANTED_NAMES = [
  'content-length',
  'transfer-encoding',
  'connection',
  'retry-after',
  'location',
  'content-encoding',
  ...REQUEST_ID_HEADERS,
];

/** RFC 9110's token characters (a header name is a token): 1 where allowed. */
const TOKEN_BYTE = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") TOKEN_BYTE[c.charCodeAt(0)] = 1;

/**
 * The bytes of an ASCII text, to compare with a response's bytes: reading a string's characters in the hot
 * loop costs a check of how the string is stored per character (profiled: a fifth of the head's parsing).
 */
const bytesOf = (ascii: string) => Uint8Array.from(ascii, (c) => c.charCodeAt(0));

/** The names above by length: a header name of another length is skipped without a comparison. */
const WANTED_BY_LENGTH: ({ name: string; bytes: Uint8Array }[] | undefined)[] = Array.from({ length: 32 }, () => undefined);
for (const name of WANTED_NAMES) (WANTED_BY_LENGTH[name.length] ??= []).push({ name, bytes: bytesOf(name) });

const HTTP_1 = bytesOf('HTTP/1.');
const CLOSE = bytesOf('close');
const KEEP_ALIVE = bytesOf('keep-alive');
const CR = 13;
const COLON = 58;
const SEMICOLON = 59;
const SPACE = 0x20;
const TAB = 0x09;
/** A chunk size's most hex digits: 12 are 256 TB, far past any body, and still exact in a double. */
const MAX_CHUNK_SIZE_DIGITS = 12;

/** The value of a hex digit's byte, or -1. */
function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The status code of an `HTTP/1.x NNN reason` line at `from` (ending at `to`), or -1 when it is not one. */
function statusOf(data: Buffer, from: number, to: number): number {
  if (to - from < 12) return -1;
  // Byte by byte: a Buffer#compare with offsets costs far more than seven byte reads.
  for (let k = 0; k < HTTP_1.length; k++) if (data[from + k] !== HTTP_1[k]) return -1;
  const version = data[from + 7];
  if ((version !== 0x30 && version !== 0x31) || data[from + 8] !== 0x20 || (to - from > 12 && data[from + 12] !== 0x20)) return -1;
  let status = 0;
  for (let i = from + 9; i < from + 12; i++) {
    const digit = data[i]! - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    status = status * 10 + digit;
  }
  return status;
}

/** The decimal number between optional spaces or tabs in `data[from, to)`, or -1 when it is not one. */
function digitsOf(data: Buffer, from: number, to: number): number {
  while (from < to && (data[from] === 0x20 || data[from] === 0x09)) from++;
  while (to > from && (data[to - 1] === 0x20 || data[to - 1] === 0x09)) to--;
  if (from === to || to - from > 15) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = data[i]! - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether the bytes from `at` spell `lower` (lower-case letters and '-'), in any case. */
function bytesAre(data: Buffer, at: number, lower: Uint8Array): boolean {
  for (let k = 0; k < lower.length; k++) if ((data[at + k]! | 0x20) !== lower[k]) return false;
  return true;
}

/** Whether `data[from, to)` (a header value, so no CR) contains `lower`, in any case. */
function containsLower(data: Buffer, from: number, to: number, lower: Uint8Array): boolean {
  const first = lower[0];
  for (let i = from; i + lower.length <= to; i++) if ((data[i]! | 0x20) === first && bytesAre(data, i, lower)) return true;
  return false;
}

/**
 * Where the colon that ends the header line's name is, in `data[from, to)`. The name must be a token right
 * up to the colon: whitespace before it (`Content-Length : 5`) or in it is how responses are smuggled
 * past one parser and read differently by another, so such a line fails the response (RFC 9112 §5.1).
 */
function colonOf(data: Buffer, from: number, to: number): number {
  let i = from;
  while (i < to && TOKEN_BYTE[data[i]!] === 1) i++;
  if (i > from && i < to && data[i] === COLON) return i;
  const line = JSON.stringify(data.toString('latin1', from, Math.min(to, from + 60)));
  const byte = data[i];
  if (i === from && (byte === SPACE || byte === TAB))
    throw new ResponseParseError(`a header line begins with whitespace (an obsolete line folding): ${line}`);
  if (byte === SPACE || byte === TAB) {
    const rest = data.indexOf(COLON, i);
    if (rest !== -1 && rest < to && data.subarray(i, rest).every((b) => b === SPACE || b === TAB))
      throw new ResponseParseError(`whitespace between a header name and its colon: ${line}`);
  }
  if (i === to) throw new ResponseParseError(`a header line without a colon: ${line}`);
  throw new ResponseParseError(`a header name that is not a token: ${line}`);
}

/** The header name the engine reads that the bytes from `at` (length `length`) spell, if any. */
function wantedName(data: Buffer, at: number, length: number): string | undefined {
  const wanted = length < WANTED_BY_LENGTH.length ? WANTED_BY_LENGTH[length] : undefined;
  if (wanted === undefined) return undefined;
  const first = data[at]! | 0x20;
  for (const { name, bytes } of wanted) if (bytes[0] === first && bytesAre(data, at, bytes)) return name;
  return undefined;
}

/** A line of the head that ends in LF alone: strict parsers refuse it, so a lenient one would disagree. */
function bareLf(data: Buffer, from: number, at: number): ResponseParseError {
  const line = JSON.stringify(data.toString('latin1', from, Math.min(at, from + 60)));
  return new ResponseParseError(`a line of the response head ends in LF without CR: ${line}`);
}

export class ResponseParser {
  private state = State.Idle;
  private noBody = false;
  private remaining = 0;
  private partialHead: Buffer | undefined;
  /** Bytes read of the current chunk-size or trailer line, and the chunk size's digits among them. */
  private lineBytes = 0;
  private sizeDigits = 0;
  /** The CR of the CRLF after a chunk's data has been read (its LF may come in the next read). */
  private sawCr = false;
  private head: ResponseHead = {
    status: 0,
    keepAlive: true,
    retryAfter: undefined,
    requestId: undefined,
    location: undefined,
    contentEncoding: undefined,
  };

  constructor(private readonly sink: ResponseSink) {}

  /** Arms the parser for the response to the request just sent (a HEAD request's response has no body). */
  expect(method: string): void {
    this.state = State.Head;
    this.noBody = method === 'HEAD';
    this.partialHead = undefined;
  }

  /** Whether the response has been read to its end. */
  get complete(): boolean {
    return this.state === State.Complete;
  }

  /** Whether any byte of the response has arrived yet. */
  get started(): boolean {
    return this.state !== State.Head || this.partialHead !== undefined;
  }

  /**
   * Reads bytes; returns how many belonged to the response. Fewer than given means the server sent more
   * than one response's worth: the connection is then not reused.
   */
  push(buffer: Buffer, n = buffer.length): number {
    let i = 0;
    while (i < n && this.state !== State.Complete) {
      switch (this.state) {
        case State.Idle:
          throw new ResponseParseError('the server sent bytes before any request');
        case State.Head:
          i = this.readHead(buffer, i, n);
          break;
        case State.Body: {
          const end = Math.min(n, i + this.remaining);
          this.sink.onBody(buffer, i, end);
          this.remaining -= end - i;
          i = end;
          if (this.remaining === 0) this.state = State.Complete;
          break;
        }
        case State.UntilClose:
          this.sink.onBody(buffer, i, n);
          i = n;
          break;
        case State.ChunkSize:
        case State.ChunkSizeEnd:
        case State.ChunkExtension:
          i = this.readChunkSize(buffer, i, n);
          break;
        case State.ChunkData: {
          const end = Math.min(n, i + this.remaining);
          this.sink.onBody(buffer, i, end);
          this.remaining -= end - i;
          i = end;
          if (this.remaining === 0) {
            this.state = State.ChunkDataEnd;
            this.sawCr = false;
          }
          break;
        }
        case State.ChunkDataEnd:
          i = this.readChunkEnd(buffer, i);
          break;
        case State.Trailers:
          i = this.readTrailers(buffer, i, n);
          break;
      }
    }
    return i;
  }

  /** The connection closed: a body framed by the close is complete, anything else was cut short. */
  close(): boolean {
    if (this.state === State.UntilClose) this.state = State.Complete;
    return this.state === State.Complete;
  }

  private readHead(buffer: Buffer, from: number, n: number): number {
    if (!this.partialHead) {
      const end = this.parseHead(buffer, from, n);
      if (end !== -1) {
        headWithin(end - from);
        return end;
      }
      this.carry(buffer, from, n);
      return n;
    }
    // The head began in an earlier read: parse it again from its first byte, joined with these.
    const carried = this.partialHead.length;
    const data = Buffer.concat([this.partialHead, buffer.subarray(from, n)]);
    const end = this.parseHead(data, 0, data.length);
    if (end === -1) {
      this.carry(data, 0, data.length);
      return n;
    }
    headWithin(end);
    this.partialHead = undefined;
    return from + end - carried;
  }

  /** Keeps the start of a head whose end has not arrived yet. */
  private carry(data: Buffer, from: number, to: number): void {
    headWithin(to - from);
    // A copy: the socket reads into one buffer it reuses.
    this.partialHead = Buffer.from(data.subarray(from, to));
  }

  /**
   * Reads a head from `data[start, limit)` straight from the bytes, in one pass; returns where it ends (just
   * past its blank line), or -1 when it has not all arrived (nothing is kept from it then).
   */
  private parseHead(data: Buffer, start: number, limit: number): number {
    let lineEnd = start;
    while (lineEnd < limit && data[lineEnd] !== CR && data[lineEnd] !== LF) lineEnd++;
    if (data[lineEnd] === LF && lineEnd < limit) throw bareLf(data, start, lineEnd);
    if (lineEnd + 1 >= limit) return -1;
    const status = statusOf(data, start, lineEnd);
    if (status === -1 || data[lineEnd + 1] !== LF)
      throw new ResponseParseError(
        `not an HTTP/1.x status line: ${JSON.stringify(data.toString('latin1', start, Math.min(lineEnd, start + 60)))}`,
      );
    let keepAlive = data[start + 7] === 0x31; // HTTP/1.1 keeps connections alive unless told otherwise
    let contentLength = -1;
    let chunked = false;
    let retryAfter: string | undefined;
    let requestId: string | undefined;
    let location: string | undefined;
    let contentEncoding: string | undefined;
    let from = lineEnd + 2;
    for (;;) {
      let to = from;
      while (to < limit && data[to] !== CR && data[to] !== LF) to++;
      if (data[to] === LF && to < limit) throw bareLf(data, from, to);
      if (to + 1 >= limit) return -1; // the line's CRLF has not arrived
      if (data[to + 1] !== LF) throw new ResponseParseError('a header line of the response ends in CR without LF');
      const lineFrom = from;
      from = to + 2;
      if (to === lineFrom) break; // the blank line: the head is complete
      const colon = colonOf(data, lineFrom, to);
      const name = wantedName(data, lineFrom, colon - lineFrom);
      if (name === undefined) continue;
      if (name === 'content-length') {
        const length = digitsOf(data, colon + 1, to);
        if (length === -1 || (contentLength !== -1 && contentLength !== length))
          throw new ResponseParseError(`invalid content-length: ${JSON.stringify(data.toString('latin1', colon + 1, to).trim())}`);
        contentLength = length;
      } else if (name === 'connection') {
        if (containsLower(data, colon + 1, to, CLOSE)) keepAlive = false;
        else if (containsLower(data, colon + 1, to, KEEP_ALIVE)) keepAlive = true;
      } else {
        const value = data.toString('latin1', colon + 1, to).trim();
        if (name === 'transfer-encoding') chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
        else if (name === 'retry-after') retryAfter = value;
        else if (name === 'location') location = value;
        else if (name === 'content-encoding') contentEncoding = value.toLowerCase();
        else if (requestId === undefined && REQUEST_ID_HEADERS.has(name)) requestId = value;
      }
    }
    // Both framings at once: which one a reader believes decides where the next response starts.
    if (chunked && contentLength !== -1)
      throw new ResponseParseError('the response has both content-length and transfer-encoding: chunked (RFC 9112 §6.3)');
    // 1xx answers (100 Continue, 103 Early Hints) come before the real one: read on.
    if (status < 200) {
      if (status === 101) throw new ResponseParseError('the server switched protocols (101), which a load test cannot follow');
      return from;
    }
    const head = this.head;
    head.status = status;
    head.keepAlive = keepAlive;
    head.retryAfter = retryAfter;
    head.requestId = requestId;
    head.location = location;
    head.contentEncoding = contentEncoding;
    this.sink.onHead(head);
    if (this.noBody || status === 204 || status === 304) this.state = State.Complete;
    else if (chunked) this.startChunkSize();
    else if (contentLength >= 0) {
      this.remaining = contentLength;
      this.state = contentLength === 0 ? State.Complete : State.Body;
    } else {
      head.keepAlive = false; // a body framed by the connection's end
      this.state = State.UntilClose;
    }
    return from;
  }

  /**
   * The chunk-size line — hex digits, optional spaces, an optional `;extension`, then CRLF (or a bare LF) —
   * read byte by byte from `at`, so a line split across reads needs no copy and a chunk costs no string.
   * Returns where reading stopped: past the line's LF, or `n` when the line goes on in the next read.
   */
  private readChunkSize(data: Buffer, at: number, n: number): number {
    for (let i = at; i < n; i++) {
      const byte = data[i]!;
      if (byte === LF) {
        if (this.sizeDigits === 0) throw this.badChunkSize(data, at, i);
        this.state = this.remaining === 0 ? State.Trailers : State.ChunkData;
        this.lineBytes = 0;
        return i + 1;
      }
      if (++this.lineBytes > MAX_LINE_BYTES) throw new ResponseParseError('a chunk-size line is too long');
      if (this.state === State.ChunkExtension) continue;
      const digit = this.state === State.ChunkSize ? hexDigit(byte) : -1;
      if (digit !== -1) {
        if (++this.sizeDigits > MAX_CHUNK_SIZE_DIGITS) throw this.badChunkSize(data, at, i + 1);
        this.remaining = this.remaining * 16 + digit;
      } else if (byte === SEMICOLON && this.sizeDigits > 0) this.state = State.ChunkExtension;
      else if (byte === SPACE || byte === TAB || byte === CR) {
        if (this.sizeDigits > 0) this.state = State.ChunkSizeEnd;
      } else throw this.badChunkSize(data, at, i + 1);
    }
    return n;
  }

  private badChunkSize(data: Buffer, from: number, to: number): ResponseParseError {
    const seen = data.toString('latin1', Math.max(from, to - 40), to).replace(/\r$/, '');
    return new ResponseParseError(`invalid chunk size: ${JSON.stringify(seen)} (a chunk-size line is hex digits, then CRLF)`);
  }

  /** The CRLF (or bare LF) that ends a chunk's data; anything else means the chunk ran past its size. */
  private readChunkEnd(data: Buffer, i: number): number {
    const byte = data[i];
    if (byte === CR && !this.sawCr) {
      this.sawCr = true;
      return i + 1;
    }
    if (byte !== LF) throw new ResponseParseError('a chunk of the response body is longer than its size says');
    this.startChunkSize();
    return i + 1;
  }

  private startChunkSize(): void {
    this.state = State.ChunkSize;
    this.remaining = 0;
    this.sizeDigits = 0;
    this.lineBytes = 0;
  }

  /** Trailer lines after the last chunk, skipped up to the blank line that ends the response. */
  private readTrailers(data: Buffer, at: number, n: number): number {
    for (let i = at; i < n; i++) {
      const byte = data[i]!;
      if (byte === LF) {
        if (this.lineBytes === 0) {
          this.state = State.Complete;
          return i + 1;
        }
        this.lineBytes = 0;
      } else if (byte !== CR && ++this.lineBytes > MAX_LINE_BYTES) throw new ResponseParseError('a trailer line is too long');
    }
    return n;
  }
}
