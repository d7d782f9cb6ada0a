import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { randomSeed, seededRandom } from '../core/random.js';
import { anthropicMessages } from './anthropic.js';
import { ChatApp } from './chat-app.js';
import { answerFault, chooseFault, sendJson, type MockContext } from './context.js';
import type { FaultRates } from './faults.js';
import { planReply, sleep, type ModelSettings } from './model.js';
import { openAiChat, openAiCompletions, openAiEmbeddings, openAiError, openAiModels } from './openai.js';
import { openAiResponses } from './responses.js';
import { Capacity, type CapacitySettings } from './capacity.js';

// Required, not imported: an ES import of node:http reads every export it has, which loads Node's bundled
// undici (about 20 ms of every CLI start, mock or not).
const { createServer } = createRequire(import.meta.url)('node:http') as typeof import('node:http');

export interface MockOptions extends Partial<ModelSettings> {
  port?: number;
  host?: string;
  /** How long the chat app's POST /chat takes to answer (seed: MOCK_MISTRAL's fixed 100 ms), ms. */
  latencyMs?: number;
  /** Share of LLM and chat requests answered with a 500. */
  errorRate?: number;
  /** Rates of each fault (see faults.ts); adds to errorRate. */
  faults?: FaultRates;
  stallMs?: number;
  seed?: number;
  model?: string;
  /** A slow tail: this share of replies (drawn by the seeded generator) take `factor` × the TTFT. */
  ttftTail?: { share: number; factor: number };
  /** A capacity like a real server's: decode slots, prefill speed, batch slowdown (capacity.ts). */
  capacity?: CapacitySettings;
}

export interface MockServer extends AsyncDisposable {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const MOCK_DEFAULTS: ModelSettings = { ttftMs: 200, itlMs: 20, outputTokens: 64, reasoningTokens: 0, chunkTokens: 1 };

const MAX_BODY = 1024 * 1024;

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        reject(new SyntaxError('request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

/**
 * The built-in mock LLM service, on loopback by default: OpenAI chat completions and Anthropic messages
 * (streamed or not), a model list, a health check, and a small chat app — with latency, token rate and
 * faults on demand. It imports nothing from the engine, so it behaves like any other server.
 */
export async function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  const random = seededRandom(options.seed ?? randomSeed());
  const faults: FaultRates = { ...options.faults };
  if (options.errorRate) faults['500'] = (faults['500'] ?? 0) + options.errorRate;
  const ctx: MockContext = {
    settings: {
      ttftMs: options.ttftMs ?? MOCK_DEFAULTS.ttftMs,
      itlMs: options.itlMs ?? MOCK_DEFAULTS.itlMs,
      outputTokens: options.outputTokens ?? MOCK_DEFAULTS.outputTokens,
      reasoningTokens: options.reasoningTokens ?? MOCK_DEFAULTS.reasoningTokens,
      chunkTokens: options.chunkTokens ?? MOCK_DEFAULTS.chunkTokens,
    },
    faults,
    random,
    stallMs: options.stallMs ?? 120_000,
    model: options.model ?? 'mock-model',
    ...(options.ttftTail ? { ttftTail: options.ttftTail } : {}),
    ...(options.capacity && Object.values(options.capacity).some((v) => v !== undefined)
      ? { capacity: new Capacity(options.capacity) }
      : {}),
  };
  const latencyMs = options.latencyMs ?? 100;
  const chat = new ChatApp(async (message) => {
    await sleep(latencyMs);
    const plan = planReply(random, { ...ctx.settings, reasoningTokens: 0, chunkTokens: 1 }, message, 32);
    return plan.content
      .map((e) => e.text)
      .join('')
      .trim();
  });

  const route = async (req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const { pathname } = url;
    if (req.method === 'GET' && (pathname === '/health' || pathname === '/healthz')) return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && pathname === '/v1/models') return openAiModels(res, ctx);
    if (req.method === 'POST' && pathname === '/v1/chat/completions') return openAiChat(req, res, await readJson(req), ctx);
    if (req.method === 'POST' && pathname === '/v1/messages') return anthropicMessages(req, res, await readJson(req), ctx);
    if (req.method === 'POST' && pathname === '/v1/responses') return openAiResponses(req, res, await readJson(req), ctx);
    if (req.method === 'POST' && pathname === '/v1/completions') return openAiCompletions(req, res, await readJson(req), ctx);
    if (req.method === 'POST' && pathname === '/v1/embeddings') return openAiEmbeddings(req, res, await readJson(req), ctx);
    if (pathname === '/chat' && answerFault(res, chooseFault(req, ctx), openAiError)) return void req.resume();
    if (await chat.handle(req, res, url, () => readJson(req))) return;
    req.resume();
    sendJson(res, 404, { error: { message: `no route for ${req.method} ${pathname}`, type: 'not_found' } });
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: Error) => {
      if (!res.headersSent) sendJson(res, 400, { error: { message: error.message, type: 'invalid_request_error' } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, port, close, [Symbol.asyncDispose]: close };
}
