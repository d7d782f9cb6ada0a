import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BaselineFile } from '../../src/gate/baseline.js';
import type { Results } from '../../src/results/results.js';
import { runCli } from '../helpers/cli.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

describe('gate through the bundled CLI: run, compare, baseline update', () => {
  let server: TestServer;
  let dir: string;
  let delay = 20;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-gate-'));
    server = await startServer((_req, res) => setTimeout(() => json(res, 200, { ok: true }), delay));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const quickRun = async (ms: number, name: string) => {
    delay = ms;
    const output = join(dir, `${name}.json`);
    // 4 s: enough one-second windows to cut into blocks, so a one-run history still gives an interval.
    const run = await runCli(['run', '--url', `${server.url}/x`, '--users', '5', '--duration', '4s', '--output', output, '--quiet']);
    expect(run.code).toBe(0);
    return output;
  };

  it('compare exits 1 on a regression against the baseline history, 0 when there is none', async () => {
    const base = await quickRun(20, 'base');
    const slow = await quickRun(45, 'slow');
    const history = join(dir, 'history.json');
    const update = await runCli(['baseline', 'update', base, '--baseline', history, '--sha', 'abc123']);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('1 run(s) of llm-load');
    const file = JSON.parse(await readFile(history, 'utf8')) as BaselineFile;
    expect(file.history[0]!.sha).toBe('abc123');
    expect(file.history[0]!.metrics['latency.p50']).toBeGreaterThan(19);
    expect(file.history[0]!.se!['latency.p50']).toBeGreaterThan(0);

    const regressed = await runCli(['compare', slow, '--baseline', history]);
    expect(regressed.code).toBe(1);
    expect(regressed.stdout).toMatch(/gate: FAIL \(fails the run\) · baseline: median of the last 1 run of llm-load/);
    expect(regressed.stdout).toMatch(
      /latency\.p50 +[1-3]\d\.\d ms +[4-7]\d\.\d ms +\+\d+\.\d % \(\+\d+\.\d … \+\d+\.\d\) +±5\.0 % .* FAIL/,
    );
    expect(regressed.stdout).toContain('latency.p50: regressed');

    const same = await runCli(['compare', base, '--baseline', base, '--format', 'markdown', '--junit', join(dir, 'gate.xml')]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('| Metric | Baseline | Current | Δ (interval) | Tolerance | Target | Critical | Result |');
    expect(same.stdout).toContain('| `latency.p50` |');
    const junit = await readFile(join(dir, 'gate.xml'), 'utf8');
    expect(junit).toContain('<testcase classname="llm-load.llm-load" name="latency.p50">');
    expect(junit).toContain('failures="0"');

    const none = await runCli(['compare', slow]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('no baseline yet');
  }, 40_000);

  it('run gates on the profile table: exit 1, the gate in results.json, goodput counted', async () => {
    delay = 20;
    const profile = join(dir, 'gated.yml');
    await writeFile(
      profile,
      [
        'name: gated',
        `target: ${server.url}`,
        'load: {executor: constant-vus, vus: 4, duration: 2s}',
        'scenarios: {a: {flow: [{request: GET /x}]}}',
        'thresholds:',
        '  latency.p95: {target: "<15ms", critical: "<18ms"}',
        '  error_rate: {critical: "<1%"}',
        '  latency.p999: "<1s"',
      ].join('\n'),
    );
    const output = join(dir, 'gated.json');
    const run = await runCli(['run', profile, '--output', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('gate: FAIL (fails the run)');
    const results = JSON.parse(await readFile(output, 'utf8')) as Results;
    expect(results.gate!.verdict).toBe('FAIL');
    expect(results.gate!.rows.map((r) => [r.metric, r.result])).toEqual([
      ['latency.p95', 'FAIL'],
      ['error_rate', 'PASS'],
      ['latency.p999', 'INSUFFICIENT'],
    ]);
    expect(results.goodput!.ratio).toBe(0); // no request meets a 15 ms limit against a 20 ms server
    const lenient = await runCli(['run', profile, '--output', output, '--fail-on', 'never', '--quiet']);
    expect(lenient.code).toBe(0);
  }, 20_000);

  it('goes on without a corrupt baseline and says why; rejects a file that is not results', async () => {
    const base = await quickRun(20, 'base2');
    await writeFile(join(dir, 'corrupt.json'), '{"schema": "llm-load/baseline@9", "history": []}');
    const run = await runCli(['compare', base, '--baseline', join(dir, 'corrupt.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('unknown schema "llm-load/baseline@9"');
    expect(run.stdout).toContain('gated on the table alone');
    const notResults = await runCli(['compare', join(dir, 'corrupt.json')]);
    expect(notResults.code).toBe(2);
    expect(notResults.stderr).toContain('not an llm-load results file');
  }, 20_000);
});
