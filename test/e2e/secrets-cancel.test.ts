import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { closedPort, json, processRunning, startServer, type TestServer } from '../helpers/server.js';

const JWT = 'canary-jwt-a1b2c3d4e5';
const PASSWORD = 'canary-password-f6g7h8';
const ENV_SECRET = 'canary-env-secret-i9j0';
const API_KEY = 'canary-api-key-k1l2m3';

async function everyFile(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await everyFile(path)));
    else out.push(await readFile(path, 'utf8'));
  }
  return out;
}

describe('secrets never leave the process, on every command path (bundled CLI)', () => {
  let server: TestServer;
  let dir: string;
  const outputs: CliResult[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-secrets-'));
    // The server echoes whatever credentials it gets in its error answers: the worst case for examples.
    server = await startServer((req, res, body) => {
      if (req.url === '/login') return json(res, 200, { access_token: JWT });
      if (req.url?.startsWith('/fail'))
        return json(res, 500, { error: `I saw ${req.headers.authorization} ${req.headers['x-api-key'] ?? ''} ${body}` });
      json(res, 200, { ok: true });
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('run (auth login, env secrets, --jwt-token, api key), compare, report, merge and baseline update write no canary anywhere', async () => {
    await writeFile(
      join(dir, 'p.yml'),
      [
        'name: canary',
        `target: ${server.url}`,
        'stack:',
        `  env: {MODEL_TOKEN: {value: "${ENV_SECRET}", secret: true}}`,
        'auth: {login: {url: /login, json: {password: "${TEST_PASSWORD}"}}, token: $.access_token}',
        'load: {executor: constant-vus, vus: 2, duration: 800ms, think_time: 50ms}',
        'scenarios:',
        `  a: {flow: [{request: "POST /fail", json: {note: "${ENV_SECRET}"}}]}`,
        'thresholds: {error_rate: "<1%"}',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const env = { TEST_PASSWORD: PASSWORD };
    outputs.push(await runCli(['run', join(dir, 'p.yml'), '--output', join(out, 'a.json')], { env }));
    outputs.push(await runCli(['run', join(dir, 'p.yml'), '--jwt-token', JWT, '--output', join(out, 'b.json')], { env }));
    outputs.push(
      await runCli([
        'run',
        '--url',
        `${server.url}/fail`,
        '--preset',
        'openai-chat',
        '--users',
        '1',
        '--duration',
        '500ms',
        '--api-key',
        API_KEY,
        '--output',
        join(out, 'c.json'),
      ]),
    );
    outputs.push(
      await runCli([
        'compare',
        join(out, 'a.json'),
        '--baseline',
        join(out, 'b.json'),
        '--format',
        'markdown',
        '--junit',
        join(out, 'g.xml'),
      ]),
    );
    outputs.push(await runCli(['report', join(out, 'a.json'), '--html', join(out, 'r.html'), '--markdown', join(out, 'r.md')]));
    outputs.push(await runCli(['merge', join(out, 'a.json'), join(out, 'b.json'), '-o', join(out, 'm.json')]));
    outputs.push(await runCli(['baseline', 'update', join(out, 'a.json'), '--baseline', join(out, 'hist.json')]));
    const a = JSON.parse(await readFile(join(out, 'a.json'), 'utf8')) as Results;
    expect(a.errors.http_5xx!.examples[0]).toContain('I saw Bearer ***'); // the echo was scrubbed, not dropped
    const everything = [...outputs.flatMap((o) => [o.stdout, o.stderr]), ...(await everyFile(out))].join('\n');
    for (const canary of [JWT, PASSWORD, ENV_SECRET, API_KEY]) expect(everything, canary).not.toContain(canary);
  }, 60_000);
});

describe('cancellation in each phase (bundled CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-cancel-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('SIGTERM while waiting for health: stack torn down, a results file that says so, exit 143', async () => {
    const port = await closedPort();
    const pidFile = join(dir, 'pid');
    const script = join(dir, 'svc.cjs');
    await writeFile(script, `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`);
    await writeFile(
      join(dir, 'p.yml'),
      [
        `target: http://127.0.0.1:${port}`,
        `stack: {command: '"${process.execPath}" "${script}"', health: http://127.0.0.1:${port}/health, timeout: 60s}`,
        'load: {vus: 1, duration: 5s}',
        'scenarios: {a: {flow: [{request: GET /}]}}',
      ].join('\n'),
    );
    const output = join(dir, 'out', 'results.json');
    const run = await runCli(['run', join(dir, 'p.yml'), '--output', output], {
      onStart: (pid) => setTimeout(() => process.kill(pid, 'SIGTERM'), 1500),
    });
    expect(run.code).toBe(143);
    const results = JSON.parse(await readFile(output, 'utf8')) as Results;
    expect(results.meta.interrupted).toBe('SIGTERM');
    expect(results.totals.requests).toBe(0);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(await processRunning(pid)).toBe(false);
  }, 30_000);

  it('SIGTERM during an auth login that never answers: exit 143 within a second or two, results marked interrupted', async () => {
    const hung = await startServer(() => undefined); // accepts the login and never answers it
    try {
      await writeFile(
        join(dir, 'login.yml'),
        [
          `target: ${hung.url}`,
          'auth: {login: {url: /login, json: {user: u}}, token: $.token}',
          'load: {vus: 1, duration: 5s, timeout: 60s}',
          'scenarios: {a: {flow: [{request: GET /}]}}',
        ].join('\n'),
      );
      const output = join(dir, 'login-out', 'results.json');
      let sentAt = 0;
      const run = await runCli(['run', join(dir, 'login.yml'), '--output', output], {
        onStart: (pid) =>
          setTimeout(() => {
            sentAt = Date.now();
            process.kill(pid, 'SIGTERM');
          }, 1500),
      });
      expect(run.code).toBe(143);
      expect(Date.now() - sentAt).toBeLessThan(5000);
      const results = JSON.parse(await readFile(output, 'utf8')) as Results;
      expect(results.meta.interrupted).toBe('SIGTERM');
    } finally {
      await hung.close();
    }
  }, 30_000);
});
