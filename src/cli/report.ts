import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError, ExitCode } from '../core/errors.js';
import { RESULTS_SCHEMA, type Results } from '../results/results.js';
import { nameDamagedHistogram } from '../results/damaged.js';
import { REPORTERS } from '../report/reporters.js';
import { parseCommandArgs } from './args.js';
import { readResults } from '../results/shape.js';
import { gateWithFlags } from './gate.js';

export const REPORT_HELP = `Usage: llm-load report results.json [--baseline FILE] [--html out.html] [--markdown out.md] [--junit out.xml]

Renders reports from a results file alone: a self-contained HTML report (charts, tables; no network),
the markdown of the PR comment, and JUnit XML of the gate. Without an output flag it writes report.html
beside the results. A baseline results.json is drawn dashed beside the current series; with --baseline
or --profile the gate is evaluated again, otherwise the results' own gate is used.

  --baseline FILE   a baseline history or a results.json
  --profile FILE    thresholds: and regression: to gate with (default: those the run was gated with)
  --fail-on LEVEL   critical (default) | warn | never (for the gate)
`;

const OPTIONS = {
  baseline: { type: 'string' },
  profile: { type: 'string' },
  html: { type: 'string' },
  markdown: { type: 'string' },
  junit: { type: 'string' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A baseline that is itself a results file can be drawn; a history file only gates. */
async function baselineResults(file: string | undefined): Promise<Results | undefined> {
  if (!file) return undefined;
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { schema?: unknown };
    return data.schema === RESULTS_SCHEMA ? (data as Results) : undefined;
  } catch {
    return undefined;
  }
}

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'report');
  if (values.help) {
    process.stdout.write(REPORT_HELP);
    return ExitCode.ok;
  }
  if (positionals.length !== 1)
    throw new ConfigError('llm-load report: give one results file', 'llm-load report results.json --html report.html');
  const file = positionals[0]!;
  const results = await readResults(file);
  if (values.baseline || values.profile || !results.gate) {
    results.gate = await gateWithFlags({ results, file }, values);
  }
  const html = values.html ?? (values.markdown || values.junit ? undefined : join(dirname(file), 'report.html'));
  if (html) {
    const baseline = await baselineResults(values.baseline);
    let page: string;
    try {
      page = REPORTERS.html.render({ results, baseline });
    } catch (error) {
      throw nameDamagedHistogram(error, baseline ? [results, baseline] : [results], [file, values.baseline ?? '']);
    }
    await writeFile(html, page);
    process.stdout.write(`html     ${html}\n`);
  }
  if (values.markdown) {
    await writeFile(values.markdown, REPORTERS.markdown.render({ results }));
    process.stdout.write(`markdown ${values.markdown}\n`);
  }
  if (values.junit) {
    await writeFile(values.junit, REPORTERS.junit.render({ results }));
    process.stdout.write(`junit    ${values.junit}\n`);
  }
  return ExitCode.ok;
}
