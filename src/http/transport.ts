import { createBrotliDecompress, createUnzip, type BrotliDecompress, type Unzip } from 'node:zlib';
import type { ErrorKind } from '../metrics/recorder.js';
import { scrub } from '../core/secrets.js';

/**
 * What the engine sends requests through. Two transports implement it: `fast` (our HTTP/1.1 client,
 * http/fast.ts, the default: it costs the least per request) and `undici` (http/undici.ts: proxies
 * from HTTP(S)_PROXY / NO_PROXY, HTTP/2), as Locust offers FastHttpUser beside HttpUser.
 */
export interface Transport {
  readonly kind: TransportKind;
  /**
   * Sends a request and reads its response to the end. `keepBody` keeps the text (for captures and JSON
   * replies); `onChunk` sees each body chunk of a successful response as it arrives (for streams);
   * `expectedStatus` lists statuses that are not failures even when ≥ 400; `onDone`, when given, gets the
   * outcome without a promise (the engine's hot path), otherwise read `outcome`. `reuse`: a request this
   * caller sent before, settled, whose outcome it no longer reads: its object may carry this one.
   */
  send(
    request: HttpRequest,
    keepBody: boolean,
    onChunk?: ChunkCallback,
    expectedStatus?: readonly number[],
    onDone?: OutcomeCallback,
    reuse?: PendingRequest,
  ): PendingRequest;
  close(): Promise<void>;
}

export type TransportKind = 'fast' | 'undici';

export interface HttpRequest {
  origin: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Its bytes, kept by the client on a request that is sent again and again (a step with no templates). */
  wire?: string;
  /** A large body's bytes, made once and written after `wire` (which then ends with the head). */
  wireBody?: Buffer;
}

export interface HttpOutcome {
  /** 0 when no response arrived. */
  status: number;
  /** Body bytes as they came over the wire. */
  bytes: number;
  /** Body bytes after Content-Encoding (gzip, deflate, br) was undone: `bytes` when there was none. */
  decodedBytes: number;
  /** The body text, when asked for (captures) or when the response is an error (first bytes only). */
  body?: string;
  requestId?: string;
  /** The server's retry-after, in seconds, on 429/503 answers. */
  retryAfterS?: number;
  /** A redirect's (3xx) Location. */
  location?: string;
  /** `interrupted` means the run stopped this request; it is neither a success nor a failure. */
  error?: ErrorKind | 'interrupted';
  message?: string;
}

/** Why the engine aborts a request: its deadline passed, or the run is stopping. */
export type AbortReason = 'timeout' | 'stop';

/** A request on its way: its outcome, and a way to cut it off. */
export interface PendingRequest {
  readonly outcome: Promise<HttpOutcome>;
  abort(reason: AbortReason): void;
}

/** Called once with a request's outcome, always on a later turn than the send. */
export type OutcomeCallback = (outcome: HttpOutcome) => void;
/**
 * Sees the body bytes `data[start, end)` as they arrive. `data` may be the connection's shared read buffer,
 * overwritten by the next read: use the bytes before returning, or copy them. Returning a reason refuses
 * the rest: the request fails as a stream_error with it and its connection is dropped.
 */
export type ChunkCallback = (data: Buffer, start: number, end: number) => string | undefined | void;

/** What a transport learns from a response head. */
export interface ResponseHead {
  status: number;
  /** Whether the connection may carry another request after this response. */
  keepAlive: boolean;
  retryAfter: string | undefined;
  requestId: string | undefined;
  location: string | undefined;
  /** The body's Content-Encoding, lower case, when it has one. */
  contentEncoding: string | undefined;
}

const KEEP_BODY_LIMIT = 8 * 1024 * 1024;
const ERROR_BODY_LIMIT = 512;

/** A decoder for a body's Content-Encoding; undefined for identity, and for codings it cannot undo. */
function decoderFor(encoding: string | undefined): Unzip | BrotliDecompress | undefined {
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') return createUnzip(); // gzip or zlib, by header
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}

/**
 * One request and what has been read of its response; once settled, it is the outcome (no copy is made).
 * Each transport's exchange extends it with how it sends and how it cuts a request off.
 */
export abstract class Exchange implements PendingRequest, HttpOutcome {
  // Every field but `promise` is set by reset(), the one list of what a new exchange starts from (the
  // constructor's and a reused object's alike), so no field of an earlier request can leak into the next.
  request!: HttpRequest;
  private keepBody!: boolean;
  private onChunk: ChunkCallback | undefined;
  private expectedStatus: readonly number[] | undefined;
  private onDone: OutcomeCallback | undefined;
  status!: number;
  bytes!: number;
  decodedBytes!: number;
  body: string | undefined;
  requestId: string | undefined;
  retryAfterS: number | undefined;
  location: string | undefined;
  error: HttpOutcome['error'];
  message: string | undefined;
  protected settled!: boolean;
  private promise: Promise<HttpOutcome> | undefined;
  private resolve: ((outcome: HttpOutcome) => void) | undefined;
  private failed!: boolean;
  private limit!: number;
  private kept: Buffer[] | undefined;
  private keptBytes!: number;
  private retryAfter: string | undefined;
  /** Undoes the body's Content-Encoding; its output is read as the body. */
  private decoder: Unzip | BrotliDecompress | undefined;

  /** Drops the request's connection (or stream): its response is of no more use. */
  protected abstract cutOff(): void;

  /** Settled, and no promise of its outcome was handed out (whoever holds one may still read it). */
  get reusable(): boolean {
    return this.settled && this.promise === undefined;
  }

  /** This object, made into a new exchange for `request` (see Transport.send's `reuse`). */
  reset(
    request: HttpRequest,
    keepBody: boolean,
    onChunk: ChunkCallback | undefined,
    expectedStatus: readonly number[] | undefined,
    onDone: OutcomeCallback | undefined,
  ): this {
    this.request = request;
    this.keepBody = keepBody;
    this.onChunk = onChunk;
    this.expectedStatus = expectedStatus;
    this.onDone = onDone;
    this.status = 0;
    this.bytes = 0;
    this.decodedBytes = 0;
    this.body = undefined;
    this.requestId = undefined;
    this.retryAfterS = undefined;
    this.location = undefined;
    this.error = undefined;
    this.message = undefined;
    this.settled = false;
    this.resolve = undefined;
    this.failed = false;
    this.limit = 0;
    this.kept = undefined;
    this.keptBytes = 0;
    this.retryAfter = undefined;
    this.decoder = undefined;
    return this;
  }

  /** Made only when asked for: the engine's hot path takes the outcome by callback. */
  get outcome(): Promise<HttpOutcome> {
    return (this.promise ??= this.settled ? Promise.resolve(this) : new Promise((resolve) => (this.resolve = resolve)));
  }

  /** Ends the exchange with `error` (none: a complete response) and tells whoever waits. */
  protected settle(error: HttpOutcome['error'], message: string | undefined): void {
    this.settled = true;
    this.error = error;
    this.message = message;
    this.kept = undefined;
    this.decoder?.destroy();
    this.decoder = undefined;
    this.onDone?.(this);
    this.resolve?.(this);
  }

  onHead(head: ResponseHead): void {
    this.status = head.status;
    this.requestId = head.requestId;
    this.retryAfter = head.retryAfter;
    this.location = head.status >= 300 && head.status < 400 ? head.location : undefined;
    // A status the step's checks expect (say 404) is not a failure.
    this.failed = head.status >= 400 && !this.expectedStatus?.includes(head.status);
    this.limit = this.failed ? ERROR_BODY_LIMIT : this.keepBody ? KEEP_BODY_LIMIT : 0;
    this.decoder = decoderFor(head.contentEncoding);
    if (this.decoder) {
      this.decoder.on('data', (decoded: Buffer) => {
        if (!this.settled) this.take(decoded, 0, decoded.length);
      });
      this.decoder.on('error', (error) => this.undecodable(head.contentEncoding!, error));
    }
  }

  /** Body bytes as they arrive: counted, then read (through the decoder when the body is encoded). */
  onBody(buffer: Buffer, start: number, end: number): void {
    this.bytes += end - start;
    if (this.decoder)
      this.decoder.write(Buffer.from(buffer.subarray(start, end))); // a copy: the read buffer is reused
    else this.take(buffer, start, end);
  }

  private take(buffer: Buffer, start: number, end: number): void {
    this.decodedBytes += end - start;
    if (this.onChunk && !this.failed) {
      const refused = this.onChunk(buffer, start, end);
      if (refused) return this.refuse(refused);
    }
    if (this.keptBytes < this.limit) {
      const take = Math.min(end - start, this.limit - this.keptBytes);
      // A copy: the socket reads into one buffer it reuses.
      (this.kept ??= []).push(Buffer.from(buffer.subarray(start, start + take)));
      this.keptBytes += take;
    }
  }

  /** The response was read to its end; an encoded body ends once its decoder has given the rest. */
  finish(): void {
    if (this.settled) return;
    const decoder = this.decoder;
    this.decoder = undefined;
    if (decoder && this.bytes === 0)
      decoder.destroy(); // no body (HEAD, 204, 304): nothing to decode
    else if (decoder) {
      decoder.once('end', () => this.finishDecoded());
      decoder.end();
      return;
    }
    this.finishDecoded();
  }

  private undecodable(encoding: string, error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.cutOff();
    this.settle('protocol_error', `${this.request.method} ${this.request.path}: the ${encoding} body does not decode: ${error.message}`);
  }

  private finishDecoded(): void {
    if (this.settled) return;
    const text = this.kept ? (this.kept.length === 1 ? this.kept[0]! : Buffer.concat(this.kept)).toString('utf8') : '';
    if (!this.failed) {
      if (this.keepBody) this.body = text;
      this.settle(undefined, undefined);
      return;
    }
    const { status, requestId } = this;
    const { method, path } = this.request;
    const retryAfter = Number(this.retryAfter ?? NaN);
    if (Number.isFinite(retryAfter) && retryAfter >= 0) this.retryAfterS = retryAfter;
    this.settle(
      status === 429 ? 'http_429' : status >= 500 ? 'http_5xx' : 'http_4xx',
      // Scrubbed before the cut, so a secret straddling it cannot leave its first half behind.
      `${method} ${path} → ${status}${text ? `: ${scrub(text).replace(/\s+/g, ' ').slice(0, 200)}` : ''}${requestId ? ` [request id ${requestId}]` : ''}`,
    );
  }

  fail(error: unknown): void {
    if (this.settled) return;
    const { method, path } = this.request;
    // A server that speaks only HTTP/2 refuses the http/1.1 the fast transport offers in TLS's ALPN (TLS
    // alert 120, "no application protocol").
    if (/no application protocol/i.test(describeError(error)))
      return this.settle(
        'protocol_error',
        `${method} ${path}: the server refused HTTP/1.1 in the TLS handshake (ALPN): it speaks HTTP/2 only; set http: {version: 2} in the profile`,
      );
    const kind = classifyError(error);
    const tls = kind === 'tls_error' ? ' (a self-signed or untrusted certificate? set insecure: true in the profile to accept it)' : '';
    this.settle(kind, `${method} ${path}: ${describeError(error)}${tls}`);
  }

  /** The body's reader refused the rest of it: drop the connection, whose framing is of no more use. */
  private refuse(reason: string): void {
    if (this.settled) return;
    this.settled = true; // before cutting the connection, whose close must not settle it again
    this.cutOff();
    this.settle('stream_error', `${this.request.method} ${this.request.path}: ${reason}`);
  }

  abort(reason: AbortReason): void {
    if (this.settled) return;
    this.settled = true; // before cutting the connection, whose close must not settle it again
    this.cutOff();
    const { method, path } = this.request;
    this.settle(
      reason === 'stop' ? 'interrupted' : 'timeout',
      `${method} ${path}: ${reason === 'stop' ? 'the run stopped' : 'no complete response before the timeout'}`,
    );
  }
}

/** `reuse` made into the exchange of `request` when it is a settled one of `Kind`, else a new `Kind`. */
export function exchangeFor<E extends Exchange>(
  Kind: new () => E,
  reuse: PendingRequest | undefined,
  request: HttpRequest,
  keepBody: boolean,
  onChunk: ChunkCallback | undefined,
  expectedStatus: readonly number[] | undefined,
  onDone: OutcomeCallback | undefined,
): E {
  const exchange = reuse instanceof Kind && reuse.reusable ? reuse : new Kind();
  return exchange.reset(request, keepBody, onChunk, expectedStatus, onDone);
}

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') codes.push(e.code);
    if (e instanceof AggregateError) for (const inner of e.errors) codes.push(...errorCodes(inner));
  }
  return codes;
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO/;
/** Broken framing as undici names it (its llhttp errors carry no code: they are told by their name). */
const PROTOCOL_CODES = new Set([
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_HEADERS_OVERFLOW',
  'ERR_HTTP2_ERROR',
  'ERR_HTTP2_STREAM_ERROR',
]);
const namedParserError = (error: unknown) => (error as { name?: unknown } | undefined)?.name === 'HTTPParserError';

export function classifyError(error: unknown): ErrorKind {
  const codes = errorCodes(error);
  if (codes.some((c) => TLS_CODES.test(c))) return 'tls_error';
  if (codes.some((c) => c.startsWith('HPE_') || PROTOCOL_CODES.has(c)) || namedParserError(error)) return 'protocol_error';
  if (codes.includes('ECONNREFUSED')) return 'connection_refused';
  if (codes.some((c) => c.endsWith('_TIMEOUT') || c === 'ETIMEDOUT')) return 'timeout';
  if (codes.some((c) => ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'].includes(c))) return 'connection_reset';
  return 'request_error';
}

export function describeError(error: unknown): string {
  const e = error as { message?: string; code?: string; cause?: { message?: string; code?: string } };
  const cause = e.cause?.message && e.cause.message !== e.message ? ` (${e.cause.message})` : '';
  return `${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}${cause}`;
}
