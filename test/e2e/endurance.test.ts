import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { htmlReport } from '../../src/report/html.js';
import { runCli } from '../helpers/cli.js';
import { closedPort } from '../helpers/server.js';

const LEAKY = fileURLToPath(new URL('../fakes/leaky-server.mjs', import.meta.url));

// The two runs are 15 s of 100 light requests a second against their own servers: they share the machine
// without skewing each other's memory slopes, and side by side they take half the time.
describe.concurrent('accelerated endurance: memory-leak and drift detection (bundled CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-endurance-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function endurance(leakKb: number): Promise<{ code: number | null; results: Results; stdout: string }> {
    const port = await closedPort();
    const profile = join(dir, `leak-${leakKb}.yml`);
    await writeFile(
      profile,
      [
        `name: leak-${leakKb}`,
        `target: http://127.0.0.1:${port}`,
        'stack:',
        `  command: '"${process.execPath}" "${LEAKY}" --port ${port} --leak-kb ${leakKb}'`,
        `  health: http://127.0.0.1:${port}/`,
        'resources: {interval: 500ms}',
        'endurance: {window: 1s, warmup: 3s, max_memory_growth: 5GB/h, max_latency_drift: 100000%/h}',
        'load: {executor: constant-arrival-rate, rate: 100, duration: 15s}',
        'scenarios: {a: {flow: [{request: GET /}]}}',
      ].join('\n'),
    );
    const output = join(dir, `leak-${leakKb}`, 'results.json');
    const run = await runCli(['run', profile, '--output', output]);
    return { code: run.code, results: JSON.parse(await readFile(output, 'utf8')) as Results, stdout: run.stdout };
  }

  it('flags a service whose memory grows with every request (200 KB each: ~72 GB/h at 100 req/s)', async () => {
    const { code, results, stdout } = await endurance(200);
    const row = results.gate!.rows.find((r) => r.metric === 'endurance.memory_growth{service}')!;
    expect(row.result).toBe('FAIL');
    expect(row.current!).toBeGreaterThan(20_000); // MB/h
    expect(row.note).toMatch(/slope \+\d+ MB\/h \(95% band \+\d+…\+\d+\)/);
    expect(code).toBe(1);
    expect(stdout).toContain('endurance.memory_growth{service}');
    expect(results.resources!.services.service!.peakMemoryMB).toBeGreaterThan(200);
    const memory = results.timeline.windows.map((w) => w.memoryMB).filter((m): m is number => typeof m === 'number');
    expect(memory.length).toBeGreaterThan(10);
    expect(memory.at(-1)!).toBeGreaterThan(memory[0]! + 100); // the leak, window by window
    const html = htmlReport(results);
    expect(html).toContain('Trend: endurance.memory_growth{service} (FAIL)');
  }, 60_000);

  it('passes the same service when it does not leak', async () => {
    const { code, results } = await endurance(0);
    const row = results.gate!.rows.find((r) => r.metric === 'endurance.memory_growth{service}')!;
    expect(row.result, row.note ?? '').toBe('PASS');
    expect(results.gate!.rows.find((r) => r.metric === 'endurance.latency_p95_drift')!.result).toBe('PASS');
    expect(code).toBe(0);
  }, 60_000);
});
