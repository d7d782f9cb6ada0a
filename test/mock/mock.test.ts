import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/mock/server.js';

describe('mock LLM server with the official SDKs as clients', () => {
  let mock: MockServer;

  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 20, itlMs: 2, outputTokens: 12, seed: 1 });
  });
  afterAll(() => mock.close());

  it('streams a full chat completion to the openai SDK, with usage', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${mock.url}/v1` });
    const stream = await client.chat.completions.create({
      model: 'gpt-test',
      messages: [{ role: 'user', content: 'Hello' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined | null;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish ??= chunk.choices[0]?.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text.trim().split(/\s+/)).toHaveLength(12);
    expect(finish).toBe('stop');
    expect(usage?.completion_tokens).toBe(12);
  });

  it('answers non-streaming completions as application/json, and honours max_tokens', async () => {
    const response = await fetch(`${mock.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], max_tokens: 5 }),
    });
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as {
      choices: { message: { content: string }; finish_reason: string }[];
      usage: { completion_tokens: number };
    };
    expect(body.choices[0]!.message.content.split(' ')).toHaveLength(5);
    expect(body.choices[0]!.finish_reason).toBe('length');
    expect(body.usage.completion_tokens).toBe(5);
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${mock.url}/v1` });
    const completion = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    expect(completion.choices[0]!.message.content).toBeTruthy();
    const models = await client.models.list();
    expect(models.data[0]!.id).toBe('mock-model');
  });

  it.each([
    ['x-api-key', { apiKey: 'sk-ant-test' }],
    ['authorization: Bearer', { authToken: 'bearer-token', apiKey: null }],
  ] as const)('streams a full message to the @anthropic-ai/sdk with %s auth', async (_style, auth) => {
    const client = new Anthropic({ ...auth, baseURL: mock.url });
    const stream = client.messages.stream({ model: 'claude-test', max_tokens: 100, messages: [{ role: 'user', content: 'Hello' }] });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const message = await stream.finalMessage();
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    expect(text.trim().split(/\s+/)).toHaveLength(12);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage.output_tokens).toBe(12);
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types).toContain('content_block_start');
    expect(types).toContain('message_delta');
  });

  it('streams thinking blocks before the text when asked for reasoning', async () => {
    const client = new Anthropic({ apiKey: 'k', baseURL: mock.url, defaultHeaders: { 'x-mock-reasoning-tokens': '4' } });
    const message = await client.messages
      .stream({ model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'think' }] })
      .finalMessage();
    expect(message.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    const openai = new OpenAI({ apiKey: 'k', baseURL: `${mock.url}/v1`, defaultHeaders: { 'x-mock-reasoning-tokens': '3' } });
    const stream = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true });
    const kinds: string[] = [];
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta as { content?: string; reasoning_content?: string } | undefined;
      if (delta?.reasoning_content) kinds.push('reasoning');
      if (delta?.content) kinds.push('content');
    }
    expect(kinds.slice(0, 4)).toEqual(['reasoning', 'reasoning', 'reasoning', 'content']);
  });

  it('answers faults aimed by header in each API’s own error format', async () => {
    const post = (path: string, fault: string) =>
      fetch(`${mock.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mock-fault': fault },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }], max_tokens: 10 }),
      });
    const limited = await post('/v1/chat/completions', '429');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as { error: { type: string } }).error.type).toBe('rate_limit_error');
    const overloaded = await post('/v1/messages', '529');
    expect(overloaded.status).toBe(529);
    expect(await overloaded.json()).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded (mock)' } });
    const client = new Anthropic({ apiKey: 'k', baseURL: mock.url, maxRetries: 0, defaultHeaders: { 'x-mock-fault': '529' } });
    await expect(client.messages.create({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({
      status: 529,
    });
  });

  it('serves the chat app: conversations, chat through the fake model, messages, health', async () => {
    const conv = (await (await fetch(`${mock.url}/conversations`, { method: 'POST', body: JSON.stringify({ title: 't' }) })).json()) as {
      id: string;
    };
    const started = performance.now();
    const reply = (await (
      await fetch(`${mock.url}/chat`, { method: 'POST', body: JSON.stringify({ conversation_id: conv.id, message: 'hello' }) })
    ).json()) as { response: string };
    expect(performance.now() - started).toBeGreaterThanOrEqual(99);
    expect(reply.response.length).toBeGreaterThan(0);
    const messages = (await (await fetch(`${mock.url}/conversations/${conv.id}/messages`)).json()) as { role: string }[];
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect((await fetch(`${mock.url}/health`)).status).toBe(200);
    expect((await fetch(`${mock.url}/nope`)).status).toBe(404);
  });
});
