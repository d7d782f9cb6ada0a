import type { Profile } from '../config/schema.js';
import type { BaselineFile } from '../gate/baseline.js';
import { evaluateGate } from '../gate/verdict.js';
import type { FailOn } from '../results/gate.js';
import type { Results } from '../results/results.js';

export interface GateStep {
  failOn: FailOn;
  /** Gate even when nothing asks for it (the verdict is then UNGATED); otherwise only when something does. */
  always: boolean;
  /** The history to compare with; called after the results are first written (it may wait on a slow API). */
  loadBaseline?: () => Promise<{ baseline?: BaselineFile; note?: string }>;
}

/** Whether a run has anything to gate: a table, a baseline, endurance rules, or nothing but failures. */
function hasSomethingToGate(results: Results, profile: Profile, step: GateStep): boolean {
  const allFailed = results.totals.failures === results.totals.requests && !results.meta.interrupted;
  return Object.keys(profile.thresholds).length > 0 || step.loadBaseline !== undefined || profile.endurance !== undefined || allFailed;
}

/** Judges `results` by the profile's table, regression and endurance rules and the baseline; sets `results.gate`. */
export async function gateResults(results: Results, profile: Profile, step: GateStep): Promise<void> {
  if (!step.always && !hasSomethingToGate(results, profile, step)) return;
  const { baseline, note } = (await step.loadBaseline?.()) ?? {};
  results.gate = evaluateGate({
    results,
    thresholds: profile.thresholds,
    regression: profile.regression,
    baseline,
    baselineNote: note,
    failOn: step.failOn,
    endurance: profile.endurance,
  });
}
