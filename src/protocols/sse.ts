import { StringDecoder } from 'node:string_decoder';

/** One server-sent event: the `event:` name (default "message") and its `data:` lines joined by "\n". */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * An incremental SSE parser (WHATWG "event stream" rules): chunks may split anywhere — inside a line, a
 * CRLF pair or a multi-byte character. It holds only the unfinished line and the event being built,
 * never the whole stream.
 */
export class SseParser {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  /** The previous chunk ended in "\r": a "\n" starting the next one belongs to the same line break. */
  private pendingCr = false;
  private eventName = '';
  private data = '';
  private hasData = false;
  private lastId: string | undefined;

  constructor(private readonly onEvent: (event: SseEvent) => void) {}

  push(chunk: Buffer | string): void {
    let text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    if (text === '') return; // only part of a multi-byte character so far
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = this.partial + text.slice(start, i);
      this.partial = '';
      if (c === 13) {
        if (i + 1 === text.length) this.pendingCr = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      this.line(line);
    }
    if (start < text.length) this.partial += text.slice(start);
  }

  /** The stream ended: an event without its closing blank line is dropped, as the spec says. */
  end(): void {
    this.decoder.end();
    this.partial = '';
    this.reset();
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
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') {
      this.data = this.hasData ? `${this.data}\n${value}` : value;
      this.hasData = true;
    } else if (field === 'event') this.eventName = value;
    else if (field === 'id' && !value.includes('\0')) this.lastId = value;
  }
}
