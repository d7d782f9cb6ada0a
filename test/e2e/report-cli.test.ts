import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

describe('llm-load report (bundled CLI)', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-report-'));
    server = await startServer((_req, res) => setTimeout(() => json(res, 200, {}), 5));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes HTML, markdown and JUnit from results.json alone, with a baseline overlaid', async () => {
    const base = join(dir, 'base.json');
    const current = join(dir, 'current.json');
    for (const out of [base, current]) {
      const run = await runCli(['run', '--url', `${server.url}/x`, '--users', '2', '--duration', '1s', '--output', out, '--quiet']);
      expect(run.code).toBe(0);
    }
    const report = await runCli([
      'report',
      current,
      '--baseline',
      base,
      '--html',
      join(dir, 'r.html'),
      '--markdown',
      join(dir, 'r.md'),
      '--junit',
      join(dir, 'r.xml'),
    ]);
    expect(report.code, report.stderr).toBe(0);
    const html = await readFile(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('req/s (baseline)');
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toContain('| `latency.p50` |');
    expect(await readFile(join(dir, 'r.xml'), 'utf8')).toContain('<testcase classname="llm-load.llm-load" name="latency.p50">');
    const bare = await runCli(['report', current]);
    expect(bare.code).toBe(0);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<!doctype html>');

    // A baseline whose latency histogram was damaged: the file and the place are named, exit 2.
    const damaged = JSON.parse(await readFile(base, 'utf8'));
    damaged.metrics.latency.hdr = `${damaged.metrics.latency.hdr.slice(0, 12)}AAAA${damaged.metrics.latency.hdr.slice(16)}`;
    const bad = join(dir, 'damaged.json');
    await writeFile(bad, JSON.stringify(damaged));
    const refused = await runCli(['report', current, '--baseline', bad, '--html', join(dir, 'r2.html')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}: metrics.latency.hdr: the histogram's compressed data is corrupt`);
  }, 30_000);

  it('judges a results file again by the rules its run was gated with, unless --profile gives others', async () => {
    const strict = join(dir, 'strict.yml');
    await writeFile(
      strict,
      `name: rules\ntarget: ${server.url}\nload: { vus: 2, duration: 1s }\nthresholds:\n  latency.p50: { critical: "<1ms" }\nscenarios:\n  s: { flow: [{ request: GET /x }] }\n`,
    );
    const lenient = join(dir, 'lenient.yml');
    await writeFile(lenient, (await readFile(strict, 'utf8')).replace('<1ms', '<10s'));
    const base = join(dir, 'rules-base.json');
    const current = join(dir, 'rules-current.json');
    for (const out of [base, current]) {
      const run = await runCli(['run', '--profile', strict, '--output', out, '--quiet']);
      expect(run.code, run.stderr).toBe(1);
    }
    const compared = await runCli(['compare', current, '--baseline', base]);
    expect(compared.code, compared.stderr).toBe(1);
    expect(compared.stdout).toMatch(/latency\.p50.*critical <1ms missed/);
    const junit = join(dir, 'rules.xml');
    expect((await runCli(['report', current, '--baseline', base, '--junit', junit])).code).toBe(0);
    expect(await readFile(junit, 'utf8')).toContain('critical &lt;1ms missed');
    const relaxed = await runCli(['compare', current, '--baseline', base, '--profile', lenient]);
    expect(relaxed.stdout).not.toContain('<1ms');

    const edited = JSON.parse(await readFile(current, 'utf8'));
    edited.gate.rules.regression.confidence = 2;
    const tampered = join(dir, 'tampered.json');
    await writeFile(tampered, JSON.stringify(edited));
    const refused = await runCli(['compare', tampered]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${tampered}: gate.rules.regression.confidence`);
  }, 30_000);
});
