import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';

const chat = {
  request: 'POST /v1/chat/completions',
  json: { messages: [{ role: 'user', content: 'hi' }], stream: true },
  llm: 'openai-sse',
};

describe('the mock with a capacity: slots, prefill and a batch slowdown give it a knee', () => {
  let mock: MockServer;
  let plain: MockServer;
  beforeAll(async () => {
    // A reply: 40 ms to the first token, then 20 tokens 5 ms apart (~140 ms); 4 decode at once.
    mock = await startMockServer({ ttftMs: 40, itlMs: 5, outputTokens: 20, seed: 1, capacity: { slots: 4, batchSlowdown: 0.1 } });
    plain = await startMockServer({ ttftMs: 40, itlMs: 5, outputTokens: 20, seed: 1 });
  });
  afterAll(async () => {
    await mock.close();
    await plain.close();
  });

  const run = (target: string, vus: number, extra: Record<string, unknown> = {}) =>
    runProfile(
      validateProfile({ target, load: { vus, duration: '1500ms' }, scenarios: { s: { flow: [{ ...chat, ...extra }] } } }, 'test'),
      { seed: 1 },
    );

  it('queues beyond its slots (TTFT at 8 users well above at 1) and slows each stream as the batch grows', async () => {
    const one = await run(mock.url, 1);
    const eight = await run(mock.url, 8);
    expect(one.metrics.ttft!.p50!).toBeLessThan(50);
    // Half the users wait for a slot: a whole reply (~150 ms at 4 decoding) before their first token.
    expect(eight.metrics.ttft!.p95!).toBeGreaterThan(150);
    // Four decoding at once: each gap 1 + 3 × 0.1 = 1.3 × 5 ms.
    expect(eight.metrics.itl!.p50!).toBeGreaterThan(6);
    expect(one.metrics.itl!.p50!).toBeLessThan(5.8);
    // The mock without a capacity keeps today's behaviour: no queue at 8 users.
    expect((await run(plain.url, 8)).metrics.ttft!.p95!).toBeLessThan(60);
  }, 30_000);

  it('reads the prompt at its prefill speed before the first token', async () => {
    const prefill = await startMockServer({ ttftMs: 10, itlMs: 2, outputTokens: 4, seed: 1, capacity: { prefillTokensPerS: 20_000 } });
    try {
      // 8,000 characters ≈ 2,000 tokens at 20,000 tokens/s: 100 ms more before the first token.
      const long = await run(prefill.url, 1, { json: { messages: [{ role: 'user', content: 'x'.repeat(8000) }], stream: true } });
      const short = await run(prefill.url, 1);
      expect(long.metrics.ttft!.p50! - short.metrics.ttft!.p50!).toBeGreaterThan(90);
      expect(long.metrics.ttft!.p50! - short.metrics.ttft!.p50!).toBeLessThan(130);
    } finally {
      await prefill.close();
    }
  }, 30_000);

  it('gives a capacity search the knee it was configured with, within one step', async () => {
    const results = await runProfile(
      validateProfile(
        {
          target: mock.url,
          capacity: { vary: 'vus', mode: 'step', start: 1, step: 1, max: 8, step_duration: '1500ms', slo: { 'ttft.p95': '<100ms' } },
          scenarios: { s: { flow: [chat] } },
        },
        'test',
      ),
      { seed: 1 },
    );
    const capacity = results.capacity!;
    expect(capacity.value).toBeGreaterThanOrEqual(3);
    expect(capacity.value).toBeLessThanOrEqual(5);
  }, 60_000);
});
