import { writeFile } from 'node:fs/promises';
import { ConfigError, ExitCode } from '../core/errors.js';
import { readResults } from '../results/shape.js';
import { gateJunit } from '../report/junit.js';
import { gateMarkdown, gateText } from '../report/markdown.js';
import { parseCommandArgs } from './args.js';
import { gateWithFlags } from './gate.js';

export const COMPARE_HELP = `Usage: llm-load compare CURRENT.json [--baseline FILE] [--profile llm-load.yml] [options]

Gates a results file: the profile's Target/Critical table, and regression against a baseline (a
baseline history file or another results.json). Prints the table; exits 1 when the verdict fails.

  --baseline FILE   baseline history (llm-load baseline update) or a results.json
  --profile FILE    profile whose thresholds: and regression: to use (default: those the run was
                    gated with, kept in the results)
  --format F        text (default) | markdown
  --fail-on LEVEL   critical (default) | warn | never
  --junit FILE      also write the rows as JUnit XML
`;

const OPTIONS = {
  baseline: { type: 'string' },
  profile: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  junit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'compare');
  if (values.help) {
    process.stdout.write(COMPARE_HELP);
    return ExitCode.ok;
  }
  if (positionals.length !== 1)
    throw new ConfigError('llm-load compare: give one results file', 'llm-load compare results.json --baseline baseline.json');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown')
    throw new ConfigError(`--format: expected text or markdown, got "${format}"`, 'use --format text (the default) or --format markdown');
  const results = await readResults(positionals[0]!);
  const gate = await gateWithFlags({ results, file: positionals[0]! }, values);
  process.stdout.write(`${format === 'markdown' ? gateMarkdown(results, gate) : gateText(results, gate)}\n`);
  if (values.junit) await writeFile(values.junit, gateJunit(results, gate));
  return gate.failed ? ExitCode.gateFailed : ExitCode.ok;
}
