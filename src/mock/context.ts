import type { Capacity } from './capacity.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Random } from '../core/random.js';
import { isImmediate, pickFault, type Fault, type FaultRates } from './faults.js';
import { sleep, type ModelSettings } from './model.js';

/** What every mock LLM route shares: the default model settings, fault rates and the seeded generator. */
export interface MockContext {
  settings: ModelSettings;
  faults: FaultRates;
  random: Random;
  /** How long a `stall` fault holds a stream before going on, ms. */
  stallMs: number;
  model: string;
  /** This share of replies take `factor` × the TTFT (a slow tail, for gate benchmarks). */
  ttftTail?: { share: number; factor: number };
  /** Slots, prefill speed and batch slowdown, when the mock is given a capacity (see capacity.ts). */
  capacity?: Capacity;
}

const HEADER_SETTINGS: [keyof ModelSettings, string][] = [
  ['ttftMs', 'x-mock-ttft'],
  ['itlMs', 'x-mock-itl'],
  ['outputTokens', 'x-mock-output-tokens'],
  ['reasoningTokens', 'x-mock-reasoning-tokens'],
  ['chunkTokens', 'x-mock-chunk-tokens'],
];

/** The model settings for one request: the server's, overridden by any `x-mock-*` header. */
export function settingsFor(req: IncomingMessage, ctx: MockContext): ModelSettings {
  const settings = { ...ctx.settings };
  for (const [key, header] of HEADER_SETTINGS) {
    const value = Number(req.headers[header]);
    if (req.headers[header] !== undefined && Number.isFinite(value) && value >= 0) settings[key] = value;
  }
  if (ctx.ttftTail && ctx.random() < ctx.ttftTail.share) settings.ttftMs *= ctx.ttftTail.factor;
  return settings;
}

/**
 * The tool a request asks the mock to call (`x-mock-tool-call: NAME`): its reply is then that call, its
 * arguments (`{"query": "…"}`) streamed in the plan's content events.
 */
export function toolCallFor(req: IncomingMessage): string | undefined {
  const name = req.headers['x-mock-tool-call'];
  return typeof name === 'string' && /^[\w-]{1,64}$/.test(name) ? name : undefined;
}

/** A tool call's argument chunks, one per content event, that join into one JSON object. */
export function argumentChunks(texts: string[]): string[] {
  return texts.map((text, i) => `${i === 0 ? '{"query":"' : ''}${text}${i === texts.length - 1 ? '"}' : ''}`);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function startSse(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
}

/** Answers an immediate fault (429/500/503/529) in the route's own error format; false if none. */
export function answerFault(
  res: ServerResponse,
  fault: Fault | undefined,
  errorBody: (status: number, type: string, message: string) => unknown,
): boolean {
  if (!fault || !isImmediate(fault)) return false;
  const [status, type, message] = {
    '429': [429, 'rate_limit_error', 'Rate limit reached (mock)'],
    '500': [500, 'api_error', 'Internal server error (mock)'],
    '503': [503, 'service_unavailable', 'Service unavailable (mock)'],
    '529': [529, 'overloaded_error', 'Overloaded (mock)'],
  }[fault] as [number, string, string];
  sendJson(res, status, errorBody(status, type, message), status === 429 ? { 'retry-after': '1' } : {});
  return true;
}

export function chooseFault(req: IncomingMessage, ctx: MockContext): Fault | undefined {
  return pickFault(req, ctx.faults, ctx.random);
}

/**
 * The mid-stream half of a fault: `cut` drops the connection, `malformed` writes a broken chunk,
 * `stall` holds the stream (until the client leaves or stallMs passes). Returns whether to go on.
 */
export function midStreamFault(res: ServerResponse, fault: Fault | undefined, ctx: MockContext, malformed: string): () => Promise<boolean> {
  return async () => {
    if (fault === 'cut') {
      res.socket?.destroy();
      return false;
    }
    if (fault === 'malformed') res.write(malformed);
    if (fault === 'stall') {
      await Promise.race([sleep(ctx.stallMs), new Promise((resolve) => res.once('close', resolve))]);
    }
    return !res.destroyed;
  };
}
