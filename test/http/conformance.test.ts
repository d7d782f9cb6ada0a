import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/fast.js';
import { RESPONSE_CASES, type ResponseCase } from '../fixtures/http-responses.js';

/** Longer than any answer takes here: a case that reaches it hung (waiting for bytes that never come). */
const HANG_MS = 3000;

describe('HTTP/1.1 response conformance (test/fixtures/http-responses.ts), over loopback', () => {
  let server: Server;
  let origin: string;
  const sockets = new Set<Socket>();
  let current: ResponseCase | undefined;

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      let seen = '';
      socket.on('data', (data) => {
        seen += data.toString('latin1');
        if (!seen.includes('\r\n\r\n') || !current) return;
        seen = '';
        socket.write(Buffer.from(current.raw, 'latin1'));
        if (current.close) socket.end();
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each(RESPONSE_CASES.map((c) => [c.name, c] as const))('fast: %s', async (_name, c) => {
    current = c;
    const http = new HttpClient({ connections: 1 });
    try {
      const pending = http.send({ origin, path: '/case', method: c.method ?? 'GET', headers: {} }, true);
      const timer = setTimeout(() => pending.abort('timeout'), HANG_MS);
      const outcome = await pending.outcome;
      clearTimeout(timer);
      if ('status' in c.expect) {
        expect(outcome.error, outcome.message).toBeUndefined();
        expect(outcome.status).toBe(c.expect.status);
        expect(outcome.body ?? '').toBe(c.expect.body);
      } else {
        expect(outcome.error, `${outcome.message} (${c.from})`).toBe(c.expect.error);
        expect(outcome.message).toMatch(c.expect.says);
      }
    } finally {
      await http.close();
    }
  });
});
