import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

// The bench's SSE target speaks HTTP/1.1 on plain sockets (node:http cost it too much per token to be a
// fair target at 10,000 streams), so it must be a correct one: chunked framing, requests split anywhere,
// keep-alive, and the first-write delays it reports as the truth.
const TTFT = 20;
const ITL = 5;
const TOKENS = 4;
/** Node's timers run on the loop's whole-millisecond clock, so one may fire up to 1 ms early by performance.now(). */
const TIMER_SLACK = 1;
const root = new URL('..', import.meta.url).pathname;
let target: ChildProcess;
let port = 0;
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sse-target-test-'));
  target = spawn(
    process.execPath,
    [join(root, 'bench/sse-target.mjs'), '--ttft', String(TTFT), '--itl', String(ITL), '--tokens', String(TOKENS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  port = await new Promise<number>((resolve, reject) => {
    target.stdout!.once('data', (line: Buffer) => resolve(Number(line.toString())));
    target.once('exit', (code) => reject(new Error(`the target exited with ${code}`)));
  });
});

afterAll(async () => {
  target.kill();
  await rm(dir, { recursive: true, force: true });
});

const request = (body = '{"stream":true}', extra = '') =>
  `POST /v1/chat/completions HTTP/1.1\r\nhost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n${extra}\r\n${body}`;

/** Everything the socket receives until it holds `count` copies of `until`, or closes. */
function receive(socket: Socket, until: string, count = 1): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const done = () => resolve(text);
    socket.on('data', (data: Buffer) => {
      text += data.toString('latin1');
      if (text.split(until).length - 1 >= count) done();
    });
    socket.once('close', done);
  });
}

const connected = () =>
  new Promise<Socket>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
  });

const statsOf = async () =>
  (await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as { streams: number; ttftP50: number | null; ttftP99: number | null };

describe('bench: the SSE target', () => {
  it('streams OpenAI-style chunks, the first TTFT after the request and the rest ITL apart', async () => {
    await statsOf();
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, { method: 'POST', body: '{"stream":true}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const arrivals: number[] = [];
    let text = '';
    const decoder = new TextDecoder();
    for await (const piece of response.body!) {
      arrivals.push(performance.now() - started);
      text += decoder.decode(piece as Uint8Array);
    }
    const events = text.split('\n\n').filter(Boolean);
    expect(events).toHaveLength(TOKENS + 2);
    for (const event of events.slice(0, TOKENS)) expect(JSON.parse(event.slice('data: '.length)).choices[0].delta.content).toBe('tok ');
    expect(JSON.parse(events[TOKENS]!.slice('data: '.length)).usage.completion_tokens).toBe(TOKENS);
    expect(events[TOKENS + 1]).toBe('data: [DONE]');
    expect(arrivals[0]).toBeGreaterThanOrEqual(TTFT - TIMER_SLACK);
    // Tokens are due from the arrival (a late first one does not delay the rest).
    expect(arrivals.at(-1)!).toBeGreaterThanOrEqual(TTFT + (TOKENS - 1) * ITL - TIMER_SLACK);
    const stats = await statsOf();
    expect(stats.streams).toBe(1);
    expect(stats.ttftP50).toBeGreaterThanOrEqual(TTFT - TIMER_SLACK);
    expect(stats.ttftP50).toBeLessThanOrEqual(arrivals[0]!);
  });

  it('reads a request split anywhere, then the next one on the same connection', async () => {
    await statsOf();
    const socket = await connected();
    const both = receive(socket, '0\r\n\r\n', 2);
    const wire = request();
    const firstPiece = performance.now();
    for (const [k, piece] of [wire.slice(0, 7), wire.slice(7, 40), wire.slice(40, -3), wire.slice(-3)].entries()) {
      if (k > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      socket.write(piece);
    }
    const spread = performance.now() - firstPiece;
    await receive(socket, '0\r\n\r\n');
    socket.write(request());
    const text = await both;
    socket.destroy();
    expect(text.startsWith('HTTP/1.1 200 OK\r\n')).toBe(true);
    expect(text.split('HTTP/1.1 200 OK').length - 1).toBe(2);
    expect(text.split('data: [DONE]').length - 1).toBe(2);
    // The truth is timed from the request's first bytes, as a client times it from when it starts sending.
    // Timed from the last piece it would read about TTFT: half the pieces' spread (~30 ms) tells the two apart
    // and leaves room for a busy machine.
    expect((await statsOf()).ttftP99).toBeGreaterThanOrEqual(TTFT + spread / 2);
  });

  it('closes the connection after a stream the client asked to close', async () => {
    const socket = await connected();
    const text = receive(socket, '\u0000never');
    socket.write(request('{}', 'connection: close\r\n'));
    expect(await text).toContain('data: [DONE]');
    expect(socket.readableEnded).toBe(true);
  });

  it('reports the first-write delays once, then starts afresh', async () => {
    await statsOf();
    await Promise.all([1, 2, 3].map(async () => (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' })).text()));
    const stats = await statsOf();
    expect(stats.streams).toBe(3);
    expect(stats.ttftP99).toBeGreaterThanOrEqual(stats.ttftP50!);
    expect(await statsOf()).toEqual({ streams: 0, ttftP50: null, ttftP99: null });
  });

  it('answers a head that never ends with 400', async () => {
    const socket = await connected();
    const text = receive(socket, '\u0000never');
    socket.write(`POST / HTTP/1.1\r\nx-filler: ${'a'.repeat(70 * 1024)}`);
    expect(await text).toMatch(/^HTTP\/1.1 400 Bad Request\r\n/);
  });

  it('is read by the engine: every stream timed, every token counted', { timeout: 20_000 }, async () => {
    await statsOf();
    const output = join(dir, 'results.json');
    const run = await runCli([
      'run',
      '--url',
      `http://127.0.0.1:${port}`,
      '--preset',
      'openai-chat',
      '--users',
      '3',
      '--duration',
      '1s',
      '--quiet',
      '--output',
      output,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(await readFile(output, 'utf8'));
    expect(results.totals.failures).toBe(0);
    expect(results.totals.requests).toBeGreaterThan(3);
    expect(results.metrics.ttft.count).toBe(results.totals.requests);
    expect(results.metrics.ttft.p50).toBeGreaterThanOrEqual(TTFT - TIMER_SLACK);
    expect(results.totals.outputTokens).toBe(results.totals.requests * TOKENS);
    expect((await statsOf()).streams).toBeGreaterThanOrEqual(results.totals.requests);
  });
});
