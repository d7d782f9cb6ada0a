// Does a second worker thread add throughput? Runs the bundled CLI with --workers 1 and --workers 2,
// alternating rounds, and prints req/s. The target is nginx (one worker process) when it is installed —
// a server cheap enough that the client is the bottleneck — else a minimal Node server in its own process.
// Usage: node bench/workers.mjs [--rounds 3] [--duration 5s] [--users 100]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { INSTALL_NGINX, NGINX, startNginx } from './nginx.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5s' },
    users: { type: 'string', default: '100' },
  },
});
const SERVER = `
const http = require('node:http');
const s = http.createServer((req, res) => { res.writeHead(200, {'content-type': 'application/json', 'content-length': 11}); res.end('{"ok":true}'); });
s.keepAliveTimeout = 60000;
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
const dir = await mkdtemp(join(tmpdir(), 'llm-load-workers-'));
let server;
let port;
if (NGINX) {
  const target = await startNginx(dir);
  server = target.child;
  port = new URL(target.url).port;
  console.log(`target: nginx (1 worker process) on port ${port}`);
} else {
  server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  console.log(`target: a minimal Node server (install nginx for a target cheaper than the client: ${INSTALL_NGINX})`);
}
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

async function run(workers, round) {
  const output = join(dir, `w${workers}-${round}.json`);
  await new Promise((resolve) =>
    spawn(
      process.execPath,
      [
        cli,
        'run',
        '--url',
        `http://127.0.0.1:${port}/`,
        '--users',
        values.users,
        '--duration',
        values.duration,
        '--workers',
        String(workers),
        '--output',
        output,
        '--quiet',
      ],
      {
        stdio: 'inherit',
      },
    ).on('exit', resolve),
  );
  return JSON.parse(await readFile(output, 'utf8')).totals.rps;
}

const figures = { 1: [], 2: [] };
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const workers of round % 2 ? [1, 2] : [2, 1]) figures[workers].push(await run(workers, round));
  console.log(`round ${round}: --workers 1 ${figures[1].at(-1).toFixed(0)} req/s, --workers 2 ${figures[2].at(-1).toFixed(0)} req/s`);
}
server.kill();
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(
  `median: --workers 1 ${median(figures[1]).toFixed(0)} req/s, --workers 2 ${median(figures[2]).toFixed(0)} req/s, ratio ${(median(figures[2]) / median(figures[1])).toFixed(2)}`,
);
