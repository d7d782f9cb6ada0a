import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { startServer, type TestServer } from '../helpers/server.js';

const chat = (extra: Record<string, unknown> = {}) => ({
  request: 'POST /v1/chat/completions',
  json: { model: 'm', messages: [{ role: 'user', content: 'hi {{vu}}' }], stream: true, stream_options: { include_usage: true }, ...extra },
  llm: 'openai-sse',
});

function profile(target: string, load: Record<string, unknown>, scenarios: Record<string, unknown[]>) {
  return validateProfile(
    { target, load, scenarios: Object.fromEntries(Object.entries(scenarios).map(([name, flow]) => [name, { flow }])) },
    'test',
  );
}

describe('LLM metrics measured over real streams', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 300, itlMs: 25, outputTokens: 40, seed: 3 });
  });
  afterAll(() => mock.close());

  it('reports ttft ≈ 300 ms, itl ≈ 25 ms, tpot ≈ 25 ms and exactly 40 output tokens', async () => {
    const results = await runProfile(
      profile(
        mock.url,
        { executor: 'constant-vus', vus: 4, duration: '4s' },
        {
          openai: [chat()],
          anthropic: [
            {
              request: 'POST /v1/messages',
              json: { model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }], stream: true },
              llm: 'anthropic-sse',
            },
          ],
        },
      ),
      { seed: 5 },
    );
    const { ttft, itl, tpot, output_tokens: tokens, e2e } = results.metrics;
    expect(results.totals.failures).toBe(0);
    expect(ttft!.count).toBeGreaterThanOrEqual(8);
    // Mock timers and client share this process's event loop; on a busy CI box a timer fires a few ms late.
    expect(Math.abs(ttft!.p50! - 300)).toBeLessThanOrEqual(5);
    expect(Math.abs(itl!.p50! - 25)).toBeLessThanOrEqual(3);
    expect(Math.abs(tpot!.p50! - 25)).toBeLessThanOrEqual(3);
    expect(itl!.count).toBe(ttft!.count * 39);
    expect([tokens!.min, tokens!.max]).toEqual([40, 40]);
    expect(Math.abs(e2e!.p50! - (300 + 39 * 25))).toBeLessThanOrEqual(5);
    expect(results.totals.outputTokens).toBe(40 * ttft!.count);
    expect(results.totals.tokenSource).toEqual({ usage: ttft!.count, events: 0, disagree: 0 });
    expect(
      results.endpoints['POST /v1/messages']!.metrics.ttft!.count + results.endpoints['POST /v1/chat/completions']!.metrics.ttft!.count,
    ).toBe(ttft!.count);
    expect(results.timeline.windows.some((w) => w.tokens > 0 && w.ttftP95 !== null)).toBe(true);
  });

  it('spreads a multi-token event over its tokens (continuous usage stats)', async () => {
    const results = await runProfile(
      profile(
        mock.url,
        { executor: 'constant-vus', vus: 2, duration: '1500ms' },
        {
          a: [
            {
              ...chat({ stream_options: { include_usage: true, continuous_usage_stats: true } }),
              headers: { 'x-mock-chunk-tokens': '4', 'x-mock-ttft': '50', 'x-mock-itl': '10', 'x-mock-output-tokens': '40' },
            },
          ],
        },
      ),
    );
    const { itl, output_tokens: tokens, ttft } = results.metrics;
    expect(results.totals.failures).toBe(0);
    expect(Math.abs(itl!.p50! - 10)).toBeLessThanOrEqual(2); // gaps of 40 ms carry 4 tokens each
    expect(itl!.count).toBe(ttft!.count * 36); // 9 gaps × 4 tokens per reply
    expect(tokens!.max).toBe(40);
  });

  it('counts reasoning toward ttfo but not ttft', async () => {
    const results = await runProfile(
      profile(
        mock.url,
        { executor: 'constant-vus', vus: 1, duration: '1s' },
        {
          a: [
            {
              ...chat(),
              headers: { 'x-mock-reasoning-tokens': '10', 'x-mock-ttft': '50', 'x-mock-itl': '10', 'x-mock-output-tokens': '5' },
            },
          ],
        },
      ),
    );
    const { ttft, ttfo } = results.metrics;
    expect(Math.abs(ttfo!.p50! - 50)).toBeLessThanOrEqual(3);
    expect(Math.abs(ttft!.p50! - 150)).toBeLessThanOrEqual(3);
  });

  it('classifies stream faults: cut and malformed are stream_error, a stall is a timeout, 429/529 are HTTP errors', async () => {
    const faulty = (fault: string) => ({
      ...chat(),
      headers: { 'x-mock-fault': fault, 'x-mock-ttft': '10', 'x-mock-itl': '5', 'x-mock-output-tokens': '10' },
    });
    const results = await runProfile(
      validateProfile(
        {
          target: mock.url,
          load: { executor: 'constant-vus', vus: 5, duration: '1500ms', timeout: '400ms' },
          scenarios: Object.fromEntries(['cut', 'malformed', 'stall', '429', '529'].map((f) => [`f${f}`, { flow: [faulty(f)] }])),
        },
        'test',
      ),
      { seed: 11 },
    );
    const errors = results.errors;
    expect(errors.stream_error!.count).toBeGreaterThan(0);
    expect(errors.stream_error!.examples.join(' ')).toMatch(/malformed stream data/);
    expect(errors.stream_error!.examples.join(' ')).toMatch(/other side closed|ended before its end marker|socket/i);
    expect(errors.timeout!.count).toBeGreaterThan(0);
    expect(errors.http_429!.count).toBeGreaterThan(0);
    expect(errors.http_5xx!.examples[0]).toContain('overloaded_error');
    expect(results.totals.failures).toBe(results.totals.requests);
    expect(results.metrics.ttft!.count).toBe(0);
  });
});

describe('no_content', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`data: ${JSON.stringify({ choices: [{ delta: { content: '' }, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`);
    });
  });
  afterAll(() => server.close());

  it('counts a stream that ends without any content token as no_content', async () => {
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 1, duration: '300ms', think_time: '50ms' }, { a: [chat()] }),
    );
    expect(results.errors.no_content!.count).toBe(results.totals.requests);
    expect(results.totals.outputTokens).toBe(0);
  });
});
