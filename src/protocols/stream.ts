import { performance } from 'node:perf_hooks';
import { scrub } from '../core/secrets.js';
import { SSE_LIMITS, SseParser, type SseEvent, type SseLimits } from './sse.js';

export const LLM_PROTOCOLS = [
  'openai-sse',
  'anthropic-sse',
  'openai',
  'anthropic',
  'openai-responses',
  'openai-completions',
  'openai-embeddings',
] as const;
export type LlmProtocol = (typeof LLM_PROTOCOLS)[number];

/** What one LLM response measured (DESIGN.md §5); times in ms from the request's start. */
export interface LlmMeasures {
  ttftMs: number | undefined;
  ttfoMs: number | undefined;
  e2eMs: number;
  /** (e2e − ttft) / (output_tokens − 1); undefined with fewer than 2 tokens or without a stream. */
  tpotMs: number | undefined;
  outputTokens: number;
  tokenSource: 'usage' | 'events';
  /** The server's usage and the streamed events disagree by more than a tenth (TPOT and ITL then differ). */
  tokensDisagree: boolean;
  /** The reply called a tool: its arguments streamed as output (TTFO, ITL and tokens count them). */
  toolCall: boolean;
  /** Input tokens the server's usage reported, when it did (embeddings). */
  inputTokens: number | undefined;
  /** Vectors an embeddings reply held (its batch); 0 for other replies. */
  vectors: number;
  /** Gaps between consecutive content events (ms) and the tokens each one carried. */
  itlGaps: Float64Array;
  itlTokens: Uint32Array;
  itlCount: number;
  finishReason: string | undefined;
}

export type LlmOutcome = { ok: true; measures: LlmMeasures } | { ok: false; error: 'stream_error' | 'no_content'; message: string };

/**
 * The shared half of every protocol adapter: it turns "content arrived", "output arrived", "usage said N"
 * and "the stream ended" into the metrics. One tracker per VU and protocol is reused for every request,
 * so a long stream costs no per-token allocation.
 */
export abstract class StreamTracker {
  protected start = 0;
  /** Time the current chunk arrived; set once per chunk, read by every event in it. */
  protected now = 0;
  private firstContent: number | undefined;
  private firstOutput: number | undefined;
  private lastContent = 0;
  private contentEvents = 0;
  /** Tokens the content events carried (one each, unless the server said more). */
  private eventTokens = 0;
  private usageTokens: number | undefined;
  private gaps = new Float64Array(256);
  private gapTokens = new Uint32Array(256);
  private gapCount = 0;
  protected finishReason: string | undefined;
  protected failure: string | undefined;
  private toolCalled = false;
  private inputUsageTokens: number | undefined;
  private vectorCount = 0;
  /** Set for a conversation's turn: the reply's text is kept (up to 64 KiB) to be sent back next turn. */
  collectText = false;
  private reply = '';
  /** Whether the protocol's own end marker arrived ([DONE], message_stop, a finish reason). */
  protected completed = false;
  /** A streaming protocol's reply came as one JSON body (no TPOT: its tokens arrived at once). */
  protected wholeReply = false;
  private parser: SseParser | undefined;
  /**
   * Set by a protocol whose requests choose streaming in their body (`stream: true` or not): the reply is
   * told by its first byte, `{` for one JSON body (kept whole, up to limits.maxEvent), else a stream.
   */
  protected readonly sniffsJson: boolean = false;
  private replyMode: 'unknown' | 'sse' | 'json' = 'unknown';
  private jsonParts: Buffer[] = [];
  private jsonBytes = 0;

  abstract readonly streaming: boolean;
  /** How far one line or event of the stream may grow. */
  limits: SseLimits = SSE_LIMITS;
  protected abstract onEvent(event: SseEvent): void;
  protected abstract onJson(body: unknown): void;

  begin(start: number): void {
    this.start = start;
    this.firstContent = this.firstOutput = this.usageTokens = undefined;
    this.lastContent = 0;
    this.contentEvents = 0;
    this.eventTokens = 0;
    this.gapCount = 0;
    this.finishReason = this.failure = undefined;
    this.completed = false;
    this.wholeReply = false;
    this.toolCalled = false;
    this.reply = '';
    this.inputUsageTokens = undefined;
    this.vectorCount = 0;
    this.replyMode = 'unknown';
    this.jsonParts = [];
    this.jsonBytes = 0;
    // One parser per tracker, emptied for each stream: a stream allocates no parser, decoder or closure.
    if (this.streaming) (this.parser ??= new SseParser((event) => this.failure === undefined && this.onEvent(event), this.limits)).end();
  }

  /**
   * Feeds the bytes `data[start, end)` of a streamed body, stamped with their arrival time. Returns why the
   * stream must be dropped (a line or event past its limit), else undefined.
   */
  chunk(data: Buffer, now: number, start = 0, end = data.length): string | undefined {
    this.now = now;
    if (this.sniffsJson && this.replyMode !== 'sse') {
      const kept = this.keepJson(data, start, end);
      if (kept !== 'sse') return kept;
    }
    const parser = this.parser!;
    parser.push(data, start, end);
    if (parser.overflow === undefined) return undefined;
    this.fail(parser.overflow);
    return parser.overflow;
  }

  /** `chunk` stamped with now, bound once so the hot path passes it without a new closure per request. */
  readonly consume = (data: Buffer, start: number, end: number): string | undefined => this.chunk(data, performance.now(), start, end);

  protected output(): void {
    if (this.firstOutput === undefined) this.firstOutput = this.now;
  }

  /** A content event carrying `tokens` tokens; its gap since the previous one is spread over them. */
  protected content(tokens = 1, text?: unknown): void {
    if (this.firstContent === undefined) this.firstContent = this.now;
    if (this.collectText && typeof text === 'string' && this.reply.length < 65_536) this.reply += text;
    this.tokenEvent(tokens);
  }

  /** Input tokens as the server's usage said. */
  protected inputUsage(tokens: unknown): void {
    if (typeof tokens === 'number' && Number.isFinite(tokens)) this.inputUsageTokens = tokens;
  }

  /** An embeddings reply of `count` vectors: its output, for TTFO and for not being empty. */
  protected embedded(count: number): void {
    this.vectorCount = count;
    this.output();
  }

  /** The reply's text, when collectText was set for it. */
  get replyText(): string {
    return this.reply;
  }

  /** A delta of a tool call's arguments: output like content for TTFO, ITL and tokens, but no first token. */
  protected toolDelta(tokens = 1): void {
    this.toolCalled = true;
    this.tokenEvent(tokens);
  }

  /** Marks a reply that calls a tool before (or without) any argument delta. */
  protected toolCall(): void {
    this.toolCalled = true;
    this.output();
  }

  private tokenEvent(tokens: number): void {
    this.output();
    if (this.contentEvents > 0) {
      if (this.gapCount === this.gaps.length) this.grow();
      this.gaps[this.gapCount] = this.now - this.lastContent;
      this.gapTokens[this.gapCount++] = Math.max(1, tokens);
    }
    this.lastContent = this.now;
    this.contentEvents++;
    this.eventTokens += Math.max(1, tokens);
  }

  protected usage(outputTokens: unknown): void {
    if (typeof outputTokens === 'number' && Number.isFinite(outputTokens)) this.usageTokens = outputTokens;
  }

  protected fail(message: string): void {
    this.failure ??= message;
  }

  /** An event's data as JSON; undefined (never JSON's) after failing the stream as malformed. */
  protected parseData(data: string): unknown {
    try {
      return JSON.parse(data) as unknown;
    } catch {
      this.fail(`malformed stream data: ${JSON.stringify(data.slice(0, 80))}`);
      return undefined;
    }
  }

  private grow(): void {
    const gaps = new Float64Array(this.gaps.length * 2);
    gaps.set(this.gaps);
    const tokens = new Uint32Array(this.gapTokens.length * 2);
    tokens.set(this.gapTokens);
    this.gaps = gaps;
    this.gapTokens = tokens;
  }

  /** The whole body of a non-streaming response arrived at `now`. */
  json(body: string, now: number): void {
    this.now = now;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      this.fail(`response is not JSON: ${JSON.stringify(scrub(body).slice(0, 80))}`);
      return;
    }
    this.onJson(parsed);
    this.completed = true;
  }

  /** Reads the start of a reply that may be one JSON body; 'sse' when it is a stream after all. */
  private keepJson(data: Buffer, start: number, end: number): string | undefined | 'sse' {
    if (this.replyMode === 'unknown') {
      let i = start;
      while (i < end && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
      if (i === end) return undefined;
      this.replyMode = data[i] === 0x7b ? 'json' : 'sse';
      if (this.replyMode === 'sse') return 'sse';
    }
    this.jsonBytes += end - start;
    if (this.jsonBytes > this.limits.maxEvent) {
      const reason = `the JSON reply is over ${this.limits.maxEvent} bytes (stream.max_event)`;
      this.fail(reason);
      return reason;
    }
    this.jsonParts.push(Buffer.from(data.subarray(start, end))); // a copy: the read buffer is reused
    return undefined;
  }

  finish(end: number): LlmOutcome {
    if (this.replyMode === 'json') {
      this.wholeReply = true;
      this.json(Buffer.concat(this.jsonParts).toString('utf8'), end);
      this.jsonParts = [];
    }
    this.parser?.end();
    if (this.failure !== undefined) return { ok: false, error: 'stream_error', message: this.failure };
    if (!this.completed) return { ok: false, error: 'stream_error', message: 'the stream ended before its end marker' };
    if (this.firstOutput === undefined) return { ok: false, error: 'no_content', message: 'the response had no content' };
    // A usage of 0 beside content that arrived is a server that does not count (some mocks): the events count.
    const usage = this.usageTokens !== undefined && (this.usageTokens > 0 || this.eventTokens === 0) ? this.usageTokens : undefined;
    const outputTokens = usage ?? this.eventTokens;
    const ttft = this.firstContent === undefined ? undefined : this.firstContent - this.start;
    const e2e = end - this.start;
    return {
      ok: true,
      measures: {
        ttftMs: ttft,
        ttfoMs: this.firstOutput - this.start,
        e2eMs: e2e,
        tpotMs:
          this.streaming && !this.wholeReply && ttft !== undefined && outputTokens > 1 ? (e2e - ttft) / (outputTokens - 1) : undefined,
        outputTokens,
        tokenSource: usage === undefined ? 'events' : 'usage',
        tokensDisagree: usage !== undefined && Math.abs(usage - this.eventTokens) > 0.1 * usage,
        toolCall: this.toolCalled,
        inputTokens: this.inputUsageTokens,
        vectors: this.vectorCount,
        itlGaps: this.gaps,
        itlTokens: this.gapTokens,
        itlCount: this.gapCount,
        finishReason: this.finishReason,
      },
    };
  }
}

/** Whether a value read from a reply is text with something in it. */
export const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Reads a property path of parsed JSON without trusting its shape. */
export function dig(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function errorText(error: unknown): string {
  const type = dig(error, 'type');
  const message = dig(error, 'message');
  return [type, message].filter((part) => typeof part === 'string' && part).join(': ') || scrub(JSON.stringify(error)).slice(0, 200);
}
