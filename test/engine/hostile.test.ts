import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { SseParser } from '../../src/protocols/sse.js';
import { startServer, type TestServer } from '../helpers/server.js';

const MiB = 1024 * 1024;

describe('SseParser limits', () => {
  it('stops at a line that grows past the limit, split over many chunks, and says so', () => {
    const events: string[] = [];
    const parser = new SseParser((e) => events.push(e.data), { maxLine: 1000, maxEvent: 10_000 });
    parser.push('data: ok\n\n');
    for (let i = 0; i < 50; i++) parser.push('x'.repeat(100));
    expect(events).toEqual(['ok']);
    expect(parser.overflow).toMatch(/an SSE line grew past 1000 characters without ending \(the limit, stream\.max_line\)/);
    parser.push('\n\ndata: after\n\n'); // nothing more is read once stopped
    expect(events).toEqual(['ok']);
    parser.end();
    expect(parser.overflow).toBeUndefined();
    parser.push('data: next stream\n\n');
    expect(events).toEqual(['ok', 'next stream']);
  });

  it('stops at an event whose data lines add up past the limit', () => {
    const parser = new SseParser(() => undefined, { maxLine: 1000, maxEvent: 5000 });
    for (let i = 0; i < 100 && parser.overflow === undefined; i++) parser.push(`data: ${'y'.repeat(90)}\n`);
    expect(parser.overflow).toMatch(/an SSE event's data grew past 5000 characters \(the limit, stream\.max_event\)/);
  });
});

/**
 * A hostile SSE server on loopback: 200 text/event-stream, then one line that never ends, written as
 * fast as the socket takes it, up to `maxBytes`; it notes how much it wrote before the client left.
 */
describe('a stream whose line never ends', () => {
  let server: TestServer;
  const written: number[] = [];
  beforeAll(async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"choices":[{"delta":{"content":"hi"}}]}\n\ndata: ');
      const piece = Buffer.alloc(64 * 1024, 'x');
      const maxBytes = 64 * MiB;
      let sent = 0;
      const pump = () => {
        while (sent < maxBytes && !res.destroyed) {
          sent += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        written.push(sent);
        res.end();
      };
      res.once('close', () => written.push(sent));
      pump();
    });
  });
  afterAll(() => server.close());

  it('fails as a stream_error naming the limit and drops the connection early', async () => {
    const results = await runProfile(
      validateProfile(
        {
          target: server.url,
          load: { executor: 'constant-vus', vus: 2, duration: '1s' },
          stream: { max_line: 256 * 1024 },
          scenarios: { a: { flow: [{ request: 'POST /v1/chat/completions', json: { stream: true }, llm: 'openai-sse' }] } },
        },
        'test',
      ),
      { seed: 1 },
    );
    expect(results.totals.requests).toBeGreaterThan(0);
    expect(results.totals.failures).toBe(results.totals.requests);
    expect(results.errors.stream_error!.count).toBe(results.totals.requests);
    expect(results.errors.stream_error!.examples[0]).toMatch(
      /^POST \/v1\/chat\/completions: an SSE line grew past 262144 characters without ending/,
    );
    // The client left long before the server's 64 MiB: it read little more than the limit.
    expect(Math.max(...written)).toBeLessThan(16 * MiB);
  });
});

describe('headers a profile cannot send', () => {
  it('are a profile error naming the step and the header, before any request', async () => {
    const profile = validateProfile(
      {
        target: 'http://127.0.0.1:9',
        load: { executor: 'constant-vus', vus: 1, duration: '1s' },
        scenarios: { a: { flow: [{ request: 'GET /x', headers: { 'x-v': 'a\u000bb' } }] } },
      },
      'test',
    );
    await expect(runProfile(profile, { seed: 1 })).rejects.toThrow(
      /step "GET \/x": header x-v has a control character \(U\+000B\) in its value/,
    );
  });
});
