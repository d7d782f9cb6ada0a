import type { FailOn, Gate, GateRules } from '../results/gate.js';
import { storedGateRules, type JudgingRules } from '../config/gate-rules.js';
import { DEFAULT_REGRESSION } from '../config/schema.js';
import { loadProfileFile } from '../config/load.js';
import { ConfigError } from '../core/errors.js';
import { BaselineError, readBaseline, type BaselineFile } from '../gate/baseline.js';
import { evaluateGate } from '../gate/verdict.js';
import type { Results } from '../results/results.js';

export function parseFailOn(value: string | undefined): FailOn {
  const failOn = value ?? 'critical';
  if (failOn !== 'critical' && failOn !== 'warn' && failOn !== 'never') {
    throw new ConfigError(
      `--fail-on: expected one of critical, warn, never, got "${failOn}"`,
      'critical fails on a FAIL row, warn also on a WARN, never only reports',
    );
  }
  return failOn;
}

/**
 * Reads a baseline file (a history or a results.json). One that cannot be read is said on stderr and in
 * the gate's baseline line, and the gate goes on with the table alone.
 */
export async function readBaselineOrSay(path: string, thresholdKeys: string[]): Promise<{ baseline?: BaselineFile; note?: string }> {
  try {
    return { baseline: await readBaseline(path, thresholdKeys) };
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    const note = `${error.message}: gated on the table alone`;
    process.stderr.write(`warning: ${note}\n`);
    return { note };
  }
}

/** A results file and the rules its run was gated with (the merged shards': the first shard's). */
export interface Judged {
  results: Results;
  file: string;
  rules?: GateRules;
}

/**
 * The gate the compare, report and merge commands apply: the thresholds, regression and endurance rules
 * of `--profile`, else those the results were gated with when they ran (none for a file that has none),
 * a `--baseline` file, and `--fail-on`.
 */
export async function gateWithFlags(
  { results, file, rules = results.gate?.rules }: Judged,
  flags: { profile?: string; baseline?: string; 'fail-on'?: string },
): Promise<Gate> {
  const judging: JudgingRules = flags.profile
    ? await loadProfileFile(flags.profile)
    : (storedGateRules(rules, file) ?? { thresholds: {}, regression: DEFAULT_REGRESSION });
  const { baseline, note } = flags.baseline ? await readBaselineOrSay(flags.baseline, Object.keys(judging.thresholds)) : {};
  return evaluateGate({
    results,
    thresholds: judging.thresholds,
    regression: judging.regression,
    baseline,
    baselineNote: note,
    failOn: parseFailOn(flags['fail-on']),
    endurance: judging.endurance,
  });
}
