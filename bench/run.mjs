// npm run bench: our engine side by side with autocannon (and wrk when installed), in one invocation,
// alternating A/B rounds so machine drift cancels. Prints req/s, p50/p99, client CPU per request and peak
// RSS of each client, and the ratio ours/peer per round and as a median; a bare Node socket loop shows the
// floor any Node client pays. The same again against nginx when it is installed, where the client is the
// bottleneck (bench/nginx.mjs). Then: both at a fixed request rate (the open model), latency accuracy at a
// fixed rate, concurrent SSE streams, memory per idle VU, the action's start-up time and the bundle sizes.
// It ends with the client's performance goals, each judged met or missed on this run (bench/goals.mjs).
// Usage: see USAGE (npm run bench -- --help).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchArgs } from './args.mjs';
import { goalTable, median } from './goals.mjs';
import { measure, running, stop, tracked } from './measure.mjs';
import { INSTALL_NGINX, NGINX, startNginx } from './nginx.mjs';

const SECTIONS = ['throughput', 'client-bound', 'rate', 'latency', 'streams', 'idle', 'startup'];
const USAGE = `usage: npm run bench -- [--duration 10] [--rounds 3] [--pin] [--only ${SECTIONS.join(',')}]
  --duration  seconds each client runs in the throughput, client-bound, rate and latency rounds
  --rounds    alternating rounds per peer (ratios are medians over them)
  --pin       server on core 0, client on core 1 (taskset)
  --only      the sections to run, comma-separated
`;

const { values, usageError } = benchArgs('bench', USAGE, {
  duration: { type: 'string', default: '10' },
  rounds: { type: 'string', default: '3' },
  pin: { type: 'boolean', default: false },
  only: { type: 'string', default: SECTIONS.join(',') },
});
for (const name of ['duration', 'rounds'])
  if (!/^[1-9]\d*$/.test(values[name])) usageError(`--${name} takes a whole number above 0, got "${values[name]}"`);
const only = new Set(values.only.split(','));
const unknown = [...only].filter((name) => !SECTIONS.includes(name));
if (unknown.length)
  usageError(`--only: no section called ${unknown.map((n) => `"${n}"`).join(', ')} (the sections: ${SECTIONS.join(', ')})`);
if (values.pin && !existsSync('/usr/bin/taskset')) usageError('--pin needs /usr/bin/taskset (Debian: apt-get install util-linux)');
const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'dist/cli.js');
const AUTOCANNON = join(root, 'node_modules/autocannon/autocannon.js');
const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((p) => existsSync(p));
/** Locust (Debian: python3-locust), the seeds' tool: FastHttpUser, its cheaper client, as a peer. */
const LOCUST = ['/usr/bin/locust', '/usr/local/bin/locust'].find((p) => existsSync(p));
const dir = await mkdtemp(join(tmpdir(), 'llm-load-bench-'));
/** Every line the bench printed, saved to bench.txt at its end (or when it stops early). */
const lines = [];
const D = Number(values.duration);
const pin = (core, argv) => (values.pin ? ['/usr/bin/taskset', '-c', String(core), ...argv] : argv);
/** What the run found, for the goal table at its end (bench/goals.mjs). */
const found = { pinned: values.pin };
/** A client's CPU time per request, µs. */
const cpuPerReq = (g) => (g.cpuS * 1e6) / Math.max(1, g.requests);
const ms = (v) => (v === null ? '–' : Number(v).toFixed(3));
const fmt = (n, d = 0) => Number(n).toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Stops the bench with what went wrong, keeping what it measured; whatever it started stops too. */
function die(message, code = 1) {
  writeFileSync(join(dir, 'bench.txt'), lines.join('\n'));
  console.error(`bench: ${message}\n(what it measured before is saved to ${join(dir, 'bench.txt')})`);
  for (const child of running) child.kill();
  process.exit(code);
}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
])
  process.once(signal, () => die(`stopped by ${signal}`, code));

/** What a client's run gave, read by `read`; a client that failed stops the bench with its own last words. */
function figuresOf(name, m, read) {
  try {
    return read();
  } catch (error) {
    const stderr = m.stderr.trim().split('\n');
    const first = stderr.findIndex((line) => /error/i.test(line)); // where it says what went wrong, if it does
    const said = (first === -1 ? stderr.slice(-5) : stderr.slice(first, first + 3)).join('\n');
    die(`${name} gave no figures (exit code ${m.code}): ${said || error.message}`);
  }
}

/** Starts `node …args` (pinned to `core` with --pin) and resolves with its first line of output. */
function spawnServer(core, args) {
  const [command, ...rest] = pin(core, [process.execPath, ...args]);
  const child = tracked(spawn(command, rest, { stdio: ['ignore', 'pipe', 'inherit'] }));
  child.once('exit', (code) => {
    if (code) die(`the target server (${args[0] === '-e' ? 'node -e' : args[0]}) exited with code ${code}`); // killed on purpose: null
  });
  return new Promise((resolve) => child.stdout.once('data', (d) => resolve({ child, line: String(d).trim() })));
}

async function startProcessServer(code, core) {
  const { child, line } = await spawnServer(core, ['-e', code]);
  return { port: Number(line), child };
}

const JSON_SERVER = `const s=require('node:http').createServer((q,r)=>{r.writeHead(200,{'content-type':'application/json','content-length':11});r.end('{"ok":true}')});s.keepAliveTimeout=60000;s.listen(0,'127.0.0.1',()=>console.log(s.address().port))`;
const DELAY_SERVER = `const s=require('node:http').createServer((q,r)=>setTimeout(()=>{r.writeHead(200,{'content-type':'application/json','content-length':11});r.end('{"ok":true}')},50));s.keepAliveTimeout=60000;s.listen(0,'127.0.0.1',()=>console.log(s.address().port))`;

/** Runs our CLI (one thread, quiet) on the client core; resolves with its /proc figures and results.json. */
async function runOurs(name, args, workers = '1') {
  const output = join(dir, `${name}-${Date.now()}.json`);
  const m = await measure(pin(1, [process.execPath, CLI, 'run', ...args, '--workers', workers, '--quiet', '--output', output]));
  const text = await readFile(output, 'utf8').catch(() => '');
  return { m, r: figuresOf(`llm-load ${args.join(' ')}`, m, () => JSON.parse(text)) };
}

async function ours(url, connections, transport = 'fast') {
  const { m, r } = await runOurs(transport, [
    '--url',
    url,
    '--users',
    String(connections),
    '--duration',
    `${D}s`,
    '--transport',
    transport,
  ]);
  return { rps: r.totals.rps, requests: r.totals.requests, p50: r.metrics.latency.p50, p99: r.metrics.latency.p99, ...m };
}

/** Our engine on its other transport (undici's Dispatcher): the one proxies and HTTP/2 take. */
const oursUndici = (url, connections) => ours(url, connections, 'undici');

/** Locust FastHttpUser, headless, all users at once; requests from its CSV's Aggregated row. */
async function locust(url, connections) {
  const prefix = join(dir, `locust-${Date.now()}`);
  const argv = [LOCUST, '-f', join(root, 'bench/locustfile.py'), '--headless', '-u', String(connections), '-r', String(connections)];
  const m = await measure(pin(1, [...argv, '-t', `${D}s`, '--host', url, '--csv', prefix, '--only-summary', '--loglevel', 'ERROR']));
  const csv = await readFile(`${prefix}_stats.csv`, 'utf8').catch(() => '');
  const [head, ...rows] = csv
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const total = rows.find((row) => row[1] === 'Aggregated');
  const column = (name) => Number(total?.[head?.indexOf(name) ?? -1]);
  const requests = figuresOf('locust', m, () => {
    if (!total) throw new Error('no Aggregated row in its stats CSV');
    return column('Request Count');
  });
  return { rps: requests / D, requests, p50: column('50%'), p99: column('99%'), ...m };
}

async function autocannon(url, connections, ratePerS) {
  const rate = ratePerS ? ['-R', String(ratePerS)] : [];
  const m = await measure(pin(1, [process.execPath, AUTOCANNON, '-c', String(connections), '-d', String(D), ...rate, '--json', url]));
  const r = figuresOf('autocannon', m, () => JSON.parse(m.stdout));
  return { rps: r.requests.total / D, requests: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, ...m };
}

async function wrk(url, connections) {
  const m = await measure(pin(1, [WRK, '-t1', `-c${connections}`, `-d${D}s`, '--latency', url]));
  const requests = figuresOf('wrk', m, () => Number(/(\d+) requests in/.exec(m.stdout)[1]));
  const unit = (v, u) => Number(v) * (u === 'us' ? 0.001 : u === 's' ? 1000 : 1);
  const p = (q) => {
    const x = new RegExp(`${q}%\\s+([\\d.]+)(us|ms|s)`).exec(m.stdout);
    return x ? unit(x[1], x[2]) : null;
  };
  return { rps: requests / D, requests, p50: p(50), p99: p(99), ...m };
}

async function bareNode(url, connections) {
  const m = await measure(pin(1, [process.execPath, join(root, 'bench/bare-client.mjs'), url, String(connections), String(D)]));
  const { requests } = figuresOf('bench/bare-client.mjs', m, () => JSON.parse(m.stdout));
  return { rps: requests / D, requests, p50: null, p99: null, ...m };
}

const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

say(
  `llm-load bench · ${new Date().toISOString()} · ${D}s runs · ${values.rounds} rounds${values.pin ? ' · server pinned to core 0, client to core 1' : ' · unpinned'}`,
);
say(`machine: ${execFileSync('nproc').toString().trim()} cores, Node ${process.version}`);

/**
 * Ours side by side with each peer against `url`, at 50 and 200 connections, in alternating rounds; prints
 * each round, the medians and the spread under `## title, N connections`, and keeps the ratios to
 * autocannon in `found[key]` for the goal table.
 */
async function sideBySide(title, url, key) {
  // "bare node" is the floor: the CPU a Node client spends per request with no parsing, timing or recording.
  // Locust takes about a second to start its users: in runs shorter than 5 s it would measure its start-up.
  const peers = { autocannon, ...(WRK ? { wrk } : {}), 'bare node': bareNode, undici: oursUndici, ...(LOCUST && D >= 5 ? { locust } : {}) };
  for (const connections of [50, 200]) {
    say();
    say(`## ${title}, ${connections} connections`);
    const ratios = Object.fromEntries(Object.keys(peers).map((p) => [p, { rps: [], cpu: [] }]));
    const cpuOf = Object.fromEntries(['ours', ...Object.keys(peers)].map((p) => [p, []]));
    const rpsOf = Object.fromEntries(['ours', ...Object.keys(peers)].map((p) => [p, []]));
    for (let round = 1; round <= Number(values.rounds); round++) {
      for (const [name, peer] of Object.entries(peers)) {
        const pair =
          round % 2
            ? [
                ['ours', ours],
                [name, peer],
              ]
            : [
                [name, peer],
                ['ours', ours],
              ];
        const got = {};
        for (const [label, fn] of pair) got[label] = await fn(url, connections);
        for (const [label, g] of Object.entries(got)) {
          cpuOf[label].push(cpuPerReq(g));
          rpsOf[label].push(g.rps);
          say(
            `round ${round} ${label.padEnd(10)} ${fmt(g.rps).padStart(7)} req/s  p50 ${ms(g.p50)} ms  p99 ${ms(g.p99)} ms  CPU ${cpuPerReq(g).toFixed(1)} µs/req  peak RSS ${g.peakMb.toFixed(0)} MB`,
          );
        }
        const r = { rps: got.ours.rps / got[name].rps, cpu: cpuPerReq(got.ours) / cpuPerReq(got[name]) };
        ratios[name].rps.push(r.rps);
        ratios[name].cpu.push(r.cpu);
        say(`round ${round} ratio ours/${name}: req/s ${r.rps.toFixed(2)}, CPU per request ${r.cpu.toFixed(2)}`);
      }
    }
    for (const [name, r] of Object.entries(ratios))
      say(
        `median ours/${name} at ${connections} connections: req/s ${median(r.rps).toFixed(2)}, CPU per request ${median(r.cpu).toFixed(2)}`,
      );
    // Every client's medians next to autocannon's, the goal's yardstick. The req/s line shows what the
    // cheaper clients (wrk, the bare loop) draw from a server that is the ceiling, beside ours.
    const relative = (of, unit, digits) => {
      const base = median(of.autocannon);
      return Object.entries(of)
        .map(([label, xs]) => `${label} ${fmt(median(xs), digits)}${unit} (${(median(xs) / base).toFixed(2)} × autocannon)`)
        .join(', ');
    };
    say(`median CPU per request at ${connections} connections: ${relative(cpuOf, ' µs', 1)}`);
    say(`median req/s at ${connections} connections: ${relative(rpsOf, '', 0)}`);
    const ofMedians = (of, label = 'ours') => median(of[label]) / median(of.autocannon);
    const others = Object.keys(peers).filter((peer) => peer !== 'autocannon');
    const peersCpu = Object.fromEntries(others.map((peer) => [peer, ofMedians(cpuOf, peer)]));
    // Each peer's paired rounds (ours/peer), and undici's transport against autocannon round by round.
    const vs = Object.fromEntries(
      Object.entries(ratios).map(([peer, r]) => [
        peer,
        { ...r, ofMedians: { cpu: median(cpuOf.ours) / median(cpuOf[peer]), rps: median(rpsOf.ours) / median(rpsOf[peer]) } },
      ]),
    );
    const undici = {
      cpu: cpuOf.undici.map((x, i) => x / cpuOf.autocannon[i]),
      ofMedians: { cpu: ofMedians(cpuOf, 'undici') },
    };
    (found[key] ??= {})[connections] = {
      ...ratios.autocannon,
      ofMedians: { cpu: ofMedians(cpuOf), rps: ofMedians(rpsOf) },
      peersCpu,
      vs,
      undici,
    };
    // How much the host moved during the run: a goal inside the ratio's range is not decided by this run.
    const range = (xs, show) => `${show(Math.min(...xs))}–${show(Math.max(...xs))}`;
    say(
      `spread across rounds at ${connections} connections: autocannon ${range(rpsOf.autocannon, fmt)} req/s, ours/autocannon CPU per request ${range(ratios.autocannon.cpu, (x) => x.toFixed(2))}, req/s ${range(ratios.autocannon.rps, (x) => x.toFixed(2))}`,
    );
  }
}

if (only.has('throughput')) {
  const { port, child } = await startProcessServer(JSON_SERVER, 0);
  await sideBySide('keep-alive JSON server', `http://127.0.0.1:${port}/`, 'throughput');
  await stop(child);
}

// The same against nginx, which answers faster than any client asks: each client runs flat out, so its CPU
// per request is its own cost, not raised by being woken from idle while the server is the ceiling.
if (only.has('client-bound')) {
  if (!NGINX) {
    say();
    say(`## client-bound: skipped, nginx is not installed (${INSTALL_NGINX})`);
  } else {
    let target;
    try {
      target = await startNginx(dir, { command: (argv) => pin(0, argv), track: tracked });
    } catch (error) {
      die(error.message);
    }
    let stopping = false;
    target.child.once('exit', () => stopping || die('the nginx target exited during the run'));
    await sideBySide('client-bound: nginx, one worker process', target.url, 'clientBound');
    stopping = true;
    await stop(target.child);
  }
}

// The open model at a fixed rate well under the server's ceiling: both clients do the same work, so CPU per
// request compares like for like, and a scheduler that cannot keep the rate (or starves its own event
// loop, as ours did past 1,000/s before 103c81c) shows as dropped iterations and a short count.
if (only.has('rate')) {
  const RATE = 30_000;
  const { port, child } = await startProcessServer(JSON_SERVER, 0);
  const url = `http://127.0.0.1:${port}/`;
  const profile = join(dir, 'rate.yml');
  await writeFile(
    profile,
    `target: ${url}\nload: {executor: constant-arrival-rate, rate: ${RATE}, duration: ${D}s, pre_allocated_vus: 200, max_vus: 1000}\nscenarios: {a: {flow: [{request: GET /}]}}\n`,
  );
  say();
  say(
    `## open model: ${fmt(RATE)} req/s for ${D} s (ours: constant-arrival-rate, 200 VUs ready, up to 1,000; autocannon -R, 200 connections)`,
  );
  const cpu = { ours: [], autocannon: [] };
  const ratios = [];
  for (let round = 1; round <= Number(values.rounds); round++) {
    const runs = {
      ours: async () => {
        const { m, r } = await runOurs('rate', [profile]);
        return { rps: r.totals.rps, requests: r.totals.requests, dropped: r.totals.droppedIterations, p50: r.metrics.latency.p50, ...m };
      },
      autocannon: () => autocannon(url, 200, RATE),
    };
    const got = {};
    for (const label of round % 2 ? ['ours', 'autocannon'] : ['autocannon', 'ours']) got[label] = await runs[label]();
    for (const [label, g] of Object.entries(got)) {
      cpu[label].push(cpuPerReq(g));
      const dropped = g.dropped === undefined ? '' : `  ${fmt(g.dropped)} dropped`;
      say(
        `round ${round} ${label.padEnd(10)} ${fmt(g.rps).padStart(7)} req/s${dropped}  p50 ${ms(g.p50)} ms  CPU ${cpuPerReq(g).toFixed(1)} µs/req`,
      );
    }
    ratios.push(cpuPerReq(got.ours) / cpuPerReq(got.autocannon));
    say(`round ${round} ratio ours/autocannon: CPU per request ${ratios.at(-1).toFixed(2)}`);
  }
  say(
    `median CPU per request at ${fmt(RATE)} req/s: ours ${median(cpu.ours).toFixed(1)} µs, autocannon ${median(cpu.autocannon).toFixed(1)} µs; ours/autocannon per round ${median(ratios).toFixed(2)} (median)`,
  );
  await stop(child);
}

if (only.has('latency')) {
  const { port, child } = await startProcessServer(DELAY_SERVER, 0);
  const profile = join(dir, 'latency.yml');
  await writeFile(
    profile,
    `target: http://127.0.0.1:${port}\nload: {executor: constant-arrival-rate, rate: 1000, duration: ${D}s, pre_allocated_vus: 100, max_vus: 400}\nscenarios: {a: {flow: [{request: GET /}]}}\n`,
  );
  const { r } = await runOurs('latency', [profile]);
  found.latencyP50Ms = r.metrics.latency.p50;
  say();
  say(`## 50 ms fixed-latency server at 1,000 req/s (open model)`);
  say(
    `${fmt(r.totals.rps)} req/s, p50 ${r.metrics.latency.p50} ms (off by ${(r.metrics.latency.p50 - 50).toFixed(3)} ms), p99 ${r.metrics.latency.p99} ms, send lag p99 ${r.metrics.send_lag.p99} ms, dropped ${r.totals.droppedIterations}`,
  );
  await stop(child);
}

/**
 * Connections the kernel dropped because a listen queue was full (Linux's TcpExt ListenOverflows; null
 * elsewhere): a dropped connection waits a second or more for its SYN to be sent again, and a VU's first
 * request is timed from when it starts connecting, so they show in TTFT as the target's doing.
 */
async function listenOverflows() {
  try {
    const [names, values] = (await readFile('/proc/net/netstat', 'utf8')).split('\n').filter((l) => l.startsWith('TcpExt:'));
    const at = names.split(' ').indexOf('ListenOverflows');
    return at > 0 ? Number(values.split(' ')[at]) : null;
  } catch {
    return null;
  }
}

/** Runs `run` (a client round) and counts the listen queue overflows while it ran. */
async function countingOverflows(run) {
  const before = await listenOverflows();
  const result = await run();
  const after = await listenOverflows();
  const overflows = before === null || after === null ? '' : `, ${fmt(after - before)} connections dropped by a full listen queue`;
  return { ...result, overflows };
}

/** Starts bench/sse-target.mjs on the server core; `truth()` reads what it really did, then stops it. */
async function sseTarget(itl) {
  const { child, line } = await spawnServer(0, [
    join(root, 'bench/sse-target.mjs'),
    '--ttft',
    '100',
    '--itl',
    String(itl),
    '--tokens',
    '64',
  ]);
  const url = `http://127.0.0.1:${Number(line)}`;
  const truth = async () => {
    const stats = await (await fetch(`${url}/stats`)).json();
    await stop(child);
    return stats;
  };
  return { url, truth };
}

const signed = (ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)}`;

/** This process's soft limit of open files (the target and the client inherit it), from /proc. */
function openFileLimit() {
  const limits = existsSync('/proc/self/limits') ? readFileSync('/proc/self/limits', 'utf8') : '';
  const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
  return soft === undefined ? Infinity : Number(soft);
}

/**
 * Holds `streams` concurrent SSE streams against bench/sse-target.mjs and compares the client's TTFT p50
 * with the nominal TTFT and with what the server really did (its first write, which is later when the
 * server itself falls behind). Then the same against a fresh target with bench/bare-sse-client.mjs, which
 * only stamps the first token: the target stamps a request's arrival only when its own event loop gets to
 * it, so under load every client reads somewhat over that "truth", and the stamp-only client shows how much.
 * Resolves with the offsets so the caller knows when to stop.
 */
async function streamsRound({ streams, itl, rampUpS, durationS, transport = 'fast', withFloor = true, workers = '1' }) {
  let target = await sseTarget(itl);
  const { m, r, overflows } = await countingOverflows(() =>
    runOurs(
      `streams-${streams}-${itl}-${transport}`,
      [
        '--transport',
        transport,
        '--url',
        target.url,
        '--preset',
        'openai-chat',
        '--users',
        String(streams),
        '--ramp-up',
        `${rampUpS}s`,
        '--duration',
        `${durationS}s`,
        '--timeout',
        '60s',
      ],
      workers,
    ),
  );
  const truth = await target.truth();
  const p50 = r.metrics.ttft?.p50 ?? NaN;
  const offTruth = p50 - truth.ttftP50;
  say(
    `${fmt(streams)} streams${transport === 'fast' ? '' : ` (${transport})`}${workers === '1' ? '' : ` (--workers ${workers})`}: client CPU ${m.cpuS.toFixed(1)} s, TTFT p50 ${p50.toFixed(2)} ms (${signed(p50 - 100)} vs nominal 100, ${signed(offTruth)} vs the server's own first write at ${truth.ttftP50.toFixed(2)}), p99 ${r.metrics.ttft?.p99} ms, ${fmt(r.metrics.ttft?.count ?? 0)} streams timed, ${r.totals.failures} failed, client peak RSS ${m.peakMb.toFixed(0)} MB, event loop busy ${(r.generator?.eventLoopUtilization * 100).toFixed(0)}%${r.generator?.saturated ? ' (SATURATED)' : ''}${overflows}`,
  );
  if (!withFloor) return { offTruth, offFloor: NaN, peakMb: m.peakMb, cpuS: m.cpuS };
  target = await sseTarget(itl);
  const bare = await countingOverflows(() =>
    measure(
      pin(1, [process.execPath, join(root, 'bench/bare-sse-client.mjs'), target.url, String(streams), String(rampUpS), String(durationS)]),
    ),
  );
  const bareTruth = await target.truth();
  const floor = figuresOf('bench/bare-sse-client.mjs', bare, () => JSON.parse(bare.stdout));
  const offFloor = floor.p50 - bareTruth.ttftP50;
  say(
    `${' '.repeat(fmt(streams).length)}  stamp-only client, same conditions: TTFT p50 ${floor.p50.toFixed(2)} ms (${signed(offFloor)} vs the server's own first write at ${bareTruth.ttftP50.toFixed(2)}), p99 ${floor.p99.toFixed(1)} ms${bare.overflows} — ours reads ${signed(offTruth - offFloor)} ms past it`,
  );
  return { offTruth, offFloor, peakMb: m.peakMb };
}

/** Ours is accurate when within 2 ms of the server's own stamp, or reads at most 2 ms past a client that only stamps. */
const accurate = ({ offTruth, offFloor }) => Math.abs(offTruth) <= 2 || offTruth - offFloor <= 2;

if (only.has('streams')) {
  // Client and target each get a core (with --pin). At 64 tokens 10 ms apart every stream is 100 events a
  // second: the count grows until the client's TTFT is more than 2 ms off (see `accurate`).
  // Then streams held with tokens 250 ms apart, up to 10,000 (under 1 GiB, TTFT within 2 ms).
  say();
  say('## concurrent SSE streams (bench/sse-target.mjs: TTFT 100 ms, 64 tokens 10 ms apart)');
  for (const streams of [250, 500, 1000, 2000]) {
    if (!accurate(await streamsRound({ streams, itl: 10, rampUpS: 4, durationS: 12 }))) break;
  }
  say();
  say('## both transports on the SSE target: 2,000 streams, tokens 10 ms apart, alternating rounds');
  const cpu = { fast: [], undici: [] };
  for (const transport of ['fast', 'undici', 'undici', 'fast']) {
    const round = await streamsRound({ streams: 2000, itl: 10, rampUpS: 4, durationS: 12, transport, withFloor: false });
    cpu[transport].push(round.cpuS);
  }
  const cpuLine = `fast ${median(cpu.fast).toFixed(1)} s, undici ${median(cpu.undici).toFixed(1)} s`;
  say(`median client CPU: ${cpuLine} (undici/fast ${(median(cpu.undici) / median(cpu.fast)).toFixed(2)})`);
  say();
  say('## concurrent SSE streams held (TTFT 100 ms, 64 tokens 250 ms apart: 16 s a stream, users ramped up over 10 s)');
  for (const streams of [1000, 5000, 10000]) {
    const round = await streamsRound({ streams, itl: 250, rampUpS: 10, durationS: 30 });
    (found.streams ??= []).push({ streams, offTruthMs: round.offTruth, offFloorMs: round.offFloor, peakMb: round.peakMb });
    if (!accurate(round) || round.peakMb > 1024) break;
  }
  // Twice that with the CLI's default worker threads, when a process may hold that many sockets: the
  // client holds one a stream, and so does the target.
  const wide = 20_000;
  const files = openFileLimit();
  if (files < wide + 256) {
    const why = `a process may hold ${fmt(files)} open files here (ulimit -n, hard limit too), and ${fmt(wide)} streams need as many sockets in the client and in the target`;
    say(`${fmt(wide)} streams (--workers auto): not run: ${why}`);
    found.streamsWide = [{ streams: wide, notRun: why }];
  } else {
    const round = await streamsRound({ streams: wide, itl: 250, rampUpS: 10, durationS: 30, workers: 'auto' });
    found.streamsWide = [{ streams: wide, offTruthMs: round.offTruth, offFloorMs: round.offFloor, peakMb: round.peakMb }];
  }
}

if (only.has('idle')) {
  const server = createServer((q, r) => r.end('{}'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const output = join(dir, 'idle.json');
  const sizes = {};
  for (const vus of [100, 5000]) {
    const m = await measure([
      process.execPath,
      CLI,
      'run',
      '--url',
      `http://127.0.0.1:${server.address().port}/`,
      '--users',
      String(vus),
      '--duration',
      '6s',
      '--think-time',
      '60s',
      '--workers',
      '1',
      '--quiet',
      '--output',
      output,
    ]);
    sizes[vus] = m.peakMb;
  }
  server.close();
  say();
  say(
    `## memory per idle VU: peak RSS ${sizes[100].toFixed(0)} MB with 100 VUs, ${sizes[5000].toFixed(0)} MB with 5,000 → ${(((sizes[5000] - sizes[100]) * 1024) / 4900).toFixed(1)} KB per VU`,
  );
}

if (only.has('startup')) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    let first = 0;
    const server = createServer((q, r) => {
      first ||= performance.now();
      r.end('{}');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const started = performance.now();
    const env = {
      ...process.env,
      INPUT_URL: `http://127.0.0.1:${server.address().port}/`,
      INPUT_USERS: '1',
      INPUT_DURATION: '1s',
      'INPUT_OUTPUT-DIR': join(dir, 'startup'),
      INPUT_BASELINE: 'none',
      INPUT_COMMENT: 'off',
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_OUTPUT: join(dir, 'out'),
      RUNNER_TEMP: dir,
    };
    await writeFile(join(dir, 'summary.md'), '');
    await writeFile(join(dir, 'out'), '');
    const action = tracked(spawn(process.execPath, [join(root, 'dist/index.js')], { env, stdio: 'ignore' }));
    await new Promise((resolve) => action.on('exit', resolve));
    if (!first) die('the action (dist/index.js) sent no request: run it by hand with the INPUT_* variables above to see why');
    times.push(first - started);
    server.close();
  }
  say();
  found.startupMs = median(times);
  say(`## action start-up: node dist/index.js → first request, median of 5: ${found.startupMs.toFixed(0)} ms (no stack)`);
  const size = (f) => (statSync(join(root, 'dist', f)).size / 1024 / 1024).toFixed(2);
  say(
    `bundle sizes: dist/index.js ${size('index.js')} MB, dist/post.js ${size('post.js')} MB, dist/cli-main.js (the CLI) ${size('cli-main.js')} MB, dist/worker.js ${size('worker.js')} MB`,
  );
}

say();
say(`## the performance goals, judged on this run (ratios by their median over the rounds)`);
for (const line of goalTable(found)) say(line);

await writeFile(join(dir, 'bench.txt'), lines.join('\n'));
console.log(`\n(saved to ${join(dir, 'bench.txt')})`);
