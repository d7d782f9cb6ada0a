import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { loadPrompts } from '../../src/engine/data.js';
import { runProfile } from '../../src/engine/run.js';
import { parseMetricKey, readMetric } from '../../src/thresholds/metrics.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

describe('prompt files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-data-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads JSONL, CSV and TXT', async () => {
    await writeFile(join(dir, 'p.jsonl'), '"a"\n{"prompt": "b"}\n[{"role": "user", "content": "c"}]\n');
    await writeFile(join(dir, 'p.csv'), 'id,prompt\n1,"hello, world"\n2,"say ""hi"""\n');
    await writeFile(join(dir, 'p.txt'), 'one\n\ntwo\n');
    expect((await loadPrompts(join(dir, 'p.jsonl'))).map((p) => p.prompt)).toEqual(['a', 'b', 'c']);
    expect((await loadPrompts(join(dir, 'p.jsonl')))[2]!.messages).toEqual([{ role: 'user', content: 'c' }]);
    expect((await loadPrompts(join(dir, 'p.csv'))).map((p) => p.prompt)).toEqual(['hello, world', 'say "hi"']);
    expect((await loadPrompts(join(dir, 'p.txt'))).map((p) => p.prompt)).toEqual(['one', 'two']);
  });

  it('says what is wrong with a bad file', async () => {
    await writeFile(join(dir, 'bad.jsonl'), '"ok"\n{broken\n');
    await expect(loadPrompts(join(dir, 'bad.jsonl'))).rejects.toThrow(/bad\.jsonl:2: not valid JSON/);
    await writeFile(join(dir, 'bad.csv'), 'text\nx\n');
    await expect(loadPrompts(join(dir, 'bad.csv'))).rejects.toThrow('needs a "prompt" column');
    await expect(loadPrompts(join(dir, 'missing.txt'))).rejects.toThrow('data.prompts: cannot read');
  });
});

describe('seeded prompts, checks and tags over HTTP', () => {
  let server: TestServer;
  let seen: { vu: number; prompt: string; max: number }[] = [];
  beforeAll(async () => {
    server = await startServer((req, res, body) => {
      if (req.url === '/missing') return json(res, 404, { error: 'none' });
      const input = JSON.parse(body || '{}') as { vu: number; prompt: string; max_tokens: number };
      seen.push({ vu: input.vu, prompt: input.prompt, max: input.max_tokens });
      json(res, 200, { status: 'ok', model: 'small' });
    });
  });
  afterAll(() => server.close());

  const synthetic = (seed: number) =>
    runProfile(
      validateProfile(
        {
          target: server.url,
          data: { synthetic: { input_tokens: { mean: 40, stddev: 10 }, output_tokens: [16, 32, 64] } },
          load: { executor: 'constant-vus', vus: 3, duration: '600ms', think_time: { min: '5ms', max: '30ms' } },
          scenarios: {
            a: { flow: [{ request: 'POST /gen', json: { vu: '{{vu}}', prompt: '{{prompt}}', max_tokens: '{{max_tokens}}' } }] },
          },
        },
        'test',
      ),
      { seed },
    );

  it('--seed makes two runs send identical prompt sequences (per VU)', async () => {
    const perVu = () => {
      const byVu = new Map<number, string[]>();
      for (const s of seen) byVu.set(s.vu, [...(byVu.get(s.vu) ?? []), `${s.prompt}|${s.max}`]);
      seen = [];
      return byVu;
    };
    await synthetic(42);
    const first = perVu();
    await synthetic(42);
    const second = perVu();
    await synthetic(7);
    const other = perVu();
    for (const vu of [1, 2, 3]) {
      const a = first.get(vu)!;
      const b = second.get(vu)!;
      const n = Math.min(a.length, b.length);
      expect(n).toBeGreaterThan(5);
      expect(b.slice(0, n)).toEqual(a.slice(0, n));
      expect(other.get(vu)!.slice(0, 3)).not.toEqual(a.slice(0, 3));
    }
    const words = [...first.values()].flat().map((s) => s.split('|')[0]!.split(' ').length);
    const mean = words.reduce((x, y) => x + y, 0) / words.length;
    expect(mean * 1.3).toBeGreaterThan(30);
    expect(mean * 1.3).toBeLessThan(50);
    expect(new Set([...first.values()].flat().map((s) => s.split('|')[1]))).toEqual(new Set(['16', '32', '64']));
  });

  it('turns failed checks into assertion errors that name the check, and accepts an expected 404', async () => {
    const results = await runProfile(
      validateProfile(
        {
          target: server.url,
          load: { executor: 'constant-vus', vus: 1, duration: '300ms', think_time: '20ms' },
          scenarios: {
            ok: { flow: [{ request: 'GET /missing', check: { status: 404 }, tags: { kind: 'probe' } }] },
            wrong: {
              flow: [{ request: 'POST /x', json: {}, check: { json: { '$.status': { equals: 'degraded' } } }, tags: { kind: 'chat' } }],
            },
            absent: { flow: [{ request: 'POST /y', json: {}, check: { contains: 'nope', json: { '$.model': { exists: true } } } }] },
          },
        },
        'test',
      ),
      { seed: 3 },
    );
    expect(results.endpoints['GET /missing']!.failures).toBe(0);
    expect(results.endpoints['GET /missing']!.statusCodes).toEqual({ '404': results.endpoints['GET /missing']!.requests });
    expect(results.errors.assertion!.examples).toEqual(
      expect.arrayContaining([
        'POST /x: check json $.status: expected "degraded", got "ok"',
        'POST /y: check contains: "nope" not in the response',
      ]),
    );
    expect(results.tags!['kind=probe']!.requests).toBe(results.endpoints['GET /missing']!.requests);
    expect(results.tags!['kind=chat']!.failures).toBe(results.tags!['kind=chat']!.requests);
    const key = parseMetricKey('latency.p95{scenario=ok}')!;
    expect(readMetric(results, key).value).toBe(results.scenarios.ok!.metrics.latency.p95);
    expect(readMetric(results, parseMetricKey('error_rate{kind=chat}')!).value).toBe(1);
  });
});
