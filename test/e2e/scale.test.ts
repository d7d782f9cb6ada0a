import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { runCli } from '../helpers/cli.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

describe('scale out: worker threads and shards (bundled CLI)', () => {
  let server: TestServer;
  let dir: string;
  let seenVus = new Set<number>();
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-scale-'));
    server = await startServer((req, res) => {
      seenVus.add(Number(/vu=(\d+)/.exec(req.url ?? '')?.[1]));
      setTimeout(() => json(res, 200, {}), 20);
    });
    await writeFile(
      join(dir, 'p.yml'),
      [
        'name: scale',
        `target: ${server.url}`,
        'load: {executor: constant-vus, vus: 60, duration: 2s}',
        'scenarios: {a: {flow: [{request: "GET /x?vu={{vu}}"}]}}',
        'thresholds: {latency.p95: {critical: "<1s"}}',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('--workers 2 splits the VUs over two threads and merges their results', async () => {
    seenVus = new Set();
    const output = join(dir, 'workers.json');
    const run = await runCli(['run', join(dir, 'p.yml'), '--workers', '2', '--output', output]);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(await readFile(output, 'utf8')) as Results;
    expect(results.meta.shards).toHaveLength(2);
    expect([...seenVus].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1)); // ids unique across threads
    expect(results.totals.requests).toBe(results.endpoints['GET /x?vu={{vu}}']!.requests);
    expect(results.totals.requests).toBeGreaterThan(60 * 2 * 20);
    expect(results.gate!.verdict).toBe('PASS');
    expect(run.stdout).toContain('merged   2 parts');
  }, 30_000);

  it('--shard 1/2 and 2/2 on "two runners", then llm-load merge, add up to the profile', async () => {
    seenVus = new Set();
    const shards = [join(dir, 's1.json'), join(dir, 's2.json')];
    const runs = await Promise.all(
      shards.map((out, i) => runCli(['run', join(dir, 'p.yml'), '--shard', `${i + 1}/2`, '--workers', '1', '--output', out, '--quiet'])),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const parts = await Promise.all(shards.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as Results));
    expect(parts.map((p) => p.meta.shard)).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
    expect(seenVus.size).toBe(60);
    const merged = join(dir, 'merged.json');
    const merge = await runCli(['merge', ...shards, '-o', merged, '--profile', join(dir, 'p.yml')]);
    expect(merge.code, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(/merged 2 shard\(s\); start skew \d+(\.\d+)?s/);
    const result = JSON.parse(await readFile(merged, 'utf8')) as Results;
    expect(result.totals.requests).toBe(parts[0]!.totals.requests + parts[1]!.totals.requests);
    expect(result.metrics.latency.count).toBe(parts[0]!.metrics.latency.count + parts[1]!.metrics.latency.count);
    expect(result.gate!.rows[0]!.metric).toBe('latency.p95');
    const bad = await runCli(['run', join(dir, 'p.yml'), '--shard', '3/2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard: expected INDEX/COUNT like "2/4"');
  }, 30_000);
});
