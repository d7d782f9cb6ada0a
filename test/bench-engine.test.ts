import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLlama, LlamaLogLevel, readGgufFileInfo } from 'node-llama-cpp';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHalf } from '../bench/engine/gguf.mjs';
import { FIRST_TEXT_TOKEN, SIZES, vocabulary, writeModel } from '../bench/engine/model.mjs';
import { startEngineServer, type EngineServer } from '../bench/engine/server.mjs';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'engine-model-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('the model generator', () => {
  it('writes a GGUF v3 llama model that node-llama-cpp reads back field for field, the same bytes for the same seed', async () => {
    const a = writeModel(join(dir, 'a.gguf'), { size: 'tiny', seed: 7 });
    const again = writeModel(join(dir, 'again.gguf'), { size: 'tiny', seed: 7 });
    const other = writeModel(join(dir, 'other.gguf'), { size: 'tiny', seed: 8 });
    expect(await sha(a.path)).toBe(await sha(again.path));
    expect(await sha(a.path)).not.toBe(await sha(other.path));

    const info = await readGgufFileInfo(a.path);
    expect(info.version).toBe(3);
    const meta = info.metadata as unknown as Record<string, Record<string, unknown>>;
    expect(meta.general!.architecture).toBe('llama');
    const llama = meta.llama as { embedding_length: number; block_count: number; attention: { head_count_kv: number } };
    expect(llama.embedding_length).toBe(SIZES.tiny.embd);
    expect(llama.block_count).toBe(SIZES.tiny.layers);
    expect(llama.attention.head_count_kv).toBe(SIZES.tiny.kvHeads);
    const tokenizer = (meta.tokenizer as { ggml: { model: string; tokens: string[]; token_type: number[] } }).ggml;
    expect(tokenizer.model).toBe('llama');
    expect(tokenizer.tokens).toHaveLength(SIZES.tiny.vocab);
    expect(tokenizer.tokens.slice(0, 4)).toEqual(['<unk>', '<s>', '</s>', '<0x00>']);
    expect(tokenizer.tokens[FIRST_TEXT_TOKEN - 1]).toBe('<0xFF>');
    const names = info.fullTensorInfo!.map((t) => t.name);
    expect(names).toContain('token_embd.weight');
    expect(names).toContain(`blk.${SIZES.tiny.layers - 1}.ffn_down.weight`);
    // Parameters counted from the tensor table equal the writer's own count.
    const counted = info.fullTensorInfo!.reduce((n, t) => n + t.dimensions.reduce((a: number, b) => a * Number(b), 1), 0);
    expect(counted).toBe(a.parameters);
  });

  it('builds a vocabulary in which every word piece is one merge away from two others', () => {
    const v = vocabulary(1024, 1);
    expect(new Set(v.tokens).size).toBe(v.tokens.length);
    const present = new Set(v.tokens);
    for (const piece of v.tokens.slice(FIRST_TEXT_TOKEN)) {
      if ([...piece].length === 1) continue;
      const splits = [...piece].map((_, i) => [[...piece].slice(0, i).join(''), [...piece].slice(i).join('')]).slice(1);
      expect(
        splits.some(([l, r]) => present.has(l!) && present.has(r!)),
        piece,
      ).toBe(true);
    }
  });

  it('rounds floats to IEEE halves as the standard says', () => {
    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(0.1)).toBe(0x2e66);
    expect(toHalf(65504)).toBe(0x7bff);
    expect(toHalf(1e6)).toBe(0x7c00);
    expect(toHalf(5.960464477539063e-8)).toBe(0x0001); // the smallest subnormal
    expect(toHalf(1 + 2 ** -11)).toBe(0x3c00); // a tie rounds to even
    expect(toHalf(1 + 3 * 2 ** -11)).toBe(0x3c02);
  });

  it('loads in llama.cpp and tokenizes words into their pieces, not bytes', async () => {
    const { path } = writeModel(join(dir, 'load.gguf'), { size: 'tiny', seed: 1 });
    const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error, maxThreads: 1 });
    const model = await llama.loadModel({ modelPath: path });
    try {
      const tokens = model.tokenize('the load test');
      expect(model.detokenize(tokens)).toBe('the load test');
      expect(tokens.every((t) => Number(t) >= FIRST_TEXT_TOKEN)).toBe(true);
      expect(tokens.length).toBeLessThanOrEqual(3);
    } finally {
      await model.dispose();
      await llama.dispose();
    }
  });
});

describe('the engine server', () => {
  let server: EngineServer;
  let one: EngineServer;
  beforeAll(async () => {
    server = await startEngineServer({ sequences: 2, size: 'tiny', contextSize: 512 });
    one = await startEngineServer({ sequences: 1, size: 'tiny', contextSize: 2048 });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await one?.close();
  });

  it('streams a chat completion the official openai client parses: a role chunk, max_tokens content chunks, the finish, usage', async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused' });
    const stream = await client.chat.completions.create({
      model: 'llm-load-tiny',
      messages: [{ role: 'user', content: 'hello there' }],
      max_tokens: 12,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    const content = chunks.filter((c) => c.choices[0]?.delta.content);
    expect(content).toHaveLength(12);
    expect(chunks.at(-2)!.choices[0]!.finish_reason).toBe('length');
    expect(chunks.at(-1)!.usage!.completion_tokens).toBe(12);
    expect(chunks.at(-1)!.usage!.prompt_tokens).toBeGreaterThan(2);
  });

  it('answers whole completions and chats, and refuses a request that does not fit the context, naming the field', async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused' });
    const completion = await client.completions.create({ model: 'llm-load-tiny', prompt: 'once', max_tokens: 5 });
    expect(completion.usage!.completion_tokens).toBe(5);
    expect(completion.choices[0]!.text.length).toBeGreaterThan(0);
    const chat = await client.chat.completions.create({
      model: 'llm-load-tiny',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 3,
    });
    expect(chat.usage!.completion_tokens).toBe(3);
    await expect(client.completions.create({ model: 'm', prompt: 'x', max_tokens: 511 + 10 })).rejects.toThrow(/max_tokens/);
    const models = (await (await fetch(`${server.url}/v1/models`)).json()) as { data: { id: string }[] };
    expect(models.data[0]!.id).toBe('llm-load-tiny');
  });

  it('serves requests beyond its sequences first come first served, and frees a sequence when its client goes away', async () => {
    const body = (max: number) =>
      JSON.stringify({ prompt: 'queue', max_tokens: max, stream: true, stream_options: { include_usage: true } });
    const post = (max: number, signal?: AbortSignal) =>
      fetch(`${one.url}/v1/completions`, { method: 'POST', body: body(max), headers: { 'content-type': 'application/json' }, signal });
    // The one sequence is busy with a long reply; the client leaves after its first bytes.
    const leaver = new AbortController();
    const long = await post(2000, leaver.signal);
    await long.body!.getReader().read();
    const order: string[] = [];
    const first = post(5).then(async (r) => (await r.text(), order.push('first')));
    await new Promise((r) => setTimeout(r, 20));
    const second = post(5).then(async (r) => (await r.text(), order.push('second')));
    await new Promise((r) => setTimeout(r, 20));
    const health = (await (await fetch(`${one.url}/health`)).json()) as { waiting: number };
    expect(health.waiting).toBe(2);
    leaver.abort();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    const metrics = await (await fetch(`${one.url}/metrics`)).text();
    // The 2,000-token reply stopped when its client left (~100 tokens in), long before its end.
    const generated = Number(/llm_engine_generation_tokens_total (\d+)/.exec(metrics)![1]);
    expect(generated).toBeLessThan(400);
    expect(((await (await fetch(`${one.url}/health`)).json()) as { running: number }).running).toBe(0);
  });
});
