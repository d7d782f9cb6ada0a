// npm run bench:engine: the real engine's TTFT, ITL and throughput against concurrency, as llm-load
// itself measures them: for each model size, one engine of --seqs sequences and runs of the bundled CLI
// at rising user counts, each user count run --rounds times in alternating order, medians reported.
// Prints a markdown table; --out writes it with the machine's description (bench/ENGINE.md).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownTable } from 'markdown-table';
import { benchArgs } from './args.mjs';
import { startEngineProcess } from './service-process.mjs';
import { parameterCount, SIZES } from './engine/model.mjs';
import { running, stop } from './measure.mjs';

const USAGE = `usage: npm run bench:engine -- [options]
  --sizes LIST    model sizes, comma-separated (default tiny,small)
  --users LIST    user counts, comma-separated (default 1,2,4,8,16)
  --seqs N        the engine's sequences (default 4)
  --tokens N      max_tokens a reply (default 64)
  --duration S    seconds a run (default 8)
  --rounds N      runs of each user count, alternating (default 2)
  --out FILE      write the table there (default: print only)
`;
const { values, usageError, whole } = benchArgs('bench:engine', USAGE, {
  sizes: { type: 'string', default: 'tiny,small' },
  users: { type: 'string', default: '1,2,4,8,16' },
  seqs: { type: 'string', default: '4' },
  tokens: { type: 'string', default: '64' },
  duration: { type: 'string', default: '8' },
  rounds: { type: 'string', default: '2' },
  out: { type: 'string' },
});
const sizes = values.sizes.split(',');
for (const s of sizes) if (!SIZES[s]) usageError(`--sizes: no size "${s}" (the sizes: ${Object.keys(SIZES).join(', ')})`);
const users = values.users.split(',').map(Number);
if (users.some((u) => !Number.isInteger(u) || u < 1)) usageError(`--users takes whole numbers, got "${values.users}"`);
const opts = { seqs: whole('seqs', 1), tokens: whole('tokens', 1), duration: whole('duration', 1), rounds: whole('rounds', 1) };

const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'dist/cli.js');
const dir = await mkdtemp(join(tmpdir(), 'llm-load-bench-engine-'));
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => void Promise.all([...running].map(stop)).then(() => process.exit(130)));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const rows = [];
for (const size of sizes) {
  const engine = await startEngineProcess({ seqs: opts.seqs, size });
  const runs = Object.fromEntries(users.map((u) => [u, []]));
  for (let round = 0; round < opts.rounds; round++) {
    for (const u of round % 2 ? [...users].reverse() : users) {
      const output = join(dir, `${size}-${u}-${round}.json`);
      execFileSync(process.execPath, [
        CLI,
        'run',
        '--url',
        engine.url,
        '--preset',
        'openai-chat',
        '--model',
        `llm-load-${size}`,
        '--max-tokens',
        String(opts.tokens),
        '--users',
        String(u),
        '--duration',
        `${opts.duration}s`,
        '--output',
        output,
        '--quiet',
        '--fail-on',
        'never',
      ]);
      runs[u].push(JSON.parse(await readFile(output, 'utf8')));
      process.stdout.write(`${size} ${u} users, round ${round + 1}: ttft.p50 ${runs[u].at(-1).metrics.ttft.p50} ms\n`);
    }
  }
  await stop(engine.child);
  for (const u of users) {
    const of = (pick) => median(runs[u].map(pick));
    rows.push([
      `${size} (${(parameterCount(SIZES[size]) / 1e6).toFixed(2)} M)`,
      String(u),
      ms(of((r) => r.metrics.ttft.p50)),
      ms(of((r) => r.metrics.ttft.p95)),
      ms(of((r) => r.metrics.itl.p50)),
      ms(of((r) => r.metrics.tpot.p50)),
      of((r) => r.totals.rps).toFixed(1),
      of((r) => r.totals.outputTokensPerS).toFixed(0),
    ]);
  }
}
const table = markdownTable(
  [['model (parameters)', 'users', 'TTFT p50, ms', 'TTFT p95, ms', 'ITL p50, ms', 'TPOT p50, ms', 'req/s', 'output tokens/s'], ...rows],
  { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
);
const header = `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Engine: llama.cpp (node-llama-cpp, 1 thread), ${opts.seqs} sequences; \`llm-load run --preset openai-chat --max-tokens ${opts.tokens}\`, ${opts.duration} s a run, ${opts.rounds} alternating rounds, medians.`;
process.stdout.write(`\n${header}\n\n${table}\n`);
if (values.out) {
  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  await writeFile(
    values.out,
    `# bench:engine\n\nMade by \`npm run bench:engine\` (${process.argv.slice(2).join(' ') || 'defaults'}) on ${stamp} UTC.\n\n${header}\n\n${table}\n`,
  );
}
await rm(dir, { recursive: true, force: true });
