import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadProfileFile } from '../config/load.js';
import { positiveDuration } from '../core/duration.js';
import { ConfigError, ExitCode } from '../core/errors.js';
import { checkWritable, makeFolder } from '../core/files.js';
import { allSecrets } from '../core/secrets.js';
import { DEFAULT_ROUNDS, runAb, sidesFromCheckouts, sidesFromUrls } from '../pipeline/ab.js';
import { writeResults } from '../pipeline/run.js';
import type { AbResults } from '../results/ab.js';
import { abText } from '../report/ab.js';
import { parseCommandArgs } from './args.js';
import { parseFailOn } from './gate.js';

export const AB_HELP = `Usage: llm-load ab PROFILE (--base-url URL --head-url URL | --base-dir DIR) [options]

Compares two versions of a service on this machine, round by round (AB BA AB …, each pair under one
seed), and judges each row on the paired differences: FAIL when the whole 95 % interval is past the
tolerance, PASS when it stays short of it, WARN (inconclusive) otherwise. Runner noise moves both sides
of a pair alike, so it cancels.

  --base-url URL      the base (before) service, already running: the profile's target is replaced
  --head-url URL      the head (after) service
  --base-dir DIR      boot the profile's stack twice: base from DIR (a checkout of the base ref), head
                      from here. With \${LLM_LOAD_PORT} in the stack and target, both run at once on
                      two ports; otherwise they take turns.
  --rounds N          round pairs to run (default ${DEFAULT_ROUNDS} without --max-time)
  --max-time D        add round pairs until every row is decided or D is spent, e.g. 3m
  --round-time D      load per round (default 10s)
  --output FILE       where to write ab.json (default ab.json): both sides' results and the comparison;
                      each side is also written beside it as a results file (ab.base.json, ab.head.json)
  --fail-on LEVEL     critical (default) | warn | never
  --seed N            seed of the first pair (the next pairs count up from it)
  --quiet             no round lines and no table
`;

const OPTIONS = {
  'base-url': { type: 'string' },
  'head-url': { type: 'string' },
  'base-dir': { type: 'string' },
  rounds: { type: 'string' },
  'max-time': { type: 'string' },
  'round-time': { type: 'string' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  seed: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The two sides: two running services, or the profile's stack from two checkouts. */
async function sidesOf(file: string, values: { 'base-url'?: string; 'head-url'?: string; 'base-dir'?: string }) {
  const { 'base-url': baseUrl, 'head-url': headUrl, 'base-dir': baseDir } = values;
  if (baseDir && (baseUrl || headUrl))
    throw new ConfigError('llm-load ab: give --base-url and --head-url, or --base-dir, not both', 'see llm-load ab --help');
  if (baseUrl || headUrl) {
    if (!baseUrl || !headUrl)
      throw new ConfigError(`llm-load ab: --${baseUrl ? 'head' : 'base'}-url is missing`, 'give both --base-url and --head-url');
    return sidesFromUrls(await loadProfileFile(file), baseUrl, headUrl);
  }
  if (!baseDir) throw new ConfigError('llm-load ab: give --base-url and --head-url, or --base-dir', 'see llm-load ab --help');
  return sidesFromCheckouts(file, resolve(baseDir), process.cwd());
}

export async function abCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'ab');
  if (values.help) {
    process.stdout.write(AB_HELP);
    return ExitCode.ok;
  }
  if (positionals.length !== 1)
    throw new ConfigError(
      'llm-load ab: give one profile file',
      'e.g. llm-load ab llm-load.yml --base-url http://127.0.0.1:8001 --head-url http://127.0.0.1:8002',
    );
  const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds >= 1 && rounds <= 1000))
    throw new ConfigError(
      `--rounds: expected a whole number from 1 to 1000, got "${values.rounds}"`,
      'e.g. --rounds 6; 3 is the fewest an interval is read from',
    );
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new ConfigError(`--seed: expected a whole number, got "${values.seed}"`, 'e.g. --seed 42');
  const output = values.output ?? 'ab.json';
  await checkWritable(output, '--output');
  const sides = await sidesOf(positionals[0]!, values);
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(signal === 'SIGINT' ? ExitCode.sigint : ExitCode.sigterm);
    process.stderr.write(`\n${signal}: stopping after this round and writing what was measured (send it again to quit now)\n`);
    controller.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const say = (line: string) => {
    if (!values.quiet) process.stderr.write(`${line}\n`);
  };
  let ab: AbResults;
  try {
    say(
      `ab: ${sides.mode === 'concurrent' ? 'both sides up at once, rounds alternate' : 'the sides take turns (one stack down before the other is up)'}`,
    );
    ab = await runAb({
      ...sides,
      rounds,
      maxTimeMs: values['max-time'] === undefined ? undefined : positiveDuration('--max-time', values['max-time']),
      roundMs: positiveDuration('--round-time', values['round-time'] ?? '10s'),
      seed,
      failOn: parseFailOn(values['fail-on']),
      signal: controller.signal,
      log: say,
      logDir: dirname(resolve(output)),
      engine: { secrets: allSecrets() },
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  await makeFolder(dirname(output));
  await writeFile(output, `${JSON.stringify(ab, null, 2)}\n`);
  // Each side also as a results file of its own, for report, compare and baseline update.
  const sideFile = (side: string) => output.replace(/(\.json)?$/, `.${side}.json`);
  for (const side of ['base', 'head'] as const) await writeResults(sideFile(side), ab[side]);
  if (!values.quiet) process.stdout.write(`${abText(ab)}\n  results  ${output} (sides: ${sideFile('base')}, ${sideFile('head')})\n`);
  if (controller.signal.aborted) return controller.signal.reason === 'SIGINT' ? ExitCode.sigint : ExitCode.sigterm;
  return ab.comparison.failed ? ExitCode.gateFailed : ExitCode.ok;
}
