import { StringDecoder } from 'node:string_decoder';

/** One server-sent event: the `event:` name (default "message") and its `data:` lines joined by "\n". */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/** How long one SSE line, and one event's data, may grow (characters): past it the stream is refused. */
export interface SseLimits {
  maxLine: number;
  maxEvent: number;
}

/** 1 MiB each: an LLM stream's events are a few hundred bytes; a line that never ends must not fill memory. */
export const SSE_LIMITS: SseLimits = { maxLine: 1024 * 1024, maxEvent: 1024 * 1024 };

/**
 * An incremental SSE parser (WHATWG "event stream" rules): chunks may split anywhere — inside a line, a
 * CRLF pair or a multi-byte character. It holds only the unfinished line and the event being built,
 * never the whole stream, and neither past its limits: then it stops and says why in `overflow`.
 */
export class SseParser {
  private readonly decoder = new StringDecoder('utf8');
  /** The decoder may hold the first bytes of a character split across chunks. */
  private decoding = false;
  private partial = '';
  /** The previous chunk ended in "\r": a "\n" starting the next one belongs to the same line break. */
  private pendingCr = false;
  private eventName = '';
  private data = '';
  private hasData = false;
  private lastId: string | undefined;
  /** Why the parser stopped: a line or an event grew past its limit. Cleared by end(). */
  overflow: string | undefined;

  constructor(
    private readonly onEvent: (event: SseEvent) => void,
    private readonly limits: SseLimits = SSE_LIMITS,
  ) {}

  /** Reads `chunk` (of a Buffer, the bytes from `from` to `to`). */
  push(chunk: Buffer | string, from = 0, to = chunk.length): void {
    if (this.overflow !== undefined) return;
    let text = typeof chunk === 'string' ? chunk : this.decode(chunk, from, to);
    if (text === '') return; // only part of a multi-byte character so far
    if (this.pendingCr && text.charCodeAt(0) === 10) text = text.slice(1);
    this.pendingCr = false;
    const length = text.length;
    // Line ends found by indexOf, not a loop over every character; most streams have no CR at all, so
    // the next CR is looked for again only once a line end has passed it.
    let cr = text.indexOf('\r');
    let start = 0;
    while (start < length) {
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      const lf = text.indexOf('\n', start);
      let end: number;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        end = cr;
        if (cr + 1 === length) this.pendingCr = true; // its LF, if any, comes with the next chunk
      } else if (lf !== -1) end = lf;
      else break;
      const line = this.partial + text.slice(start, end);
      this.partial = '';
      start = end === cr && text.charCodeAt(cr + 1) === 10 ? cr + 2 : end + 1;
      this.line(line);
      if (this.overflow !== undefined) return;
    }
    if (start < length) {
      if (this.partial.length + length - start > this.limits.maxLine) {
        this.stop(`an SSE line grew past ${this.limits.maxLine} characters without ending (the limit, stream.max_line)`);
        return;
      }
      this.partial += text.slice(start);
    }
  }

  private stop(reason: string): void {
    this.overflow = reason;
    this.partial = '';
    this.reset();
  }

  /**
   * The stream ended: an event without its closing blank line is dropped, as the spec says. The parser is
   * then as new, ready for another stream.
   */
  end(): void {
    this.decoder.end();
    this.decoding = false;
    this.partial = '';
    this.pendingCr = false;
    this.lastId = undefined;
    this.overflow = undefined;
    this.reset();
  }

  /**
   * Most chunks end on a whole ASCII character with nothing held from the last one: those are decoded in
   * place. Only a chunk that ends inside (or just after) a multi-byte character goes through the decoder,
   * which keeps an incomplete one for the next chunk.
   */
  private decode(data: Buffer, start: number, end: number): string {
    const ascii = end === start || data[end - 1]! < 0x80;
    if (!this.decoding && ascii) return data.toString('utf8', start, end);
    this.decoding = !ascii;
    return this.decoder.write(start === 0 && end === data.length ? data : data.subarray(start, end));
  }

  private reset(): void {
    this.eventName = '';
    this.data = '';
    this.hasData = false;
  }

  private line(line: string): void {
    if (line === '') {
      if (this.hasData) this.onEvent({ event: this.eventName || 'message', data: this.data, id: this.lastId });
      this.reset();
      return;
    }
    if (line.charCodeAt(0) === 58) return; // ":" comment, e.g. keep-alive pings
    let colon = line.indexOf(':');
    if (colon < 0) colon = line.length; // a field name alone: its value is empty
    // The field's name is compared in place (no string made for it): nearly every line is "data: …".
    const field =
      colon === 4 && line.startsWith('data')
        ? 'data'
        : colon === 5 && line.startsWith('event')
          ? 'event'
          : colon === 2 && line.startsWith('id')
            ? 'id'
            : undefined;
    if (field === undefined) return; // retry and unknown fields: nothing a load test uses
    const value = line.slice(line.charCodeAt(colon + 1) === 32 ? colon + 2 : colon + 1);
    if (field === 'data') {
      if (this.data.length + value.length >= this.limits.maxEvent) {
        this.stop(`an SSE event's data grew past ${this.limits.maxEvent} characters (the limit, stream.max_event)`);
        return;
      }
      this.data = this.hasData ? `${this.data}\n${value}` : value;
      this.hasData = true;
    } else if (field === 'event') this.eventName = value;
    else if (!value.includes('\0')) this.lastId = value;
  }
}
