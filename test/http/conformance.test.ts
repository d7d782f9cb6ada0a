import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/fast.js';
import type { Transport } from '../../src/http/transport.js';
import { UndiciTransport } from '../../src/http/undici.js';
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

  const TRANSPORTS: Record<string, () => Transport> = {
    fast: () => new HttpClient({ connections: 1 }),
    undici: () => new UndiciTransport({ connections: 1, http2: false }),
  };
  const runs = Object.keys(TRANSPORTS).flatMap((transport) => RESPONSE_CASES.map((c) => [transport, c.name, c] as const));

  it.each(runs)('%s: %s', async (transport, _name, c) => {
    current = c;
    const http = TRANSPORTS[transport]!();
    try {
      const pending = http.send({ origin, path: '/case', method: c.method ?? 'GET', headers: {} }, true);
      const timer = setTimeout(() => pending.abort('timeout'), HANG_MS);
      const outcome = await pending.outcome;
      clearTimeout(timer);
      const expected = (transport === 'undici' && c.undici) || c.expect;
      if ('status' in expected) {
        expect(outcome.error, outcome.message).toBeUndefined();
        expect(outcome.status).toBe(expected.status);
        expect(outcome.body ?? '').toBe(expected.body);
      } else {
        expect(outcome.error, `${outcome.message} (${c.from})`).toBe(expected.error);
        expect(outcome.message).toMatch(/^GET \/case[: ]/);
        // Our words are checked on ours; undici's own (llhttp's reasons) where a case names them.
        if (transport === 'fast' || c.undici) expect(outcome.message).toMatch(expected.says);
      }
    } finally {
      await http.close();
    }
  });
});
