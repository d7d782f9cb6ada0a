import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { HttpClient } from '../../src/http/fast.js';
import type { Transport } from '../../src/http/transport.js';
import { UndiciTransport } from '../../src/http/undici.js';

const JSON_BODY = JSON.stringify({ id: 5, text: 'x'.repeat(2000) });
const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ delta: { content } }] })}\n\n`;

describe('Content-Encoding: gzip, deflate and br are undone for captures, checks and streams', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      const send = (encoding: string, bytes: Buffer, status = 200) =>
        res
          .writeHead(status, { 'content-type': 'application/json', 'content-encoding': encoding })
          .end(req.method === 'HEAD' ? undefined : bytes);
      if (req.url === '/gzip') return send('gzip', gzipSync(JSON_BODY));
      if (req.url === '/deflate') return send('deflate', deflateSync(JSON_BODY));
      if (req.url === '/br') return send('br', brotliCompressSync(JSON_BODY));
      if (req.url === '/error') return send('gzip', gzipSync('{"error":{"message":"quota exceeded"}}'), 429);
      if (req.url === '/broken') return send('gzip', Buffer.from('this is not gzip at all'));
      if (req.url === '/sse') {
        // A compressed stream, flushed after every event as a server that streams through gzip must.
        res.writeHead(200, { 'content-type': 'text/event-stream', 'content-encoding': 'gzip' });
        const gzip = createGzip();
        gzip.pipe(res);
        let n = 0;
        const timer = setInterval(() => {
          if (n++ < 5) return void gzip.write(chunk(`t${n} `), () => gzip.flush());
          clearInterval(timer);
          gzip.end('data: [DONE]\n\n');
        }, 5);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const transports: [string, () => Transport][] = [
    ['fast', () => new HttpClient({ connections: 2 })],
    ['undici', () => new UndiciTransport({ connections: 2, http2: false })],
  ];

  it.each(transports)('%s: decodes bodies, counts wire and decoded bytes, and names a body that does not decode', async (_name, make) => {
    const http = make();
    try {
      for (const path of ['/gzip', '/deflate', '/br']) {
        const outcome = await http.send({ origin, path, method: 'GET', headers: {} }, true).outcome;
        expect(outcome.error, outcome.message).toBeUndefined();
        expect(outcome.body).toBe(JSON_BODY);
        expect(outcome.decodedBytes).toBe(JSON_BODY.length);
        expect(outcome.bytes).toBeLessThan(200); // 2 KB of x's compress to a few dozen bytes
      }
      const error = await http.send({ origin, path: '/error', method: 'GET', headers: {} }, false).outcome;
      expect(error).toMatchObject({ error: 'http_429' });
      expect(error.message).toContain('quota exceeded');
      const broken = await http.send({ origin, path: '/broken', method: 'GET', headers: {} }, true).outcome;
      expect(broken.error).toBe('protocol_error');
      expect(broken.message).toMatch(/GET \/broken: the gzip body does not decode/);
      const head = await http.send({ origin, path: '/gzip', method: 'HEAD', headers: {} }, false).outcome;
      expect(head.error, head.message).toBeUndefined();
    } finally {
      await http.close();
    }
  });

  it.each(['fast', 'undici'])(
    '%s: a gzip-compressed SSE stream gives its tokens and TTFT, and the bytes both ways',
    async (transport) => {
      const profile = validateProfile(
        {
          target: origin,
          http: { transport },
          load: { vus: 2, duration: '1s' },
          scenarios: {
            s: {
              flow: [
                { request: 'GET /gzip', capture: { id: '$.id' } },
                { request: 'POST /sse', json: { stream: true, id: '{{id}}' }, llm: 'openai-sse' },
              ],
            },
          },
        },
        'test',
      );
      const results = await runProfile(profile, { seed: 1 });
      expect(results.meta.transport!.kind).toBe(transport);
      expect(results.totals.failures, JSON.stringify(results.errors)).toBe(0);
      expect(results.metrics.ttft!.count).toBeGreaterThan(5);
      expect(results.metrics.output_tokens!.p50).toBe(5);
      expect(results.totals.bytesDecoded!).toBeGreaterThan(results.totals.bytesReceived! * 2);
    },
    20_000,
  );
});
