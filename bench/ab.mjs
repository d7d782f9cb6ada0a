// npm run bench:ab: how often the same-runner A/B (llm-load ab) cries wolf and how often it catches a real
// change, on this machine, with a bounded busy-loop noise source; and beside it, on the very same runs,
// the history gate (each decision's head side judged against a history of the earlier decisions' base
// sides). A/A decisions compare two mocks of the same settings; each change's head mock is slower. With
// --target engine the sides are real engines (bench/engine/): the head has fewer sequences or a deeper model. The
// decisions run in a seeded, interleaved order through the bundled CLI, with --max-time, as a user's.
// Prints the table and writes it with the machine's description to --out (bench/AB.md).
// Usage: see USAGE (npm run bench:ab -- --help).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchArgs } from './args.mjs';
import { running, stop, tracked } from './measure.mjs';
import { serviceFor, TARGETS } from './services.mjs';
import { seededRandom, shuffle } from './rules.mjs';

const BASE = { ttft: 100, itl: 10, tokens: 12 };
// tokens/s −10 %: every part of the reply 1 / 0.9 as long.
const CHANGES = {
  aa: { label: 'A/A (no change)', mock: {} },
  'ttft+5': { label: 'TTFT +5 %', mock: { ttft: 105 } },
  'ttft+10': { label: 'TTFT +10 %', mock: { ttft: 110 } },
  'itl+10': { label: 'ITL +10 %', mock: { itl: 11 } },
  'tokens-10': { label: 'tokens/s −10 %', mock: { ttft: Number((BASE.ttft / 0.9).toFixed(2)), itl: Number((BASE.itl / 0.9).toFixed(3)) } },
};
const MOCK_CHANGES = Object.fromEntries(Object.entries(CHANGES).filter(([c]) => c !== 'aa'));

const USAGE = `usage: npm run bench:ab -- [options]
  --aa N          A/A decisions (default 30)
  --per-change N  decisions of each change (default 8)
  --target T      mock (default) or engine: llama.cpp on a generated model (npm run engine)
  --changes LIST  which changes, comma-separated (default all of the target's: mock
                  ${Object.keys(MOCK_CHANGES).join(',')}; engine ${Object.keys(serviceFor('engine', {}).changes).join(',')})
  --round-time S  seconds per round (default 3)
  --max-time S    seconds of load a decision may take, --max-time of llm-load ab (default 60)
  --users N       closed-model users (default 4 on the mock; 8 on the engine, twice its sequences, so
                  its queue is never empty: at 4 its TTFT is a few ms of scheduling, and a tenth of that
                  decides a row)
  --noise on|off  the busy-loop noise source (default on)
  --seed N        seed of the schedule and the noise (default 1)
  --out FILE      write the table there (default: print only)
`;

const { values, usageError, whole } = benchArgs('bench:ab', USAGE, {
  aa: { type: 'string', default: '30' },
  'per-change': { type: 'string', default: '8' },
  target: { type: 'string', default: 'mock' },
  changes: { type: 'string' },
  'round-time': { type: 'string', default: '3' },
  'max-time': { type: 'string', default: '60' },
  users: { type: 'string' },
  noise: { type: 'string', default: 'on' },
  seed: { type: 'string', default: '1' },
  out: { type: 'string' },
});
if (!TARGETS.includes(values.target)) usageError(`--target takes ${TARGETS.join(' or ')}, got "${values.target}"`);
const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'dist/cli.js');
const service = serviceFor(values.target, { cli: CLI, base: BASE, changes: MOCK_CHANGES });
const CHANGED = Object.keys(service.changes);
const labelOf = (change) => (change === 'aa' ? CHANGES.aa.label : service.changes[change].label);
const opts = {
  aa: whole('aa', 0),
  perChange: whole('per-change', 0),
  roundTime: whole('round-time', 1),
  maxTime: whole('max-time', 1),
  users: values.users === undefined ? (values.target === 'engine' ? 8 : 4) : whole('users', 1),
  seed: whole('seed', 0),
  target: values.target,
  changes: (values.changes ?? CHANGED.join(',')).split(',').filter(Boolean),
};
const unknown = opts.changes.filter((c) => !CHANGED.includes(c));
if (unknown.length)
  usageError(
    `--changes: no change called ${unknown.map((c) => `"${c}"`).join(', ')} (the ${opts.target}'s changes: ${CHANGED.join(', ')})`,
  );
if (!['on', 'off'].includes(values.noise)) usageError(`--noise takes on or off, got "${values.noise}"`);

const dir = await mkdtemp(join(tmpdir(), 'llm-load-bench-ab-'));
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    void Promise.all([...running].map(stop)).then(() => process.exit(130));
  });

const profile = join(dir, 'profile.json');
await writeFile(
  profile,
  JSON.stringify({
    name: 'bench-ab',
    target: 'http://unused.invalid',
    load: { executor: 'constant-vus', vus: opts.users, duration: '10s' },
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
            },
            llm: 'openai-sse',
          },
        ],
      },
    },
  }),
);

const started = Date.now();
const say = (text) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${text}\n`);
const base = await service.start();
const heads = {};
for (const change of ['aa', ...opts.changes]) heads[change] = await service.start(change === 'aa' ? undefined : change);
const noise =
  values.noise === 'on'
    ? tracked(spawn(process.execPath, [join(root, 'bench/noise.mjs'), String(opts.seed), '14400'], { stdio: 'ignore' }))
    : undefined;

/** One decision through the bundled CLI: its comparison, how long it took, and both sides' results. */
async function decide(change, i) {
  const output = join(dir, `ab-${i}.json`);
  const args = [CLI, 'ab', profile, '--base-url', base.url, '--head-url', heads[change].url, '--max-time', `${opts.maxTime}s`];
  args.push('--round-time', `${opts.roundTime}s`, '--output', output, '--quiet', '--fail-on', 'never', '--seed', String(1000 * i + 1));
  const t0 = Date.now();
  const child = tracked(spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] }));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`llm-load ab exited ${code}: ${stderr}`);
  return { ab: JSON.parse(await readFile(output, 'utf8')), seconds: (Date.now() - t0) / 1000 };
}

/** The history gate on the same run: the head side against the base sides of the decisions before it. */
const HISTORY = 10;
async function historyVerdict(ab, i) {
  const head = join(dir, `head-${i}.json`);
  const baseFile = join(dir, `base-${i}.json`);
  await writeFile(head, JSON.stringify(ab.head));
  await writeFile(baseFile, JSON.stringify(ab.base));
  let verdict;
  if (i >= 5) {
    const run = (args) => {
      try {
        execFileSync(process.execPath, [CLI, ...args], { stdio: 'ignore' });
        return 0;
      } catch (error) {
        return error.status;
      }
    };
    verdict = run(['compare', head, '--baseline', join(dir, 'history.json')]) === 1 ? 'FAIL' : 'not FAIL';
  }
  execFileSync(process.execPath, [
    CLI,
    'baseline',
    'update',
    baseFile,
    '--baseline',
    join(dir, 'history.json'),
    '--history',
    String(HISTORY),
  ]);
  return verdict;
}

const schedule = shuffle(
  [...Array.from({ length: opts.aa }, () => 'aa'), ...opts.changes.flatMap((c) => Array.from({ length: opts.perChange }, () => c))],
  seededRandom(opts.seed),
);
const decisions = [];
try {
  for (const [i, change] of schedule.entries()) {
    const { ab, seconds } = await decide(change, i);
    const history = await historyVerdict(ab, i);
    const ttft = ab.comparison.rows.find((r) => r.metric === 'ttft.p50');
    decisions.push({
      change,
      verdict: ab.comparison.verdict,
      rounds: ab.comparison.rounds,
      seconds,
      history,
      rows: ab.comparison.rows.map((r) => [r.metric, r.result]),
    });
    say(
      `${i + 1}/${schedule.length} ${labelOf(change)}: ${ab.comparison.verdict} after ${ab.comparison.rounds} pairs, ${seconds.toFixed(0)} s (ttft.p50 ${ttft ? `${(ttft.delta * 100).toFixed(1)} %` : '–'}); history gate: ${history ?? 'not yet'}`,
    );
  }
} finally {
  if (noise) await stop(noise);
  await Promise.all([...running].map(stop));
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const lines = [
  '| runs | decisions | A/B FAIL | A/B WARN | A/B PASS | time to decision, s: median (p10–p90) | pairs: median | history gate FAIL (of judged) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const change of ['aa', ...opts.changes]) {
  const mine = decisions.filter((d) => d.change === change);
  if (!mine.length) continue;
  const count = (v) => mine.filter((d) => d.verdict === v).length;
  const secs = mine.map((d) => d.seconds);
  const judged = mine.filter((d) => d.history);
  lines.push(
    `| ${labelOf(change)} | ${mine.length} | ${count('FAIL')} | ${count('WARN')} | ${count('PASS')} | ${quantile(secs, 0.5).toFixed(0)} (${quantile(secs, 0.1).toFixed(0)}–${quantile(secs, 0.9).toFixed(0)}) | ${quantile(
      mine.map((d) => d.rounds),
      0.5,
    )} | ${judged.filter((d) => d.history === 'FAIL').length} of ${judged.length} |`,
  );
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const header = [
  `Machine: ${machine}. Noise: ${values.noise === 'on' ? 'one busy loop, quiet 0.5–3 s then busy 0.2–1.5 s, seeded' : 'off'}.`,
  `Each decision: \`llm-load ab\` with --round-time ${opts.roundTime}s --max-time ${opts.maxTime}s, ${opts.users} closed-model users; ${service.description}; the default rows and tolerances (A/B 3 %, history 5 %).`,
  `History gate: the same decision's head side judged by \`llm-load compare\` against the base sides of the ${HISTORY} decisions before it (from the 6th on).`,
];
const table = lines.join('\n');
process.stdout.write(`\n${header.join('\n')}\n\n${table}\n`);
if (values.out) {
  await writeFile(values.out.replace(/\.md$/, '') + '.json', `${JSON.stringify({ options: opts, decisions }, null, 1)}\n`);
  await writeFile(values.out, `# bench:ab\n\n${header.join('\n')}\n\n${table}\n`);
}
await rm(dir, { recursive: true, force: true });
