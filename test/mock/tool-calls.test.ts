import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';

const TOOL = { 'x-mock-tool-call': 'search' };
const words = (args: string) => (JSON.parse(args) as { query: string }).query.trim().split(/\s+/);

describe('tool calls: the mock answers with one (x-mock-tool-call), the SDKs parse it, the engine counts it as output', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 50, itlMs: 3, outputTokens: 10, seed: 5 });
  });
  afterAll(() => mock.close());

  it('streams a tool call in each API that the official SDKs put together', async () => {
    const openai = new OpenAI({ apiKey: 'k', baseURL: `${mock.url}/v1`, defaultHeaders: TOOL });
    const tools = [{ type: 'function' as const, function: { name: 'search', parameters: { type: 'object', properties: {} } } }];
    const chat = await openai.chat.completions
      .stream({ model: 'm', messages: [{ role: 'user', content: 'find' }], tools })
      .finalChatCompletion();
    const call = chat.choices[0]!.message.tool_calls![0]! as { function: { name: string; arguments: string } };
    expect(call.function.name).toBe('search');
    expect(words(call.function.arguments)).toHaveLength(10);
    expect(chat.choices[0]!.finish_reason).toBe('tool_calls');

    const response = await openai.responses.stream({ model: 'm', input: 'find' }).finalResponse();
    const item = response.output[0] as { type: string; name: string; arguments: string };
    expect(item.type).toBe('function_call');
    expect(words(item.arguments)).toHaveLength(10);

    const anthropic = new Anthropic({ apiKey: 'k', baseURL: mock.url, defaultHeaders: TOOL });
    const message = await anthropic.messages
      .stream({ model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'find' }] })
      .finalMessage();
    expect(message.stop_reason).toBe('tool_use');
    const block = message.content[0] as { type: string; name: string; input: { query: string } };
    expect(block.type).toBe('tool_use');
    expect(block.input.query.trim().split(/\s+/)).toHaveLength(10);
  });

  it('counts the argument deltas for TTFO, ITL and tokens, no TTFT, and how many replies called a tool', async () => {
    const step = (request: string, llm: string, json: Record<string, unknown>, headers: Record<string, string> = {}) => ({
      request,
      headers: { ...TOOL, ...headers },
      json: { model: 'm', stream: true, ...json },
      llm,
    });
    const messages = [{ role: 'user', content: 'find' }];
    const profile = validateProfile(
      {
        target: mock.url,
        load: { vus: 3, duration: '1s' },
        scenarios: {
          chat: { flow: [step('POST /v1/chat/completions', 'openai-sse', { messages, stream_options: { include_usage: true } })] },
          responses: { flow: [step('POST /v1/responses', 'openai-responses', { input: 'find' })] },
          messages: {
            flow: [step('POST /v1/messages', 'anthropic-sse', { messages, max_tokens: 100 }, { 'anthropic-version': '2023-06-01' })],
          },
        },
      },
      'test',
    );
    const results = await runProfile(profile, { seed: 1 });
    expect(results.totals.failures, JSON.stringify(results.errors)).toBe(0);
    expect(results.totals.toolCallReplies).toBe(results.totals.requests);
    for (const name of ['chat', 'responses', 'messages']) {
      const metrics = results.scenarios[name]!.metrics;
      expect(metrics.ttft?.count ?? 0, name).toBe(0);
      expect(metrics.ttfo!.p50!, name).toBeGreaterThanOrEqual(49);
      expect(metrics.output_tokens!.p50, name).toBe(10);
      expect(metrics.itl!.p50!, name).toBeGreaterThanOrEqual(2.5);
    }
  }, 20_000);
});
