import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { closedPort, json, startServer, type TestServer } from '../helpers/server.js';

const run = (target: string, load: Record<string, unknown>, flow: unknown[], extra: Record<string, unknown> = {}) =>
  runProfile(validateProfile({ target, load, scenarios: { a: { flow } }, ...extra }, 'test'), { seed: 1 });

describe('faults: what the tool does when the target misbehaves (all on loopback)', () => {
  let server: TestServer;
  let hits429 = 0;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/stall-body') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial');
        return; // the body never ends
      }
      if (url === '/drip') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        let n = 0;
        const timer = setInterval(() => {
          if (res.destroyed || n++ > 50) {
            clearInterval(timer);
            return res.end();
          }
          res.write('.');
        }, 100);
        return;
      }
      if (url === '/huge') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(1024 * 1024, 120);
        for (let i = 0; i < 20; i++) res.write(chunk);
        return res.end();
      }
      if (url === '/reset') return req.socket.destroy();
      if (url.startsWith('/limited')) {
        hits429++;
        if (hits429 % 2 === 1) {
          res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
          return res.end('{"error":"slow down"}');
        }
      }
      json(res, 200, { ok: true });
    });
  });
  afterAll(() => server.close());

  it('a body that stalls after the headers is a timeout', async () => {
    const r = await run(server.url, { vus: 1, duration: '600ms', timeout: '250ms', graceful_stop: '100ms' }, [
      { request: 'GET /stall-body' },
    ]);
    expect(r.errors.timeout!.count).toBeGreaterThanOrEqual(1);
    expect(r.totals.successes).toBe(0);
  });

  it('a slow drip that outlasts the timeout is cut off at the timeout, not when the drip ends', async () => {
    const started = performance.now();
    const r = await run(server.url, { vus: 1, duration: '300ms', timeout: '700ms', graceful_stop: '2s' }, [{ request: 'GET /drip' }]);
    expect(r.errors.timeout!.count).toBe(1);
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('huge bodies are read to the end and counted, never kept whole', async () => {
    const r = await run(server.url, { vus: 2, duration: '1s' }, [{ request: 'GET /huge' }]);
    expect(r.totals.failures).toBe(0);
    expect(r.totals.bytesReceived).toBe(r.totals.requests * 20 * 1024 * 1024);
  });

  it('a connection reset is connection_reset', async () => {
    const r = await run(server.url, { vus: 1, duration: '300ms', think_time: '20ms' }, [{ request: 'GET /reset' }]);
    expect(r.errors.connection_reset!.count).toBe(r.totals.requests);
  });

  it('429 with retry-after is counted and not retried, unless load.retry says so', async () => {
    hits429 = 0;
    const plain = await run(server.url, { vus: 1, duration: '400ms', think_time: '20ms' }, [{ request: 'GET /limited' }]);
    expect(plain.errors.http_429!.count).toBe(Math.ceil(hits429 / 2));
    expect(plain.totals.requests).toBe(hits429); // one request per attempt: nothing retried behind our back
    expect(plain.totals.retries).toBeUndefined();
    hits429 = 0;
    const retried = await run(server.url, { vus: 1, duration: '400ms', think_time: '20ms', retry: { statuses: [429], max: 2 } }, [
      { request: 'GET /limited' },
    ]);
    // Every 429 is retried, except one that lands as the run stops (no new attempt after the end).
    expect(retried.totals.retries).toBeLessThanOrEqual(retried.errors.http_429!.count);
    expect(retried.totals.retries).toBeGreaterThanOrEqual(retried.errors.http_429!.count - 1);
    expect(retried.totals.retries).toBeGreaterThan(0);
    expect(retried.totals.successes).toBeGreaterThanOrEqual(retried.errors.http_429!.count - 1);
  });

  it('a target that dies mid-run and comes back: errors while it is down, successes after, no crash', async () => {
    const port = await closedPort();
    let current: Server | undefined;
    const start = () =>
      new Promise<void>((resolve) => {
        current = createServer((_req, res) => json(res, 200, { ok: true }));
        current.listen(port, '127.0.0.1', () => resolve());
      });
    const stop = () =>
      new Promise<void>((resolve) => {
        current!.close(() => resolve());
        current!.closeAllConnections();
      });
    await start();
    setTimeout(() => void stop(), 700);
    setTimeout(() => void start(), 1500);
    const r = await run(`http://127.0.0.1:${port}`, { vus: 2, duration: '2500ms', think_time: '20ms', timeout: '500ms' }, [
      { request: 'GET /' },
    ]);
    await stop();
    const errors = (r.errors.connection_refused?.count ?? 0) + (r.errors.connection_reset?.count ?? 0);
    expect(errors).toBeGreaterThan(5);
    const windows = r.timeline.windows;
    expect(windows[0]!.requests - windows[0]!.failures).toBeGreaterThan(0);
    expect(windows.at(-1)!.requests - windows.at(-1)!.failures).toBeGreaterThan(0); // it came back
  });
});

describe('TLS targets with self-signed certificates', () => {
  let dir: string;
  let server: ReturnType<typeof createHttpsServer> | undefined;
  let url = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
        ],
        {
          stdio: 'ignore',
        },
      );
    } catch {
      return;
    }
    server = createHttpsServer({ key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) }, (_req, res) =>
      json(res, 200, { ok: true }),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses an untrusted certificate with a clear hint, and accepts it with insecure: true', async (ctx) => {
    if (!server) ctx.skip();
    const strict = await run(url, { vus: 1, duration: '300ms', think_time: '50ms' }, [{ request: 'GET /' }]);
    expect(strict.errors.tls_error!.count).toBe(strict.totals.requests);
    expect(strict.errors.tls_error!.examples[0]).toContain('set insecure: true in the profile');
    const insecure = await run(url, { vus: 1, duration: '300ms', think_time: '50ms' }, [{ request: 'GET /' }], { insecure: true });
    expect(insecure.totals.failures).toBe(0);
    expect(insecure.totals.requests).toBeGreaterThan(2);
  });
});
