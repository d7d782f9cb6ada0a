import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toContain('| `latency.p95` |');
    expect(await readFile(join(dir, 'r.xml'), 'utf8')).toContain('<testcase classname="llm-load.llm-load" name="latency.p95">');
    const bare = await runCli(['report', current]);
    expect(bare.code).toBe(0);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<!doctype html>');
  }, 30_000);
});
