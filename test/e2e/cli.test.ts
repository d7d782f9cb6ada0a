import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { runCli } from '../helpers/cli.js';
import { closedPort, json, startServer, type TestServer } from '../helpers/server.js';

const readResults = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Results;

describe('llm-load CLI (bundled dist/cli.js as a subprocess)', () => {
  let slow: TestServer;
  let dir: string;
  const authSeen: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-cli-'));
    slow = await startServer((req, res) => {
      if (req.headers.authorization) authSeen.push(req.headers.authorization);
      if (req.url === '/echo-auth') return json(res, 401, { error: `bad token ${req.headers.authorization}` });
      if (req.url === '/hang') return;
      setTimeout(() => json(res, 200, { ok: true }), 50);
    });
  });
  afterAll(async () => {
    await slow.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('measures a 50 ms server accurately: p50 within 2 ms, requests ≈ users × duration / 50 ms', async () => {
    const output = join(dir, 'fifty.json');
    const run = await runCli(['run', '--url', `${slow.url}/slow`, '--users', '10', '--duration', '10s', '--output', output]);
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.code).toBe(0);
    const results = await readResults(output);
    expect(results.schema).toBe('llm-load/results@1');
    expect(Math.abs(results.metrics.latency.p50! - 50)).toBeLessThanOrEqual(2);
    const ideal = (10 * 10_000) / 50;
    expect(results.totals.requests).toBeGreaterThan(ideal * 0.93);
    expect(results.totals.requests).toBeLessThanOrEqual(ideal + 10);
    expect(results.totals.failures).toBe(0);
    expect(results.endpoints['GET /slow']!.requests).toBe(results.totals.requests);
    expect(results.timeline.windows.length).toBeGreaterThanOrEqual(10);
    expect(results.meta.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    // Non-TTY progress: one line every 5 s; the summary ends the run.
    const progressLines = run.stderr.match(/^\[\s*\S+\/10s\] vus \d+ {2}req\/s \S+ {2}p95 \S+ {2}errors 0\.00%/gm) ?? [];
    expect(progressLines.length).toBeGreaterThanOrEqual(1);
    expect(progressLines.length).toBeLessThanOrEqual(3);
    expect(run.stdout).toContain('GET /slow');
    expect(run.stdout).toMatch(/p50/);
  }, 40_000);

  it('fails a profile with a bad field with exit 2 and names the field', async () => {
    const profile = join(dir, 'bad.yml');
    await writeFile(
      profile,
      `target: ${slow.url}\nload:\n  executor: constant-vus\n  vus: 2\n  duration: 5 minutes\nscenarios:\n  a: {flow: [{request: GET /}]}\n`,
    );
    const run = await runCli(['run', profile, '--output', join(dir, 'never.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${profile}: load.duration: expected a duration like "30s" or "2m", got "5 minutes"`);
    await expect(readFile(join(dir, 'never.json'))).rejects.toThrow();
  });

  it('exits 2 with a suggestion for a mistyped flag and for a missing file', async () => {
    const flag = await runCli(['run', '--url', slow.url, '--user', '3']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option --user (did you mean "--users"?)');
    // k6's and Locust's habits get what says the same here.
    const vus = await runCli(['run', '--url', slow.url, '--vus', '3']);
    expect(vus.code).toBe(2);
    expect(vus.stderr).toContain("llm-load run: --vus is k6's; here it is --users N");
    const locust = await runCli(['run', '--url', slow.url, '-u', '3', '-t', '10s']);
    expect(locust.stderr).toContain("-u is k6 and Locust's; here it is --users N");
    const env = await runCli(['run', 'p.yml', '-e', 'HOST=x']);
    expect(env.stderr).toContain('export KEY=VALUE and write ${KEY} in the profile');
    const missing = await runCli(['run', join(dir, 'nope.yml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml: cannot read the profile (ENOENT)');
  });

  it('runs a profile file and finishes an unreachable target with connection_refused counted', async () => {
    const port = await closedPort();
    const profile = join(dir, 'down.yml');
    await writeFile(
      profile,
      `name: down\ntarget: http://127.0.0.1:${port}\nload: {executor: constant-vus, vus: 2, duration: 1s, think_time: 100ms}\nscenarios:\n  a: {flow: [{request: GET /health}]}\n`,
    );
    const output = join(dir, 'down.json');
    const run = await runCli(['run', profile, '--output', output, '--quiet']);
    // Every request failed: exit 1, and said even with --quiet.
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^llm-load: every request failed, e\.g\. GET \/health: ECONNREFUSED/);
    const results = await readResults(output);
    expect(results.meta.name).toBe('down');
    expect(results.meta.profile).toBe(profile);
    expect(results.errors.connection_refused!.count).toBe(results.totals.requests);
    expect(results.totals.requests).toBeGreaterThan(5);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s writes partial results and exits %d', async (signal, code) => {
    const output = join(dir, `${signal}.json`);
    const run = await runCli(['run', '--url', `${slow.url}/slow`, '--users', '4', '--duration', '60s', '--output', output], {
      onStart: (pid) => setTimeout(() => process.kill(pid, signal), 1500),
    });
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(`${signal}: stopping the run and writing partial results`);
    const results = await readResults(output);
    expect(results.meta.interrupted).toBe(signal);
    expect(results.totals.requests).toBeGreaterThan(20);
    expect(results.meta.durationS).toBeLessThan(10);
  });

  it('sends --jwt-token as a bearer header and never writes it anywhere', async () => {
    const token = 'canary-jwt-7f3a9c1e5b';
    const output = join(dir, 'jwt', 'results.json');
    const run = await runCli([
      'run',
      '--url',
      `${slow.url}/echo-auth`,
      '--users',
      '1',
      '--duration',
      '1s',
      '--think-time',
      '100ms',
      '--jwt-token',
      token,
      '--output',
      output,
    ]);
    expect(run.code).toBe(1); // every request was refused: a run that measured only failures fails
    expect(run.stderr).toContain('every request failed (status 401');
    expect(authSeen).toContain(`Bearer ${token}`);
    const results = await readResults(output);
    expect(results.errors.http_4xx!.examples[0]).toContain('bad token Bearer ***');
    const written = [
      run.stdout,
      run.stderr,
      ...(await Promise.all((await readdir(join(dir, 'jwt'))).map((f) => readFile(join(dir, 'jwt', f), 'utf8')))),
    ];
    for (const text of written) expect(text).not.toContain(token);
  });

  it('runs the demo against the built-in mock and prints TTFT, ITL, tokens/s and request stats', async () => {
    const output = join(dir, 'demo.json');
    const run = await runCli(['demo', '--duration', '6s', '--output', output]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('mock LLM service on http://127.0.0.1:');
    expect(run.stdout).toMatch(/ttft \(time to first token\)\s+\d+\s+1\d\dms/);
    expect(run.stdout).toMatch(/itl \(inter-token latency\)\s+\d+\s+1\d\.\dms/);
    expect(run.stdout).toMatch(/tokens {3}\d+ output, \d+ tokens\/s/);
    expect(run.stdout).toMatch(/requests {2}\d+ +\d+(\.\d)?\/s +0 failed/);
    expect(run.stdout).toContain(`Next:\n  llm-load report ${output}`); // the demo ends naming what to try next
    const results = await readResults(output);
    expect(results.totals.failures).toBe(0);
    expect(Object.keys(results.endpoints).sort()).toEqual(
      [
        'GET /conversations/{{conv}}/messages',
        'GET /health',
        'POST /chat',
        'POST /conversations',
        'POST /v1/chat/completions',
        'POST /v1/messages',
      ].sort(),
    );
    expect(results.endpoints['POST /chat']!.metrics.latency.p50).toBeGreaterThanOrEqual(100);
    expect(results.endpoints['POST /chat']!.metrics.latency.p50).toBeLessThan(110);
    expect(results.totals.outputTokens).toBeGreaterThan(0);
    expect(results.totals.tokenSource!.usage).toBe(results.metrics.ttft!.count);
  }, 20_000);
});
