import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError, ExitCode } from '../errors.js';
import { RESULTS_SCHEMA, type Results } from '../metrics/results.js';
import { gateJunit } from '../report/junit.js';
import { gateMarkdown, gateText } from '../report/markdown.js';
import { parseCommandArgs } from './args.js';
import { gateWithFlags } from './gate.js';

export const COMPARE_HELP = `Usage: llm-load compare CURRENT.json [--baseline FILE] [--profile llm-load.yml] [options]

Gates a results file: the profile's Target/Critical table, and regression against a baseline (a
baseline history file or another results.json). Prints the table; exits 1 when the verdict fails.

  --baseline FILE   baseline history (llm-load baseline update) or a results.json
  --profile FILE    profile whose thresholds: and regression: to use
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

/** Reads a results.json, with clear errors for a missing, corrupt or foreign file. */
export async function readResults(file: string): Promise<Results> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${file}: ${code ? `cannot read it (${code})` : 'not valid JSON'}`,
      'give the results.json that llm-load run wrote',
    );
  }
  const schema = (data as { schema?: unknown })?.schema;
  if (schema !== RESULTS_SCHEMA) {
    throw new ConfigError(`${file}: not an llm-load results file (schema ${JSON.stringify(schema)}, expected "${RESULTS_SCHEMA}")`);
  }
  return data as Results;
}

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'compare');
  if (values.help) {
    process.stdout.write(COMPARE_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new ConfigError('llm-load compare: give one results file', 'llm-load compare results.json --baseline baseline.json');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new ConfigError(`--format: expected text or markdown, got "${format}"`);
  const results = await readResults(positionals[0]!);
  const gate = await gateWithFlags(results, values);
  process.stdout.write(`${format === 'markdown' ? gateMarkdown(results, gate) : gateText(results, gate)}\n`);
  if (values.junit) await writeFile(values.junit, gateJunit(results, gate));
  return gate.failed ? ExitCode.gateFailed : ExitCode.ok;
}
