/** The gate's part of a results file: its verdict, one row per judged metric, and endurance trends. */

/** How a change is measured: relative to the baseline, or as a difference in the metric's unit. */
export type ChangeKind = 'relative' | 'absolute';

export interface Trend {
  metric: string;
  unit: '%/h' | 'MB/h' | 'pp/h';
  /** Per hour, in `unit`. */
  slope: number;
  low: number;
  high: number;
  limit: number | null;
  limitSource: string | null;
  /** The fitted line over the judged part of the run, for charts: [epoch s, value] at both ends. */
  line: [[number, number], [number, number]];
  /** The points the fit used: [epoch s, value]. */
  points: [number, number][];
  result: 'PASS' | 'FAIL' | 'INSUFFICIENT';
  note: string;
}

export interface HistorySummary {
  runs: number;
  newest: string | null;
  oldest: string | null;
  spread: { metric: string; relative: number } | null;
}

export type RowResult = 'PASS' | 'WARN' | 'FAIL' | 'INSUFFICIENT';
export type FailOn = 'critical' | 'warn' | 'never';

export interface GateRow {
  metric: string;
  baseline: number | null;
  current: number | null;
  /**
   * (current − baseline) ÷ baseline, positive when the number went up; for `deltaKind: absolute` (error
   * rate, or a baseline of 0) current − baseline in the metric's unit.
   */
  delta: number | null;
  /** The interval of the change (same terms as delta), when this run and the history could give one. */
  ciLow?: number | null;
  ciHigh?: number | null;
  deltaKind?: ChangeKind;
  target: string | null;
  critical: string | null;
  /** The regression tolerance used, as a ratio (0.1 = 10 %). */
  tolerance: number | null;
  result: RowResult;
  note: string | null;
  unit: 'ms' | 'ratio' | 'number' | 'tokens' | Trend['unit'];
}

/**
 * The rules a gate judged by, in the profile's parsed form: results carry them so `report` and `compare`
 * judge a results file again the way its run did (config/gate-rules.ts reads them back).
 */
export interface GateRules {
  thresholds: Record<string, { target?: string; critical: string[] }>;
  regression: Record<string, unknown>;
  endurance?: Record<string, unknown>;
}

/** A gate's verdict: its worst row, or UNGATED when nothing was gated (no table row, no baseline). */
export type Verdict = RowResult | 'UNGATED';

export interface Gate {
  verdict: Verdict;
  /** Whether the verdict fails the run under `failOn` (exit code 1). */
  failed: boolean;
  failOn: FailOn;
  rows: GateRow[];
  /** What the regression check compared against, in words. */
  baseline: string;
  /** The history compared against: how many runs, how old, how spread. */
  history?: HistorySummary;
  /** Endurance trends (with their fitted lines, for charts), when the profile asks for them. */
  trends?: Trend[];
  /** What the gate judged by; absent in results written before it was kept. */
  rules?: GateRules;
}
