import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { runCli } from '../helpers/cli.js';

describe('the default gate through the bundled CLI, against the mock', () => {
  let dir: string;
  let same: MockServer;
  let slower: MockServer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-gate-detect-'));
    same = await startMockServer({ ttftMs: 100, itlMs: 10, outputTokens: 12, seed: 1 });
    slower = await startMockServer({ ttftMs: 110, itlMs: 10, outputTokens: 12, seed: 1 });
  });
  afterAll(async () => {
    await same.close();
    await slower.close();
    await rm(dir, { recursive: true, force: true });
  });

  const run = (url: string, name: string, baseline?: string) =>
    runCli([
      'run',
      '--url',
      url,
      '--preset',
      'openai-chat',
      '--users',
      '8',
      '--duration',
      '6s',
      '--output',
      join(dir, `${name}.json`),
      '--quiet',
      ...(baseline ? ['--baseline', baseline] : []),
    ]);

  it('never fails a no-change run and fails a +10 % TTFT run on ttft.p50 and ttft.mean', async () => {
    // The history's runs and the judged ones run side by side, so they share whatever else the machine does.
    const history = await Promise.all([1, 2, 3].map((i) => run(same.url, `history-${i}`)));
    for (const h of history) expect(h.code).toBe(0);
    const baseline = join(dir, 'baseline.json');
    for (const i of [1, 2, 3])
      expect((await runCli(['baseline', 'update', join(dir, `history-${i}.json`), '--baseline', baseline])).code).toBe(0);

    const [unchanged, regressed] = await Promise.all([run(same.url, 'same', baseline), run(slower.url, 'slower', baseline)]);
    expect(unchanged.stdout).not.toMatch(/FAIL/);
    expect(unchanged.code).toBe(0);
    expect(regressed.code).toBe(1);
    const results = JSON.parse(await readFile(join(dir, 'slower.json'), 'utf8')) as Results;
    const failed = results.gate!.rows.filter((r) => r.result === 'FAIL').map((r) => r.metric);
    expect(failed).toEqual(expect.arrayContaining(['ttft.p50', 'ttft.mean']));
    const ttft = results.gate!.rows.find((r) => r.metric === 'ttft.p50')!;
    expect(ttft.delta!).toBeGreaterThan(0.08);
    expect(ttft.ciLow!).toBeGreaterThanOrEqual(0.05);
    expect(ttft.note).toMatch(/^regressed \+\d+\.\d % \(95 % CI \+\d+\.\d % … \+\d+\.\d %\) \(tolerance 5\.0 %\) \(baseline of 3 runs\)$/);
    const table = await runCli(['compare', join(dir, 'slower.json'), '--baseline', baseline]);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/ttft\.p50 +\d+\.\d ms +1\d\d ms +\+\d+\.\d % \(\+\d+\.\d … \+\d+\.\d\) +±5\.0 % .* FAIL/);
  }, 60_000);
});
