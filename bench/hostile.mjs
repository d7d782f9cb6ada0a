// npm run bench:hostile: the client's peak memory against servers that try to fill it, each on loopback
// and bounded: one SSE line that never ends, one event whose data lines never stop, and a huge error body.
// Prints each case's peak RSS beside a plain stream's, and what the run recorded.
// Usage: see USAGE (npm run bench:hostile -- --help).
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchArgs } from './args.mjs';
import { measure } from './measure.mjs';

const USAGE = `usage: npm run bench:hostile -- [--seconds 5] [--users 4]
  --seconds  how long each case runs
  --users    closed-model users against each server
  --cli      the CLI to measure (default dist/cli.js)
`;
const { values, usageError } = benchArgs('bench:hostile', USAGE, {
  seconds: { type: 'string', default: '5' },
  users: { type: 'string', default: '4' },
  cli: { type: 'string' },
});
const seconds = Number(values.seconds);
const users = Number(values.users);
if (!(seconds > 0)) usageError(`--seconds takes a number above 0, got "${values.seconds}"`);
if (!(Number.isInteger(users) && users > 0)) usageError(`--users takes a whole number above 0, got "${values.users}"`);
// --cli: another build of the CLI, for an A/B of the same cases.
const CLI = values.cli ?? new URL('../dist/cli.js', import.meta.url).pathname;
/** What each server writes per response at most, so the bench ends whatever the client does. */
const MAX_BYTES = 512 * 1024 * 1024;
const piece = Buffer.alloc(64 * 1024, 'x');

const CASES = {
  'plain stream (reference)': (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end('data: {"choices":[{"delta":{"content":"hi"}}]}\n\ndata: [DONE]\n\n');
  },
  'one line that never ends': (res) => flood(res, 'data: ', piece),
  'one event that never closes': (res) => flood(res, '', Buffer.from(`data: ${'y'.repeat(1000)}\n`.repeat(60))),
  'a huge error body': (res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    flood(res, '', piece, false);
  },
  'an early 413 to a 50 MB POST': (res) => {
    res.writeHead(413, { connection: 'close' });
    res.end('too large');
  },
};
/** The cases whose requests carry a body, and how big. */
const BODY_BYTES = { 'an early 413 to a 50 MB POST': 50 * 1024 * 1024 };

function flood(res, start, chunk, head = true) {
  if (head) res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(start);
  let sent = 0;
  const pump = () => {
    while (sent < MAX_BYTES && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

const dir = await mkdtemp(join(tmpdir(), 'llm-load-bench-hostile-'));
const rows = [];
for (const [name, handler] of Object.entries(CASES)) {
  // The 413 answers as soon as the head is in, before the body: the client is still writing it.
  const server = createServer((req, res) => {
    if (!BODY_BYTES[name]) req.resume();
    handler(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const profile = join(dir, 'p.json');
  const prompts = join(dir, 'prompts.txt');
  // A body that big is data, not settings (a profile holds at most 1 MiB): one prompt, templated in.
  if (BODY_BYTES[name]) await writeFile(prompts, `${'b'.repeat(BODY_BYTES[name])}\n`);
  await writeFile(
    profile,
    JSON.stringify({
      target: `http://127.0.0.1:${port}`,
      load: { executor: 'constant-vus', vus: users, duration: `${seconds}s`, timeout: `${seconds}s` },
      scenarios: {
        a: {
          flow: [
            BODY_BYTES[name]
              ? { request: 'POST /upload', body: '{{prompt}}' }
              : { request: 'POST /v1/chat/completions', json: { stream: true }, llm: 'openai-sse' },
          ],
        },
      },
      ...(BODY_BYTES[name] ? { data: { prompts } } : {}),
    }),
  );
  const output = join(dir, 'r.json');
  await rm(output, { force: true });
  const run = await measure([process.execPath, CLI, 'run', profile, '--output', output, '--quiet', '--workers', '1']);
  if (run.code !== 0) throw new Error(`${name}: llm-load run exited ${run.code}: ${run.stderr.slice(-500)}`);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  const results = JSON.parse(await readFile(output, 'utf8'));
  const [kind, stats] = Object.entries(results.errors)[0] ?? ['none', { examples: [] }];
  rows.push([name, `${run.peakMb.toFixed(0)} MB`, String(results.totals.requests), kind, (stats.examples[0] ?? '').slice(0, 90)]);
  process.stdout.write(`${name}: peak RSS ${run.peakMb.toFixed(0)} MB, ${results.totals.requests} requests, ${kind}\n`);
}
await rm(dir, { recursive: true, force: true });
process.stdout.write(`\n| case | peak RSS | requests | error | first example |\n| --- | ---: | ---: | --- | --- |\n`);
for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
