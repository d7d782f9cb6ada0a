import type { FailOn, GateRow, Verdict } from './gate.js';
import type { Results } from './results.js';

/** The schema of an ab.json file. */
export const AB_SCHEMA = 'llm-load/ab@1';

/** One row of an A/B comparison: a gate row judged on round pairs. */
export interface AbRow extends GateRow {
  /** Round pairs the row was judged on. */
  rounds: number;
}

export interface Comparison {
  verdict: Verdict;
  failed: boolean;
  failOn: FailOn;
  /** Round pairs counted (warm-up rounds are not). */
  rounds: number;
  /** The order the rounds ran in, e.g. "AB BA AB BA". */
  order: string;
  /** `concurrent`: both sides up at once, rounds alternate; `turns`: one side's stack down before the other's is up. */
  mode: 'concurrent' | 'turns';
  rows: AbRow[];
  /** Why the comparison stopped where it did. */
  note: string;
}

/** ab.json: each side's rounds merged into a normal results file, and the comparison. */
export interface AbResults {
  schema: typeof AB_SCHEMA;
  base: Results;
  head: Results;
  comparison: Comparison;
}
