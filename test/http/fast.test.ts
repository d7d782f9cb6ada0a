import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/fast.js';
import type { HttpRequest } from '../../src/http/transport.js';

/** A Node HTTP server that counts connections and requests and echoes what it got. */
function echoServer(): { server: HttpServer; connections: () => number; lastHeaders: () => Record<string, unknown> } {
  let connections = 0;
  let lastHeaders: Record<string, unknown> = {};
  const server = createHttpServer((req, res) => {
    lastHeaders = req.headers;
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2_000);
      if (req.url === '/missing') {
        res.writeHead(404, { 'x-request-id': 'req-404' });
        return void res.end(`not here: ${'x'.repeat(2_000)}`);
      }
      if (req.url === '/chunked') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('one ');
        return void setTimeout(() => res.end('two'), 5);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, url: req.url, body }));
    });
  });
  server.on('connection', () => connections++);
  return { server, connections: () => connections, lastHeaders: () => lastHeaders };
}

const listen = (server: Server | HttpServer) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

describe('HttpClient over loopback', () => {
  const echo = echoServer();
  let origin = '';
  const clients: HttpClient[] = [];
  const client = (connections: number) => {
    const c = new HttpClient({ connections });
    clients.push(c);
    return c;
  };
  const get = (path: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({ origin, path, method: 'GET', headers: {}, ...extra });

  beforeAll(async () => {
    origin = `http://127.0.0.1:${await listen(echo.server)}`;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    echo.server.closeAllConnections();
    await new Promise((resolve) => echo.server.close(resolve));
  });

  it('carries a new request on a settled one the caller hands back, never on one whose outcome promise is out', async () => {
    const http = client(1);
    // The engine's way: outcomes by callback, each next request sent from the callback on the last one's object.
    const seen: string[] = [];
    const objects = new Set<unknown>();
    await new Promise<void>((resolve) => {
      let previous: ReturnType<HttpClient['send']> | undefined;
      const next = (i: number): void => {
        previous = http.send(
          get(i === 2 ? '/missing' : `/r${i}`),
          true,
          undefined,
          undefined,
          (outcome) => {
            objects.add(outcome);
            seen.push([outcome.status, outcome.error, outcome.body && JSON.parse(outcome.body).url].filter(Boolean).join(' '));
            if (i < 4) next(i + 1);
            else resolve();
          },
          previous,
        );
      };
      next(0);
    });
    expect(seen).toEqual(['200 /r0', '200 /r1', '404 http_4xx', '200 /r3', '200 /r4']);
    expect(objects.size).toBe(1); // one object carried all five
    const held = http.send(get('/held'), true);
    const heldOutcome = await held.outcome;
    const after = http.send(get('/after'), true, undefined, undefined, undefined, held);
    expect(after).not.toBe(held); // its promise was handed out: whoever holds it may still read it
    expect(JSON.parse((await after.outcome).body!).url).toBe('/after');
    expect(JSON.parse(heldOutcome.body!).url).toBe('/held');
  });

  it('keeps connections alive and queues requests beyond the connection limit', async () => {
    const http = client(2);
    const before = echo.connections();
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => http.send(get(`/n${i}`), true).outcome));
    expect(outcomes.every((o) => o.status === 200 && !o.error)).toBe(true);
    expect(outcomes.map((o) => JSON.parse(o.body!).url)).toEqual(Array.from({ length: 40 }, (_, i) => `/n${i}`));
    for (let i = 0; i < 20; i++) expect((await http.send(get('/again'), false).outcome).status).toBe(200);
    expect(echo.connections() - before).toBe(2);
  });

  it('opens at most opensPerMs connections a millisecond, then the waiting requests get theirs', async () => {
    // In a process of its own, so its accepts keep up with the client: it answers /warm at once and the rest
    // when 40 are in (so each needs a connection of its own), then prints when it accepted each (monotonic ns).
    const code = `const accepted = [], waiting = [];
      const server = require('node:net').createServer((socket) => {
        accepted.push(String(process.hrtime.bigint()));
        socket.once('data', (data) => {
          if (data.toString('latin1').startsWith('GET /warm ')) return void socket.end('HTTP/1.1 200 OK\\r\\ncontent-length: 0\\r\\nconnection: close\\r\\n\\r\\n');
          waiting.push(socket);
          if (waiting.length < 40) return;
          for (const s of waiting) s.end('HTTP/1.1 200 OK\\r\\ncontent-length: 2\\r\\nconnection: close\\r\\n\\r\\n');
          console.log(JSON.stringify(accepted.slice(1)));
          server.close();
        });
      });
      server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
    const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    try {
      const heldOrigin = `http://127.0.0.1:${(await lines.next()).value}`;
      const request = (path: string): HttpRequest => ({ origin: heldOrigin, path, method: 'GET', headers: {} });
      const http = new HttpClient({ connections: 100, opensPerMs: 1 });
      clients.push(http);
      expect((await http.send(request('/warm'), false).outcome).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5)); // the rate's allowance refills
      const started = process.hrtime.bigint();
      const outcomes = await Promise.all(Array.from({ length: 40 }, () => http.send(request('/'), false).outcome));
      expect(outcomes.map((o) => o.status)).toEqual(Array(40).fill(200));
      const accepted = (JSON.parse(String((await lines.next()).value)) as string[]).map((ns) => Number(BigInt(ns) - started) / 1e6);
      expect(accepted).toHaveLength(40);
      // One at once, then one a millisecond: the k-th connection (from 0) cannot open before k ms (without
      // the limit the 40th was accepted 8–12 ms after the first request was sent).
      const early = accepted.map((ms, k) => ({ k, ms })).filter(({ k, ms }) => ms < k - 0.05);
      expect(early).toEqual([]);
    } finally {
      child.kill();
    }
  });

  it('sends headers and a UTF-8 body with its byte length, and keeps the body only when asked', async () => {
    const http = client(1);
    const body = JSON.stringify({ prompt: 'naïve café ✓' });
    const kept = await http.send(
      get('/post', { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: 'Bearer t' } }),
      true,
    ).outcome;
    expect(JSON.parse(kept.body!)).toEqual({ method: 'POST', url: '/post', body });
    expect(echo.lastHeaders()).toMatchObject({ 'content-length': String(Buffer.byteLength(body)), authorization: 'Bearer t' });
    const dropped = await http.send(get('/post'), false).outcome;
    expect(dropped.body).toBeUndefined();
    expect(dropped.bytes).toBeGreaterThan(10);
  });

  it("sends the profile's own Host header in place of the origin's (virtual hosts behind one ingress)", async () => {
    const http = client(1);
    await http.send(get('/vhost', { headers: { host: 'api.internal.example', 'x-a': '1' } }), false).outcome;
    expect(echo.lastHeaders()).toMatchObject({ host: 'api.internal.example', 'x-a': '1' });
    await http.send(get('/vhost'), false).outcome;
    expect(echo.lastHeaders().host).toBe(new URL(origin).host);
  });

  it('sends a large body as the bytes it holds, once made, however often the request is sent', async () => {
    const received: { bytes: number; sha: string; declared: string | undefined }[] = [];
    const server = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const all = Buffer.concat(chunks);
        received.push({ bytes: all.length, sha: createHash('sha256').update(all).digest('hex'), declared: req.headers['content-length'] });
        res.end('ok');
      });
    });
    const port = await listen(server);
    try {
      const body = `{"text":"${'héllo ✓ '.repeat(30_000)}"}`;
      const request: HttpRequest = { origin: `http://127.0.0.1:${port}`, path: '/big', method: 'POST', headers: {}, body };
      const http = client(1);
      for (let i = 0; i < 3; i++) expect((await http.send(request, false).outcome).status).toBe(200);
      const expected = Buffer.from(body);
      expect(received).toHaveLength(3);
      for (const r of received)
        expect(r).toEqual({
          bytes: expected.length,
          sha: createHash('sha256').update(expected).digest('hex'),
          declared: String(expected.length),
        });
      expect(request.wireBody).toBeInstanceOf(Buffer); // made once, then reused by every send
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('passes stream chunks on as they arrive and keeps only the start of an error body', async () => {
    const http = client(1);
    const chunks: string[] = [];
    const streamed = await http.send(get('/chunked'), false, (data, start, end) => void chunks.push(data.toString('utf8', start, end)))
      .outcome;
    expect(chunks.join('')).toBe('one two');
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(streamed.bytes).toBe(7);
    const missing = await http.send(get('/missing'), false).outcome;
    expect(missing).toMatchObject({ status: 404, error: 'http_4xx', requestId: 'req-404' });
    expect(missing.message).toMatch(/^GET \/missing → 404: not here: x+ \[request id req-404\]$/);
    expect(missing.message!.length).toBeLessThan(300);
    expect((await http.send(get('/missing'), false, undefined, [404]).outcome).error).toBeUndefined();
  });

  it('aborts a request on timeout or stop, and does not reuse its connection', async () => {
    const http = client(1);
    const before = echo.connections();
    const slow = http.send(get('/slow'), false);
    setTimeout(() => slow.abort('timeout'), 50);
    expect(await slow.outcome).toMatchObject({ status: 0, error: 'timeout' });
    const stopped = http.send(get('/slow'), false);
    setTimeout(() => stopped.abort('stop'), 50);
    expect((await stopped.outcome).error).toBe('interrupted');
    expect((await http.send(get('/ok'), false).outcome).status).toBe(200);
    expect(echo.connections() - before).toBe(3);
  });

  it('refuses header values with control or non-ASCII characters, bad header names and paths with spaces, sending nothing', async () => {
    const http = client(1);
    const before = echo.connections();
    const injected = await http.send(get('/x', { headers: { 'x-prompt': 'a\r\nx-evil: 1' } }), false).outcome;
    expect(injected).toMatchObject({ status: 0, error: 'request_error' });
    expect(injected.message).toContain('header x-prompt has a control character (U+000D) in its value: encode it');
    for (const [headers, says] of [
      [{ 'x-v': 'a\x0bb' }, 'header x-v has a control character (U+000B)'],
      [{ 'x-v': 'a\x7f' }, 'header x-v has a control character (U+007F)'],
      [{ 'x-v': 'café' }, 'header x-v has a non-ASCII character (U+00E9)'],
      [{ 'x evil': '1' }, 'header name "x evil" is not a token'],
      [{ 'x\r\nevil': '1' }, 'header name "x\\r\\nevil" is not a token'],
      [{ 'transfer-encoding': 'chunked' }, "header transfer-encoding is the client's to set"],
      [{ 'content-length': '5' }, "header content-length is the client's to set"],
      [{ host: 'a\r\nb' }, 'header host has a control character'],
    ] as const) {
      const refused = await http.send(get('/x', { headers }), false).outcome;
      expect(refused.error).toBe('request_error');
      expect(refused.message).toContain(says);
    }
    const spaced = await http.send(get('/a b'), false).outcome;
    expect(spaced.message).toMatch(/has spaces or control characters: encode them/);
    expect(echo.connections()).toBe(before);
  });
});

describe('HttpClient against servers that misbehave', () => {
  const servers: Server[] = [];
  const clients: HttpClient[] = [];
  const sockets = new Set<Socket>();
  const raw = async (onRequest: (socket: Socket, nth: number) => void) => {
    const server = createTcpServer((socket) => {
      sockets.add(socket);
      let nth = 0;
      socket.on('data', () => onRequest(socket, nth++));
      socket.on('error', () => undefined);
    });
    servers.push(server);
    return `http://127.0.0.1:${await listen(server)}`;
  };
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    for (const s of sockets) s.destroy();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });
  const client = () => {
    const c = new HttpClient({ connections: 1 });
    clients.push(c);
    return c;
  };

  it('sends a request again when a reused connection closes before answering (idle keep-alive race)', async () => {
    let connections = 0;
    const origin = await raw((socket, nth) => {
      if (nth === 0) connections++;
      if (nth === 0) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok');
      else socket.destroy(); // the server timed the connection out as the second request arrived
    });
    const http = client();
    const request = { origin, path: '/', method: 'GET', headers: {} };
    expect((await http.send(request, true).outcome).body).toBe('ok');
    expect((await http.send(request, true).outcome).body).toBe('ok');
    expect(connections).toBe(2);
    // A POST on the reused connection is not sent again: the server may have acted on it before closing.
    const lost = await http.send({ ...request, method: 'POST', body: '{}' }, true).outcome;
    expect(lost).toMatchObject({ status: 0, error: 'connection_reset' });
    expect(connections).toBe(2);
  });

  it('reports a connection cut mid-response, and a reply that is not HTTP, as errors naming the request', async () => {
    const cut = await raw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly part');
      setTimeout(() => socket.destroy(), 20);
    });
    const http = client();
    const outcome = await http.send({ origin: cut, path: '/cut', method: 'GET', headers: {} }, false).outcome;
    expect(outcome).toMatchObject({ status: 200, error: 'connection_reset', bytes: 9 });
    expect(outcome.message).toMatch(/^GET \/cut: .*closed by the other side before the response was complete/);

    const ssh = await raw((socket) => socket.write('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
    const garbled = await client().send({ origin: ssh, path: '/', method: 'GET', headers: {} }, false).outcome;
    expect(garbled).toMatchObject({ status: 0, error: 'protocol_error' });
    expect(garbled.message).toContain('not an HTTP/1.x status line');
  });

  it('classifies a refused connection', async () => {
    const closed = createTcpServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await client().send({ origin: `http://127.0.0.1:${port}`, path: '/', method: 'GET', headers: {} }, false).outcome;
    expect(outcome.error).toBe('connection_refused');
  });
});
