import { writeFile } from 'node:fs/promises';
import { ConfigError, ExitCode } from '../core/errors.js';
import { appendToBaseline, BaselineError, entryFromResults, readBaseline } from '../gate/baseline.js';
import { loadProfileFile } from '../config/load.js';
import { parseCommandArgs } from './args.js';
import { readResults } from '../results/shape.js';

export const BASELINE_HELP = `Usage: llm-load baseline update CURRENT.json --baseline FILE [--history 10] [--sha SHA] [--profile llm-load.yml]

Appends a run's summary to a baseline history file (created if missing), keeping the newest --history
runs. Regression checks compare with the median of the history and allow for its noise.
`;

const OPTIONS = {
  baseline: { type: 'string' },
  history: { type: 'string' },
  sha: { type: 'string' },
  profile: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function baselineCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'baseline');
  if (values.help || positionals.length === 0) {
    process.stdout.write(BASELINE_HELP);
    return values.help ? ExitCode.ok : ExitCode.usage;
  }
  const [action, current] = positionals;
  if (action !== 'update' || !current)
    throw new ConfigError('llm-load baseline: expected "update CURRENT.json"', 'see llm-load baseline --help');
  if (!values.baseline)
    throw new ConfigError(
      'llm-load baseline update: --baseline FILE is required',
      'e.g. llm-load baseline update results.json --baseline baseline.json',
    );
  const history = Number(values.history ?? 10);
  if (!Number.isInteger(history) || history < 1)
    throw new ConfigError(
      `--history: expected a whole number of at least 1, got "${values.history}"`,
      'give how many runs to keep, e.g. --history 10',
    );
  const results = await readResults(current);
  const profile = values.profile ? await loadProfileFile(values.profile) : undefined;
  let existing;
  try {
    existing = await readBaseline(values.baseline);
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    if (!/ENOENT/.test(error.message)) process.stderr.write(`warning: ${error.message}; starting a new history\n`);
  }
  const entry = entryFromResults(results, values.sha ?? results.meta.commit ?? null, Object.keys(profile?.thresholds ?? {}));
  const updated = appendToBaseline(existing, results.meta.name, entry, history);
  await writeFile(values.baseline, `${JSON.stringify(updated, null, 2)}\n`);
  process.stdout.write(`baseline ${values.baseline}: ${updated.history.length} run(s) of ${updated.name}\n`);
  return ExitCode.ok;
}
