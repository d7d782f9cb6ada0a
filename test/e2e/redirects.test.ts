import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

describe('redirects through the bundled CLI', () => {
  let server: TestServer;
  let dir: string;
  const seen: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-redirects-'));
    server = await startServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      req.resume();
      if (req.url === '/old') return void res.writeHead(301, { location: '/new' }).end('moved');
      if (req.url === '/form') return void res.writeHead(303, { location: '/done' }).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 7, at: req.url }));
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const profile = async (name: string, http: string) => {
    const file = join(dir, `${name}.yml`);
    await writeFile(
      file,
      `name: ${name}\ntarget: ${server.url}\n${http}load: { vus: 2, duration: 1s }\nscenarios:\n  s:\n    flow:\n      - { request: GET /old, capture: { id: $.id } }\n      - { request: POST /form, json: { id: '{{id}}' } }\n`,
    );
    return file;
  };

  it('counts a redirect that ends its step and says where it led, in the summary and the comment', async () => {
    const output = join(dir, 'stop.json');
    const run = await runCli(['run', await profile('stop', ''), '--output', output]);
    const results = JSON.parse(await readFile(output, 'utf8')) as Results;
    // The first step's 301 has no JSON to capture from, so the iteration ends there: every request is a redirect.
    expect(results.totals.redirects!.count).toBe(results.totals.requests);
    expect(results.totals.redirects!.examples[0]).toBe('GET /old → 301 Location: /new');
    expect(run.stdout).toContain('redirects that ended their step, e.g. GET /old → 301 Location: /new');
    const markdown = join(dir, 'stop.md');
    await runCli(['report', output, '--markdown', markdown]);
    expect(await readFile(markdown, 'utf8')).toContain('> [!WARNING]');
  }, 30_000);

  it('follows them under http.follow_redirects: 301 to the new place, a 303 to a POST as a GET', async () => {
    seen.length = 0;
    const output = join(dir, 'follow.json');
    const run = await runCli(['run', await profile('follow', 'http: { follow_redirects: 3 }\n'), '--output', output, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(await readFile(output, 'utf8')) as Results;
    expect(results.totals.failures).toBe(0);
    expect(results.totals.redirects).toMatchObject({ count: 0 });
    expect(results.totals.redirects!.followed).toBe(results.totals.requests);
    expect(seen).toContain('GET /new');
    expect(seen).toContain('GET /done');
    expect(seen).not.toContain('POST /done');
  }, 30_000);
});
