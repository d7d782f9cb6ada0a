import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startServer } from '../helpers/server.js';

describe('loads beyond one machine are refused before they start (bundled CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-limits-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const profile = async (name: string, load: string) => {
    const file = join(dir, `${name}.yml`);
    await writeFile(file, ['target: http://127.0.0.1:9', `load: ${load}`, 'scenarios: {a: {flow: [{request: GET /}]}}'].join('\n'));
    return file;
  };

  it.each([
    [
      '100,000,000 VUs',
      '{executor: constant-vus, vus: 100000000, duration: 10s}',
      /load: 100000000 VUs on one machine is more than it can run \(at most 100000\): split the load over several runners with --shard I\/K/,
    ],
    [
      'a stage target of 1.2e19',
      '{executor: ramping-vus, stages: [{duration: 10s, target: 12345678901234567000}]}',
      /load\.stages\[0\]\.target.*1000000000/,
    ],
    [
      'a rate of 10 million a second',
      '{executor: constant-arrival-rate, rate: 10000000, duration: 10s}',
      /load: 10000000 iterations a second on one machine is more than it can run/,
    ],
  ])('%s: exit 2 at once, naming the field and the fix', async (_name, load, message) => {
    const started = Date.now();
    const run = await runCli(['run', await profile(String(Date.now()), load), '--output', join(dir, 'r.json'), '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('an output the run cannot write is refused before the load (bundled CLI)', () => {
  it.each(['/proc/r.json', '/proc/nope/r.json'])('--output %s: exit 2 at once, naming it', async (output) => {
    const started = Date.now();
    const run = await runCli(['run', '--url', 'http://127.0.0.1:9/', '--users', '1', '--duration', '30s', '--output', output, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`--output ${output.replace(/\//g, '\\/')}: cannot write there \\(E[A-Z]+\\)`));
    expect(Date.now() - started).toBeLessThan(10_000); // not after the 30 s load
  });
});

describe('llm-load mock on a port that is taken (bundled CLI)', () => {
  it('exits 2 naming the port and what to do, no stack trace', async () => {
    const taken = await startServer((_req, res) => res.end());
    try {
      const run = await runCli(['mock', '--port', String(new URL(taken.url).port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--port \d+: already in use/);
      expect(run.stderr).toMatch(/--port 0 for a free one/);
      expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    } finally {
      await taken.close();
    }
  });
});
