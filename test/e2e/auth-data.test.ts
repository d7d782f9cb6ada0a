import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { runCli } from '../helpers/cli.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

describe('login-then-chat with a token the server checks (bundled CLI)', () => {
  let server: TestServer;
  let dir: string;
  const issued: string[] = [];
  const uses = new Map<string, number>();
  const prompts: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-auth-'));
    server = await startServer((req, res, body) => {
      if (req.url === '/api/auth/login') {
        const { email, password } = JSON.parse(body) as { email: string; password: string };
        if (password !== 's3cret-pass') return json(res, 401, { detail: `bad password for ${email}` });
        const token = `tok-${Math.random().toString(36).slice(2)}-${issued.length}`;
        issued.push(token);
        return json(res, 200, { access_token: token, token_type: 'bearer' });
      }
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      // Each token is good for 25 requests, then the server says 401 and the client must log in again.
      const used = token ? (uses.get(token) ?? 0) + 1 : 0;
      if (!token || !issued.includes(token) || used > 25) return json(res, 401, { detail: `invalid token ${token}` });
      uses.set(token, used);
      prompts.push((JSON.parse(body) as { message: string }).message);
      json(res, 200, { reply: 'ok', echo_token: token.slice(0, 4) });
    });
    await writeFile(
      join(dir, 'prompts.jsonl'),
      ['"first prompt"', '{"prompt": "second prompt"}', '{"messages": [{"role": "user", "content": "third prompt"}]}'].join('\n'),
    );
    await writeFile(
      join(dir, 'profile.yml'),
      [
        'name: auth-chat',
        `target: ${server.url}`,
        'auth:',
        '  login: {url: /api/auth/login, json: {email: "user{{vu}}@example.com", password: "${TEST_PASSWORD}"}}',
        '  token: $.access_token',
        'data: {prompts: prompts.jsonl, order: sequential}',
        'load: {executor: constant-vus, vus: 3, duration: 2s, think_time: 20ms}',
        'scenarios:',
        '  chat:',
        '    flow:',
        '      - {request: "POST /chat", json: {message: "{{prompt}}"}, check: {status: 200, json: {"$.reply": {equals: ok}}}}',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('logs in, sends the token, logs in again on 401, and never writes the token anywhere', async () => {
    const out = join(dir, 'out');
    const run = await runCli(['run', join(dir, 'profile.yml'), '--output', join(out, 'results.json')], {
      env: { TEST_PASSWORD: 's3cret-pass' },
    });
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
    expect(results.totals.failures).toBe(0);
    expect(results.endpoints['POST /chat']!.requests).toBeGreaterThan(50);
    // One login per 25 requests: the 401s were answered by logging in again, not counted as failures.
    expect(issued.length).toBeGreaterThanOrEqual(3);
    expect(results.endpoints['POST /api/auth/login (login)']!.requests).toBe(issued.length);
    expect(prompts.slice(0, 3).sort()).toEqual(['first prompt', 'second prompt', 'third prompt']);
    const written = [run.stdout, run.stderr, ...(await Promise.all((await readdir(out)).map((f) => readFile(join(out, f), 'utf8'))))].join(
      '\n',
    );
    for (const token of issued) expect(written).not.toContain(token);
    expect(written).not.toContain('s3cret-pass');
  });

  it('stops with exit 3 and the reason when the login fails', async () => {
    const run = await runCli(['run', join(dir, 'profile.yml'), '--output', join(dir, 'never.json')], { env: { TEST_PASSWORD: 'wrong' } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('error: auth login POST /api/auth/login: POST /api/auth/login → 401');
    expect(run.stderr).toContain('hint: check auth.login');
  });

  it('names the missing environment variable', async () => {
    const run = await runCli(['run', join(dir, 'profile.yml')], { env: { TEST_PASSWORD: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('auth.login.json.password: environment variable TEST_PASSWORD is not set');
  });

  it('uses --jwt-token instead of logging in', async () => {
    const before = issued.length;
    const token = issued[issued.length - 1]!;
    uses.set(token, 0);
    const run = await runCli(['run', join(dir, 'profile.yml'), '--jwt-token', token, '--output', join(dir, 'jwt.json'), '--quiet'], {
      env: { TEST_PASSWORD: 'unused' },
    });
    expect(run.code).toBe(0);
    expect(issued.length).toBe(before);
    const results = JSON.parse(await readFile(join(dir, 'jwt.json'), 'utf8')) as Results;
    expect(results.endpoints['POST /chat']!.requests).toBeGreaterThan(0);
    expect(JSON.stringify(results)).not.toContain(token);
  });
});
