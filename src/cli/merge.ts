import { ConfigError } from '../core/errors.js';
import { mergeResults } from '../results/merge.js';
import { formatSummary } from '../report/console.js';
import { gateText } from '../report/markdown.js';
import { parseCommandArgs } from './args.js';
import { readResults } from '../results/shape.js';
import { writeResults } from '../pipeline/run.js';
import { gateWithFlags } from './gate.js';
import { ExitCode } from '../core/errors.js';

export const MERGE_HELP = `Usage: llm-load merge shard-1.json shard-2.json … -o results.json [--profile llm-load.yml] [--baseline FILE]

Merges the results of shards that ran side by side (llm-load run --shard I/K on several runners) into
one, exactly: HDR histograms add, counters sum, timelines line up by epoch second. Then gates it like a
normal run (the profile's table, a baseline) and exits by the verdict.

  -o, --output FILE   where to write the merged results (default results.json)
  --profile FILE      thresholds: and regression: to gate with (default: the first shard's)
  --baseline FILE     baseline history or results.json
  --fail-on LEVEL     critical (default) | warn | never
`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  profile: { type: 'string' },
  baseline: { type: 'string' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'merge');
  if (values.help) {
    process.stdout.write(MERGE_HELP);
    return ExitCode.ok;
  }
  if (positionals.length < 1)
    throw new ConfigError('llm-load merge: give the shard results files', 'llm-load merge shard-*.json -o results.json');
  const parts = await Promise.all(positionals.map(readResults));
  const names = new Set(parts.map((p) => p.meta.name));
  if (names.size > 1)
    throw new ConfigError(
      `llm-load merge: the files come from different profiles (${[...names].join(', ')})`,
      'merge the shards of one run: the results.json files that --shard I/K wrote for the same profile',
    );
  const merged = mergeResults(parts, positionals);
  merged.gate = await gateWithFlags({ results: merged, file: positionals[0]!, rules: parts[0]!.gate?.rules }, values);
  const output = values.output ?? 'results.json';
  await writeResults(output, merged);
  if (!values.quiet) {
    process.stdout.write(`merged ${parts.length} shard(s); start skew ${merged.meta.startSkewS ?? 0}s\n`);
    process.stdout.write(
      `${formatSummary(merged, Boolean(process.stdout.isTTY))}\n${gateText(merged, merged.gate)}\n  results  ${output}\n`,
    );
  }
  return merged.gate.failed ? ExitCode.gateFailed : ExitCode.ok;
}
