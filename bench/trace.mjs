// npm run bench:trace: how close to its timestamp a trace replay starts each request. A Mooncake-style
// trace of N requests (the committed sample, or one generated at a given rate) is replayed through the
// bundled CLI against the mock in its own process, R times; each run's send lag (scheduled → sent, per
// request) is printed as p50 / p99 / max, with the requests it sent of the trace's.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchArgs } from './args.mjs';
import { measure, stop } from './measure.mjs';
import { startMockProcess } from './service-process.mjs';

const USAGE = `usage: npm run bench:trace -- [--rate 200] [--seconds 10] [--rounds 3]
  --rate      requests a second of the generated trace (0: the committed examples/traces/sample.jsonl)
  --seconds   how long the generated trace lasts
  --rounds    replays
`;
const { whole } = benchArgs('bench:trace', USAGE, {
  rate: { type: 'string', default: '200' },
  seconds: { type: 'string', default: '10' },
  rounds: { type: 'string', default: '3' },
});
const rate = whole('rate', 0);
const seconds = whole('seconds', 1);
const rounds = whole('rounds', 1);
const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'dist/cli.js');
const dir = await mkdtemp(join(tmpdir(), 'llm-load-trace-'));

// A Poisson trace at `rate` (seeded), or the sample.
let trace = join(root, 'examples/traces/sample.jsonl');
if (rate > 0) {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const rows = [];
  for (let t = 0; t < seconds * 1000; t += (-Math.log(1 - random()) * 1000) / rate)
    rows.push({
      timestamp: Math.round(t),
      input_length: 256 + Math.floor(random() * 768),
      output_length: 16,
      hash_ids: [Math.floor(random() * 8)],
    });
  trace = join(dir, 'trace.jsonl');
  await writeFile(trace, rows.map((r) => JSON.stringify(r)).join('\n'));
}
const requests = (await readFile(trace, 'utf8')).trim().split('\n').length;
const profile = join(dir, 'trace.yml');
const mock = await startMockProcess(CLI, { ttft: 50, itl: 5, tokens: 64 });
await writeFile(
  profile,
  `target: ${mock.url}\nload: {executor: trace-replay, file: ${trace}}\nscenarios:\n  r: {flow: [{request: POST /v1/chat/completions, json: {messages: '{{messages}}', max_tokens: '{{max_tokens}}', stream: true}, llm: openai-sse}]}\n`,
);
console.log(
  `llm-load bench:trace · ${new Date().toISOString()} · ${execFileSync('nproc').toString().trim()} cores, Node ${process.version}`,
);
console.log(
  `trace: ${requests} requests${rate ? ` (Poisson, ${rate}/s for ${seconds} s)` : ' (examples/traces/sample.jsonl)'}; mock TTFT 50 ms, 5 ms a token`,
);
for (let round = 1; round <= rounds; round++) {
  const output = join(dir, `r${round}.json`);
  const m = await measure([process.execPath, CLI, 'run', profile, '--workers', '1', '--quiet', '--output', output]);
  const r = JSON.parse(await readFile(output, 'utf8'));
  const lag = r.metrics.send_lag;
  console.log(
    `round ${round}: sent ${r.totals.requests} of ${requests}, ${r.totals.failures} failed; start offset from the timestamp p50 ${lag.p50} ms, p99 ${lag.p99} ms, max ${lag.max} ms; client CPU ${m.cpuS.toFixed(2)} s`,
  );
}
await stop(mock.child);
