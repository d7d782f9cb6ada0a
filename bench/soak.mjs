// Soak benchmark: runs the bundled CLI at a steady arrival rate against a local keep-alive server and
// samples the tool's own RSS from /proc, to show its memory stays flat over a long run.
// Usage: node bench/soak.mjs [--duration 10m] [--rate 300]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10m' }, rate: { type: 'string', default: '300' } } });
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const dir = await mkdtemp(join(tmpdir(), 'llm-load-soak-'));
const profile = join(dir, 'soak.yml');
await writeFile(
  profile,
  `name: soak\ntarget: http://127.0.0.1:${port}\nload: {executor: constant-arrival-rate, rate: ${values.rate}, duration: ${values.duration}, pre_allocated_vus: 20, max_vus: 200}\nscenarios:\n  a: {flow: [{request: "GET /x"}]}\n`,
);
const child = spawn(
  process.execPath,
  [new URL('../dist/cli.js', import.meta.url).pathname, 'run', profile, '--output', join(dir, 'results.json'), '--quiet'],
  { stdio: 'inherit' },
);
const rssMb = async () => {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
};
const samples = [];
const started = Date.now();
const timer = setInterval(async () => {
  const rss = await rssMb();
  if (rss > 0) {
    samples.push({ s: Math.round((Date.now() - started) / 1000), rss });
    process.stdout.write(`t=${samples.at(-1).s}s rss=${rss.toFixed(1)} MB\n`);
  }
}, 10_000);
const code = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(timer);
server.close();
const results = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8'));
const steady = samples.filter((s) => s.s >= 30);
const first = steady[0] ?? samples[0];
const last = steady.at(-1) ?? samples.at(-1);
const peak = Math.max(...samples.map((s) => s.rss));
console.log(
  `\nsoak: exit ${code}, ${results.totals.requests} requests over ${results.meta.durationS}s at ${values.rate}/s target (${results.totals.rps} req/s)\n` +
    `tool RSS: start ${first.rss.toFixed(1)} MB (t=${first.s}s), end ${last.rss.toFixed(1)} MB (t=${last.s}s), peak ${peak.toFixed(1)} MB; ` +
    `timeline windows ${results.timeline.windows.length} of ${results.timeline.windowS}s`,
);
