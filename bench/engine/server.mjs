// An OpenAI-compatible HTTP server in front of the llama.cpp engine: chat completions and completions,
// streamed as OpenAI streams them or whole; /health, /v1/models and Prometheus /metrics.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { loadEngine, QueueClosed } from './engine.mjs';
import { cachedModel, SIZES } from './model.mjs';

const MAX_BODY = 4 << 20;
const DEFAULT_MAX_TOKENS = 64;

class BadRequest extends Error {
  constructor(message, param = null, status = 400) {
    super(message);
    this.param = param;
    this.status = status;
  }
}

const sendJson = (res, status, body) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

const sendError = (res, status, message, param = null) =>
  sendJson(res, status, { error: { message, type: status >= 500 ? 'server_error' : 'invalid_request_error', param, code: null } });

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BadRequest(`request body over ${MAX_BODY} bytes`, null, 413));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new BadRequest('the body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

const partText = (content) =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((p) => (p && typeof p === 'object' && typeof p.text === 'string' ? p.text : '')).join('')
      : '';

/** A plain role-tagged transcript; the model is random, so any fixed template serves. */
function chatPrompt(messages) {
  if (!Array.isArray(messages) || messages.length === 0) throw new BadRequest('messages: expected a non-empty array', 'messages');
  return messages.map((m) => `${m?.role ?? 'user'}: ${partText(m?.content)}`).join('\n') + '\nassistant:';
}

function completionPrompt(prompt) {
  if (typeof prompt === 'string') return prompt;
  if (Array.isArray(prompt) && prompt.length === 1 && typeof prompt[0] === 'string') return prompt[0];
  throw new BadRequest('prompt: expected a string (one prompt a request)', 'prompt');
}

function numberField(body, name, fallback, { min, max, integer }) {
  const v = body[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
    throw new BadRequest(`${name}: expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(v)}`, name);
  }
  return v;
}

/**
 * Starts the engine and its server.
 * @param {{port?: number, host?: string, sequences?: number, size?: keyof typeof SIZES, seed?: number,
 *   threads?: number, contextSize?: number, layers?: number, modelPath?: string}} [options]
 */
export async function startEngineServer(options = {}) {
  const { port = 0, host = '127.0.0.1', sequences = 4, size = 'tiny', seed = 1, threads = 1, contextSize = 1024 } = options;
  if (!SIZES[size]) throw new Error(`--size: expected one of ${Object.keys(SIZES).join(', ')}, got "${size}"`);
  const modelPath = options.modelPath ?? cachedModel({ size, seed, layers: options.layers });
  const engine = await loadEngine({ modelPath, sequences, threads, contextSize });
  const modelId = `llm-load-${size}`;

  async function complete(req, res, kind) {
    const body = await readBody(req);
    if (!body || typeof body !== 'object') throw new BadRequest('the body must be a JSON object');
    const text = kind === 'chat' ? chatPrompt(body.messages) : completionPrompt(body.prompt);
    const maxTokens = numberField(
      body,
      kind === 'chat' && body.max_completion_tokens != null ? 'max_completion_tokens' : 'max_tokens',
      DEFAULT_MAX_TOKENS,
      {
        min: 1,
        max: engine.contextSize,
        integer: true,
      },
    );
    const temperature = numberField(body, 'temperature', 1, { min: 0, max: 2 });
    const seedField = numberField(body, 'seed', undefined, { min: 0, max: 2 ** 32 - 1, integer: true });
    const prompt = engine.tokenize(text);
    if (prompt.length + maxTokens > engine.contextSize) {
      throw new BadRequest(
        `this model's context is ${engine.contextSize} tokens; the prompt has ${prompt.length} and max_tokens asks ${maxTokens} more`,
        'max_tokens',
      );
    }
    const stream = body.stream === true;
    const includeUsage = stream && body.stream_options?.include_usage === true;
    const id = `${kind === 'chat' ? 'chatcmpl' : 'cmpl'}-${randomUUID()}`;
    const created = Math.floor(Date.now() / 1000);
    const model = typeof body.model === 'string' ? body.model : modelId;
    const object = kind === 'chat' ? (stream ? 'chat.completion.chunk' : 'chat.completion') : 'text_completion';
    const choice = (piece, finish) =>
      kind === 'chat'
        ? { index: 0, delta: piece === null ? {} : { content: piece }, logprobs: null, finish_reason: finish }
        : { index: 0, text: piece ?? '', logprobs: null, finish_reason: finish };
    const event = (payload) => res.write(`data: ${JSON.stringify({ id, object, created, model, ...payload })}\n\n`);

    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const pieces = [];
    const onStart = () => {
      if (!stream) return;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      if (kind === 'chat')
        event({ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] });
    };
    const onPiece = (piece) => (stream ? event({ choices: [choice(piece, null)] }) : pieces.push(piece));
    let counts;
    try {
      counts = await engine.generate({ prompt, maxTokens, temperature, seed: seedField, signal: abort.signal, onStart, onPiece });
    } catch (err) {
      if (err instanceof QueueClosed) return void res.destroy();
      throw err;
    }
    if (abort.signal.aborted) return;
    const usage = {
      prompt_tokens: counts.promptTokens,
      completion_tokens: counts.completionTokens,
      total_tokens: counts.promptTokens + counts.completionTokens,
    };
    // Generation runs to max_tokens, so every reply ends for its length.
    const finish = 'length';
    if (stream) {
      event({ choices: [choice(null, finish)] });
      if (includeUsage) event({ choices: [], usage });
      res.end('data: [DONE]\n\n');
      return;
    }
    const whole = pieces.join('');
    const reply =
      kind === 'chat'
        ? { index: 0, message: { role: 'assistant', content: whole }, logprobs: null, finish_reason: finish }
        : { index: 0, text: whole, logprobs: null, finish_reason: finish };
    sendJson(res, 200, { id, object, created, model, choices: [reply], usage });
  }

  const metrics = () => {
    const s = engine.stats();
    return [
      '# TYPE llm_engine_requests_running gauge',
      `llm_engine_requests_running ${s.running}`,
      '# TYPE llm_engine_requests_waiting gauge',
      `llm_engine_requests_waiting ${s.waiting}`,
      '# TYPE llm_engine_sequences gauge',
      `llm_engine_sequences ${s.sequences}`,
      '# TYPE llm_engine_generation_tokens_total counter',
      `llm_engine_generation_tokens_total ${s.generated}`,
      '',
    ].join('\n');
  };

  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = `${req.method} ${path}`;
    const handle = async () => {
      if (route === 'GET /health') return sendJson(res, 200, { status: 'ok', ...engine.stats() });
      if (route === 'GET /v1/models')
        return sendJson(res, 200, { object: 'list', data: [{ id: modelId, object: 'model', created: 0, owned_by: 'llm-load' }] });
      if (route === 'GET /metrics') {
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
        return void res.end(metrics());
      }
      if (route === 'POST /v1/chat/completions') return complete(req, res, 'chat');
      if (route === 'POST /v1/completions') return complete(req, res, 'completion');
      sendError(res, 404, `no route ${route}`);
    };
    handle().catch((err) => {
      if (res.headersSent) return void res.destroy();
      if (err instanceof BadRequest) sendError(res, err.status, err.message, err.param);
      else sendError(res, 500, String(err?.message ?? err));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port: address.port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    modelPath,
    async close() {
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
      await engine.close();
    },
  };
}
