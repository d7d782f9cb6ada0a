import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { ConfigError } from '../../src/core/errors.js';
import { runProfile } from '../../src/engine/run.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { startServer, type TestServer } from '../helpers/server.js';

type Message = { role: string; content: string };

describe('multi-turn conversations (turns:)', () => {
  let server: TestServer;
  let mock: MockServer;
  const seen: Message[][] = [];
  beforeAll(async () => {
    // Answers "answer K" where K counts the user messages so far, as SSE; keeps what each request carried.
    server = await startServer((_req, res, body) => {
      const messages = (JSON.parse(body) as { messages: Message[] }).messages;
      seen.push(messages);
      const k = messages.filter((m) => m.role === 'user').length;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`data: ${JSON.stringify({ choices: [{ delta: { content: `answer ${k}` } }] })}\n\ndata: [DONE]\n\n`);
    });
    // A mock that reads prompts at 1,000 tokens/s: every turn's longer history takes longer to its first token.
    mock = await startMockServer({ ttftMs: 10, itlMs: 1, outputTokens: 30, seed: 1, capacity: { prefillTokensPerS: 1000 } });
  });
  afterAll(async () => {
    await server.close();
    await mock.close();
  });

  const profile = (target: string, extra: Record<string, unknown> = {}) =>
    validateProfile(
      {
        target,
        load: { vus: 1, duration: '1500ms' },
        scenarios: {
          chat: {
            flow: [
              {
                request: 'POST /v1/chat/completions',
                json: { messages: '{{conversation}}', stream: true },
                llm: 'openai-sse',
                turns: 3,
                say: 'question {{turn}} from {{vu}}',
              },
            ],
          },
        },
        ...extra,
      },
      'test',
    );

  it("sends each turn with every earlier turn: the user's words and the model's real answers", async () => {
    seen.length = 0;
    const results = await runProfile(profile(server.url), { seed: 1 });
    expect(results.totals.failures, JSON.stringify(results.errors)).toBe(0);
    expect(seen.length).toBeGreaterThanOrEqual(4); // at least one whole conversation and the next one's start
    expect(seen[0]).toEqual([{ role: 'user', content: 'question 1 from 1' }]);
    expect(seen[2]).toEqual([
      { role: 'user', content: 'question 1 from 1' },
      { role: 'assistant', content: 'answer 1' },
      { role: 'user', content: 'question 2 from 1' },
      { role: 'assistant', content: 'answer 2' },
      { role: 'user', content: 'question 3 from 1' },
    ]);
    expect(seen[3]).toEqual([{ role: 'user', content: 'question 1 from 1' }]); // the next iteration starts anew
  }, 20_000);

  it('tags each turn, so ttft.p50{turn=3} shows the growing prefix', async () => {
    const results = await runProfile(profile(mock.url, { thresholds: { 'ttft.p50{turn=3}': { target: '<10s' } } }), { seed: 1 });
    expect(results.totals.failures).toBe(0);
    const ttft = (turn: number) => results.tags![`turn=${turn}`]!.metrics.ttft!.p50!;
    // Each turn adds a 30-token answer and a question: ~40 tokens more to read at 1,000 a second.
    expect(ttft(3) - ttft(1)).toBeGreaterThan(50);
    expect(ttft(2)).toBeGreaterThan(ttft(1));
  }, 20_000);

  it('wants an llm step for turns', () => {
    expect(() =>
      validateProfile(
        { target: server.url, load: { vus: 1, duration: '1s' }, scenarios: { a: { flow: [{ request: 'POST /x', turns: 2 }] } } },
        'p',
      ),
    ).toThrow(ConfigError);
  });
});
