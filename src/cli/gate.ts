import { DEFAULT_REGRESSION, type EnduranceConfig, type RegressionConfig, type ThresholdTable } from '../config/schema.js';
import { loadProfileFile } from '../config/load.js';
import { ConfigError } from '../errors.js';
import { BaselineError, readBaseline, type BaselineFile } from '../gate/baseline.js';
import { evaluateGate, type FailOn, type Gate } from '../gate/verdict.js';
import type { Results } from '../metrics/results.js';

export function parseFailOn(value: string | undefined): FailOn {
  const failOn = value ?? 'critical';
  if (failOn !== 'critical' && failOn !== 'warn' && failOn !== 'never') {
    throw new ConfigError(`--fail-on: expected one of critical, warn, never, got "${failOn}"`);
  }
  return failOn;
}

/**
 * Gates results against the table and, when given, a baseline file. A baseline that cannot be read is
 * said in the gate's baseline line and on stderr, and the gate goes on with the table alone.
 */
export async function gateResults(
  results: Results,
  options: { thresholds: ThresholdTable; regression: RegressionConfig; baselinePath?: string; failOn: FailOn; endurance?: EnduranceConfig },
): Promise<Gate> {
  let baseline: BaselineFile | undefined;
  let baselineNote: string | undefined;
  if (options.baselinePath) {
    try {
      baseline = await readBaseline(options.baselinePath, Object.keys(options.thresholds));
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      baselineNote = `${error.message}: gated on the table alone`;
      process.stderr.write(`warning: ${baselineNote}\n`);
    }
  }
  return evaluateGate({
    results,
    thresholds: options.thresholds,
    regression: options.regression,
    baseline,
    baselineNote,
    failOn: options.failOn,
    endurance: options.endurance,
  });
}

/**
 * The gate the compare, report and merge commands apply: the thresholds, regression and endurance rules
 * of `--profile` (none without one), a `--baseline` file, and `--fail-on`.
 */
export async function gateWithFlags(results: Results, flags: { profile?: string; baseline?: string; 'fail-on'?: string }): Promise<Gate> {
  const profile = flags.profile ? await loadProfileFile(flags.profile) : undefined;
  return gateResults(results, {
    thresholds: profile?.thresholds ?? {},
    regression: profile?.regression ?? DEFAULT_REGRESSION,
    baselinePath: flags.baseline,
    failOn: parseFailOn(flags['fail-on']),
    endurance: profile?.endurance,
  });
}
