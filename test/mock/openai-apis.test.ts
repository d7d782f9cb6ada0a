import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { createTracker } from '../../src/protocols/index.js';
import { presetStep } from '../../src/config/presets.js';

describe("OpenAI's Responses, completions and embeddings APIs: the mock serves them, the official SDK parses them, the engine measures them", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 60, itlMs: 4, outputTokens: 12, seed: 3 });
  });
  afterAll(() => mock.close());

  it('streams to responses.create({stream: true}) and responses.stream(), with usage and reasoning', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${mock.url}/v1` });
    const stream = await client.responses.create({ model: 'm', input: 'hello', stream: true });
    const types: string[] = [];
    let text = '';
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
    }
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(text.trim().split(/\s+/)).toHaveLength(12);

    const thinking = new OpenAI({ apiKey: 'k', baseURL: `${mock.url}/v1`, defaultHeaders: { 'x-mock-reasoning-tokens': '3' } });
    const final = await thinking.responses.stream({ model: 'm', input: [{ role: 'user', content: 'think' }] }).finalResponse();
    expect(final.output.map((item) => item.type)).toEqual(['reasoning', 'message']);
    expect(final.output_text.trim().split(/\s+/)).toHaveLength(12);
    expect(final.usage).toMatchObject({ output_tokens: 15, output_tokens_details: { reasoning_tokens: 3 } });
    expect(final.status).toBe('completed');

    const whole = await client.responses.create({ model: 'm', input: 'hi', max_output_tokens: 5 });
    expect(whole.output_text.split(' ')).toHaveLength(5);
    expect(whole.status).toBe('incomplete');
  });

  it('measures TTFT, TTFO, tokens and ITL from the stream and from a whole reply, as the mock was told', async () => {
    const step = (stream: boolean) => ({
      request: 'POST /v1/responses',
      headers: { 'x-mock-reasoning-tokens': '2' },
      json: { model: 'm', input: 'hi', stream },
      llm: 'openai-responses',
    });
    const profile = validateProfile(
      {
        target: mock.url,
        load: { vus: 2, duration: '1500ms' },
        scenarios: { streamed: { flow: [step(true)] }, whole: { flow: [step(false)] } },
      },
      'test',
    );
    const results = await runProfile(profile, { seed: 1 });
    expect(results.totals.failures, JSON.stringify(results.errors)).toBe(0);
    const streamed = results.scenarios.streamed!.metrics;
    // Reasoning comes first (TTFO at the first token), then 12 content tokens; usage counts both.
    expect(streamed.ttfo!.p50!).toBeGreaterThanOrEqual(59);
    expect(streamed.ttfo!.p50!).toBeLessThan(streamed.ttft!.p50!);
    expect(streamed.ttft!.p50! - streamed.ttfo!.p50!).toBeGreaterThanOrEqual(7); // two reasoning tokens 4 ms apart
    expect(streamed.output_tokens!.p50).toBe(14);
    expect(streamed.itl!.p50!).toBeGreaterThanOrEqual(3.5);
    const whole = results.scenarios.whole!.metrics;
    expect(whole.output_tokens!.p50).toBe(14);
    expect(whole.tpot?.count ?? 0).toBe(0); // a whole reply has no time per output token
  }, 20_000);

  it('fails a stream on error and response.failed events, and one that ends without response.completed', () => {
    const feed = (text: string) => {
      const tracker = createTracker('openai-responses');
      tracker.begin(0);
      tracker.chunk(Buffer.from(text), 1);
      return tracker.finish(2);
    };
    const delta = 'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"hi"}\n\n';
    expect(feed(`${delta}event: error\ndata: {"type":"error","code":"rate_limit","message":"slow down"}\n\n`)).toMatchObject({
      ok: false,
      message: 'error in stream: rate_limit: slow down',
    });
    expect(
      feed(
        `${delta}event: response.failed\ndata: {"type":"response.failed","response":{"error":{"code":"server_error","message":"boom"}}}\n\n`,
      ),
    ).toMatchObject({ ok: false, message: 'the response failed: boom' });
    expect(feed(delta)).toMatchObject({ ok: false, message: 'the stream ended before its end marker' });
    expect(
      feed(`${delta}event: response.completed\ndata: {"type":"response.completed","response":{"usage":{"output_tokens":7}}}\n\n`),
    ).toMatchObject({
      ok: true,
      measures: { outputTokens: 7, tokenSource: 'usage' },
    });
  });

  it('serves legacy completions (streamed and whole) and embeddings to the SDK, and the engine measures them', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${mock.url}/v1` });
    let text = '';
    let usage: { completion_tokens: number } | undefined;
    const stream = await client.completions.create({ model: 'm', prompt: 'hi', stream: true, stream_options: { include_usage: true } });
    for await (const chunk of stream) {
      text += chunk.choices[0]?.text ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text.trim().split(/\s+/)).toHaveLength(12);
    expect(usage?.completion_tokens).toBe(12);
    const whole = await client.completions.create({ model: 'm', prompt: 'hi', max_tokens: 4 });
    expect(whole.choices[0]!.text.trim().split(' ')).toHaveLength(4);
    expect(whole.choices[0]!.finish_reason).toBe('length');
    const embeddings = await client.embeddings.create({ model: 'e', input: ['a', 'b', 'c'] });
    expect(embeddings.data.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(embeddings.data[0]!.embedding).toHaveLength(8);

    const steps = (preset: string) => [presetStep(preset, { maxTokens: 6 })];
    const profile = validateProfile(
      {
        target: mock.url,
        load: { vus: 2, duration: '1s' },
        scenarios: { completions: { flow: steps('openai-completions') }, embeddings: { flow: steps('openai-embeddings') } },
      },
      'test',
    );
    const results = await runProfile(profile, { seed: 2 });
    expect(results.totals.failures, JSON.stringify(results.errors)).toBe(0);
    const completions = results.scenarios.completions!.metrics;
    expect(completions.ttft!.p50!).toBeGreaterThanOrEqual(59);
    expect(completions.output_tokens!.p50).toBe(6);
    expect(results.scenarios.embeddings!.metrics.latency.p50!).toBeGreaterThanOrEqual(59);
    // Embeddings: the batch of 8 a reply, and the input tokens the mock's usage reported (8 prompts of ~30).
    const e = results.totals.embeddings!;
    expect(e.batchMean).toBe(8);
    expect(e.vectors).toBe(e.replies * 8);
    expect(e.replies).toBe(results.scenarios.embeddings!.requests);
    expect(e.inputTokens / e.replies).toBeGreaterThan(8 * 20);
    expect(e.inputTokensPerS).toBeGreaterThan(0);
  }, 20_000);
});
