// npm run bench:gate: how often the gate cries wolf, and how often it catches a real regression, on this
// machine, beside two peers' rules applied to the very same runs. It records a history of no-change runs
// against the built-in mock (or, with --target engine, the real engine of bench/engine/), then runs
// no-change and regressed runs in a seeded, interleaved order (mock TTFT +5/+10/+20 %, ITL +10 %, a 3 %
// TTFT tail × 3, tokens/s −10 %; the engine with fewer sequences or a deeper model), with a bounded noise
// source spinning in random bursts. Each run goes through the bundled CLI with the default regression rows, as a user's.
// Prints the confusion matrix and writes it with the machine's description to --out (bench/GATE.md).
// Usage: see USAGE (npm run bench:gate -- --help).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { running, stop, tracked } from './measure.mjs';
import { benchArgs } from './args.mjs';
import { actionBenchmarkAlerts, bencherAlerts, seededRandom, shuffle } from './rules.mjs';
import { serviceFor, TARGETS } from './services.mjs';

const BASE = { ttft: 100, itl: 10, tokens: 12 };
// tokens/s −10 %: a slower decode, ITL chosen so 12 tokens take 1 / 0.9 of the base reply's time.
const SLOW_DECODE_ITL = ((BASE.ttft + (BASE.tokens - 1) * BASE.itl) / 0.9 - BASE.ttft) / (BASE.tokens - 1);
const CHANGES = {
  'ttft+5': { label: 'TTFT +5 %', mock: { ttft: 105 } },
  'ttft+10': { label: 'TTFT +10 %', mock: { ttft: 110 } },
  'ttft+20': { label: 'TTFT +20 %', mock: { ttft: 120 } },
  'itl+10': { label: 'ITL +10 %', mock: { itl: 11 } },
  tail: { label: '3 % of TTFTs × 3', mock: { tail: '0.03:3' } },
  'tokens-10': { label: 'tokens/s −10 %', mock: { itl: Number(SLOW_DECODE_ITL.toFixed(3)) } },
};

const USAGE = `usage: npm run bench:gate -- [options]
  --history N     no-change runs recorded as the baseline history (default 10)
  --runs N        no-change runs judged against it (default 30)
  --per-change N  runs of each regression (default 8)
  --target T      mock (default) or engine: llama.cpp on a generated model (npm run engine)
  --changes LIST  which regressions, comma-separated (default all of the target's: mock
                  ${Object.keys(CHANGES).join(',')}; engine ${Object.keys(serviceFor('engine', {}).changes).join(',')})
  --duration S    seconds per run (default 12)
  --users N       closed-model users (default 8)
  --long S        seconds of the long runs, where tail rows gate (default 30; 0: none)
  --long-runs N   long no-change and long tail runs each (default 5)
  --noise on|off  the busy-loop noise source (default on)
  --tolerance P   the profile's regression.default, e.g. 3% (default: the gate's default)
  --jitter P      the profile's load.jitter, e.g. 0 for users in lockstep (default: the engine's default)
  --seed N        seed of the schedule and the noise (default 1)
  --out FILE      write the tables there (default: print only)
`;

const { values, usageError, whole } = benchArgs('bench:gate', USAGE, {
  history: { type: 'string', default: '10' },
  runs: { type: 'string', default: '30' },
  'per-change': { type: 'string', default: '8' },
  target: { type: 'string', default: 'mock' },
  changes: { type: 'string' },
  duration: { type: 'string', default: '12' },
  users: { type: 'string', default: '8' },
  long: { type: 'string', default: '30' },
  'long-runs': { type: 'string', default: '5' },
  noise: { type: 'string', default: 'on' },
  jitter: { type: 'string' },
  tolerance: { type: 'string' },
  seed: { type: 'string', default: '1' },
  out: { type: 'string' },
});
if (!TARGETS.includes(values.target)) usageError(`--target takes ${TARGETS.join(' or ')}, got "${values.target}"`);
const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'dist/cli.js');
const service = serviceFor(values.target, { cli: CLI, base: BASE, changes: CHANGES });
const opts = {
  history: whole('history', 1),
  runs: whole('runs', 1),
  perChange: whole('per-change', 0),
  duration: whole('duration', 1),
  users: whole('users', 1),
  long: whole('long', 0),
  longRuns: whole('long-runs', 0),
  seed: whole('seed', 0),
  target: values.target,
  changes: (values.changes ?? Object.keys(service.changes).join(',')).split(',').filter(Boolean),
  jitter: values.jitter,
  tolerance: values.tolerance,
};
if (opts.tolerance !== undefined && !/^\d+(\.\d+)?%$/.test(opts.tolerance))
  usageError(`--tolerance takes a percentage like 3%, got "${opts.tolerance}"`);
if (opts.jitter !== undefined && !/^\d+(\.\d+)?%?$/.test(opts.jitter))
  usageError(`--jitter takes a percentage like 5% (or 0), got "${opts.jitter}"`);
const unknown = opts.changes.filter((c) => !(c in service.changes));
if (unknown.length)
  usageError(
    `--changes: no change called ${unknown.map((c) => `"${c}"`).join(', ')} (the ${opts.target}'s changes: ${Object.keys(service.changes).join(', ')})`,
  );
if (!['on', 'off'].includes(values.noise)) usageError(`--noise takes on or off, got "${values.noise}"`);

const dir = await mkdtemp(join(tmpdir(), 'llm-load-bench-gate-'));

async function stopAll() {
  await Promise.all([...running].map(stop));
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    void stopAll().then(() => process.exit(130));
  });

/** The profile of a run: the preset's streaming chat request, closed-model users with zero think time. */
async function profileFor(url, seconds) {
  const file = join(dir, `profile-${seconds}-${new URL(url).port}.json`);
  const profile = {
    name: 'bench-gate',
    target: url,
    load: {
      executor: 'constant-vus',
      vus: opts.users,
      duration: `${seconds}s`,
      ...(opts.jitter !== undefined ? { jitter: /%$/.test(opts.jitter) ? opts.jitter : Number(opts.jitter) } : {}),
    },
    ...(opts.tolerance !== undefined ? { regression: { default: opts.tolerance } } : {}),
    scenarios: {
      chat: {
        flow: [
          {
            request: 'POST /v1/chat/completions',
            json: {
              model: service.model,
              messages: [{ role: 'user', content: 'Request {{vu}}-{{iteration}}' }],
              max_tokens: service.tokens,
              stream: true,
              stream_options: { include_usage: true },
            },
            llm: 'openai-sse',
          },
        ],
      },
    },
  };
  await writeFile(file, JSON.stringify(profile));
  return file;
}

/** One run through the bundled CLI, judged against the history file; returns its results. */
async function runOnce(url, seconds, name) {
  const output = join(dir, `${name}.json`);
  const args = [CLI, 'run', await profileFor(url, seconds), '--output', output, '--quiet', '--fail-on', 'never'];
  if (name !== 'history') args.push('--baseline', join(dir, 'baseline.json'));
  const child = tracked(spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] }));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`llm-load run exited ${code}: ${stderr}`);
  return JSON.parse(await readFile(output, 'utf8'));
}

const started = Date.now();
const say = (text) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${text}\n`);

const base = await service.start();
const changed = {};
for (const change of opts.changes) changed[change] = await service.start(change);
const noise =
  values.noise === 'on'
    ? tracked(spawn(process.execPath, [join(root, 'bench/noise.mjs'), String(opts.seed), '7200'], { stdio: 'ignore' }))
    : undefined;

// The history: the base branch's runs, recorded under the same noise.
const historyRuns = [];
for (let i = 0; i < opts.history; i++) {
  const results = await runOnce(base.url, opts.duration, 'history');
  await writeFile(join(dir, `history-${i}.json`), JSON.stringify(results));
  execFileSync(process.execPath, [
    CLI,
    'baseline',
    'update',
    join(dir, `history-${i}.json`),
    '--baseline',
    join(dir, 'baseline.json'),
    '--history',
    String(opts.history),
  ]);
  historyRuns.push(results);
  say(`history ${i + 1}/${opts.history}: ttft.p50 ${results.metrics.ttft.p50} ms, ${results.totals.requests} requests`);
}
const baseline = JSON.parse(await readFile(join(dir, 'baseline.json'), 'utf8'));

// The judged runs, interleaved in a seeded order so drift of the machine falls on every kind alike.
const schedule = shuffle(
  [
    ...Array.from({ length: opts.runs }, () => ({ kind: 'none', seconds: opts.duration })),
    ...opts.changes.flatMap((kind) => Array.from({ length: opts.perChange }, () => ({ kind, seconds: opts.duration }))),
    ...(opts.long > 0 ? Array.from({ length: opts.longRuns }, () => ({ kind: 'none', seconds: opts.long })) : []),
    ...(opts.long > 0 && opts.changes.includes('tail')
      ? Array.from({ length: opts.longRuns }, () => ({ kind: 'tail', seconds: opts.long }))
      : []),
  ],
  seededRandom(opts.seed),
);

const judged = [];
for (const [i, item] of schedule.entries()) {
  const url = item.kind === 'none' ? base.url : changed[item.kind].url;
  const results = await runOnce(url, item.seconds, `run-${i}`);
  const rows = results.gate.rows.filter((r) => r.baseline !== null);
  const peers = { action: [], bencher: [] };
  for (const row of rows) {
    const history = baseline.history.map((e) => e.metrics[row.metric]).filter((v) => typeof v === 'number');
    if (actionBenchmarkAlerts(row.metric, row.current, history[history.length - 1])) peers.action.push(row.metric);
    if (bencherAlerts(row.metric, row.current, history)) peers.bencher.push(row.metric);
  }
  judged.push({ ...item, rows, peers, verdict: results.gate.verdict });
  const fails = rows.filter((r) => r.result === 'FAIL').map((r) => r.metric);
  const warns = rows.filter((r) => r.result === 'WARN').map((r) => r.metric);
  say(
    `${i + 1}/${schedule.length} ${item.kind} ${item.seconds} s: ${results.gate.verdict}${fails.length ? ` FAIL ${fails.join(',')}` : ''}${warns.length ? ` WARN ${warns.join(',')}` : ''}`,
  );
}
if (noise) await stop(noise);
await stopAll();

// The tables.
const pct = (n, d) => (d ? `${n}/${d} (${Math.round((100 * n) / d)} %)` : '–');
const failed = (r) => r.rows.some((row) => row.result === 'FAIL');
const heldBack = (row) => row.result === 'WARN' && /not gated|^one window/.test(row.note ?? '');
const warned = (r) => !failed(r) && r.rows.some((row) => row.result === 'WARN');
const lines = [];
const push = (...l) => lines.push(...l);
const kinds = (seconds) =>
  [['none', 'no change'], ...opts.changes.map((c) => [c, service.changes[c].label])].filter(([kind]) =>
    judged.some((r) => r.kind === kind && r.seconds === seconds),
  );

for (const seconds of [...new Set(judged.map((r) => r.seconds))].sort((a, b) => a - b)) {
  push(
    '',
    `#### ${seconds} s runs`,
    '',
    '| runs | n | ours: FAIL | ours: WARN (no FAIL) | ours: a row held back | github-action-benchmark (200 %) | Bencher t-test (0.99) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [kind, label] of kinds(seconds)) {
    const rs = judged.filter((r) => r.kind === kind && r.seconds === seconds);
    const share = (pred) => pct(rs.filter(pred).length, rs.length);
    push(
      `| ${label} | ${rs.length} | ${share(failed)} | ${share(warned)} | ${share((r) => r.rows.some(heldBack))} | ${share((r) => r.peers.action.length)} | ${share((r) => r.peers.bencher.length)} |`,
    );
  }
  const none = judged.filter((r) => r.kind === 'none' && r.seconds === seconds);
  if (none.length) {
    const metrics = [...new Set(none.flatMap((r) => r.rows.map((row) => row.metric)))];
    push(
      '',
      `No-change ${seconds} s runs, per row (false alarms; "held back" = FAILs the tail rule or the one-window rule turned into WARN):`,
      '',
      '| row | ours: FAIL | ours: WARN | of which held back | github-action-benchmark | Bencher |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const metric of metrics) {
      const count = (pred) => none.filter((r) => r.rows.some((x) => x.metric === metric && pred(x))).length;
      const peer = (name) => none.filter((r) => r.peers[name].includes(metric)).length;
      push(
        `| \`${metric}\` | ${count((x) => x.result === 'FAIL')} | ${count((x) => x.result === 'WARN')} | ${count(heldBack)} | ${peer('action')} | ${peer('bencher')} |`,
      );
    }
  }
  const caught = judged.filter((r) => r.kind !== 'none' && r.seconds === seconds);
  if (caught.length) {
    push('', `Which of our rows failed the regressed ${seconds} s runs:`, '', '| change | rows that failed (times) |', '| --- | --- |');
    for (const [kind, label] of kinds(seconds).filter(([k]) => k !== 'none')) {
      const tally = {};
      for (const r of caught.filter((x) => x.kind === kind))
        for (const row of r.rows) if (row.result === 'FAIL') tally[row.metric] = (tally[row.metric] ?? 0) + 1;
      push(
        `| ${label} | ${
          Object.entries(tally)
            .map(([m, n]) => `\`${m}\` ${n}`)
            .join(', ') || '–'
        } |`,
      );
    }
  }
}
const spreadOf = (metric) => {
  const vs = historyRuns.map((r) => (metric === 'rps' ? r.totals.rps : r.metrics[metric.split('.')[0]][metric.split('.')[1]]));
  const m = vs.reduce((a, b) => a + b, 0) / vs.length;
  return `${((100 * Math.sqrt(vs.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(1, vs.length - 1))) / m).toFixed(2)} %`;
};
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const header = [
  `Machine: ${machine}. Noise: ${values.noise === 'on' ? 'one busy loop, quiet 0.5–3 s then busy 0.2–1.5 s, seeded' : 'off'}.`,
  `${service.description}; ${opts.users} users, zero think time, jitter ${opts.jitter ?? 'default'}; history of ${opts.history} runs of ${opts.duration} s (CV across them: ttft.p50 ${spreadOf('ttft.p50')}, ttft.p95 ${spreadOf('ttft.p95')}, itl.p50 ${spreadOf('itl.p50')}, rps ${spreadOf('rps')}).`,
  `Our gate with its defaults (rows, ${opts.tolerance ?? '5 %'} tolerance, 95 % intervals); the peers on the same runs and the same rows against the same history. Wall time ${((Date.now() - started) / 60000).toFixed(1)} min.`,
];
const report = [...header, ...lines].join('\n');
process.stdout.write(`\n${report}\n`);
if (values.out) {
  await writeFile(values.out.replace(/\.md$/, '') + '.json', `${JSON.stringify({ options: opts, baseline, judged }, null, 1)}\n`);
  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  await writeFile(
    values.out,
    `# bench:gate\n\nMade by \`npm run bench:gate\` (${process.argv.slice(2).join(' ') || 'defaults'}) on ${stamp} UTC.\n\n${report}\n`,
  );
}
await rm(dir, { recursive: true, force: true });
