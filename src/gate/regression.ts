import { mean, median, robustSd, sampleSd, tQuantile } from '../core/stats.js';

/** One run of the history: its figure and, when recorded, that run's own standard error (see blocks.ts). */
export interface HistoryPoint {
  value: number;
  se?: number;
}

export interface RegressionInput {
  current: number;
  /** This run's standard error, from its blocks; undefined when the run could not be cut into enough. */
  currentSe: number | undefined;
  /** How many blocks gave currentSe (its degrees of freedom are blocks − 1). */
  blocks: number;
  history: readonly HistoryPoint[];
  /** The tolerance, as a ratio of the reference (0.05 = 5 %). */
  tolerance: number;
  better: 'lower' | 'higher';
  /** A change smaller than this, in the metric's unit, never counts. */
  floor: number;
  /** `log`: relative changes (latencies, rates); `abs`: differences (error rate). */
  scale: 'log' | 'abs';
  /** Two-sided confidence of the interval. */
  confidence?: number;
}

export type RegressionResult = 'PASS' | 'WARN' | 'FAIL';

export interface RegressionOutcome {
  /** The history's median. */
  reference: number;
  /** The change: relative ((current − reference) ÷ reference) on the log scale, absolute on the abs scale. */
  delta: number;
  low: number | undefined;
  high: number | undefined;
  kind: 'relative' | 'absolute';
  /** The tolerance in the delta's terms (relative, or absolute on the abs scale). */
  limit: number;
  result: RegressionResult;
  /** within: the whole interval inside the tolerance; beyond: all of it past; straddles: part each side. */
  reason: 'within' | 'beyond' | 'straddles' | 'no-interval' | 'below-floor' | 'better';
}

export const DEFAULT_CONFIDENCE = 0.95;
/** From this many runs, the history's spread calibrates the run's block error. */
export const CALIBRATION_RUNS = 5;

/**
 * The history's run-to-run spread: the MAD's (robust to one wild run), but never under half the sample
 * standard deviation, since the MAD of a few runs collapses to ~0 when most of them happen to tie.
 */
function historySpread(values: readonly number[]): number {
  return Math.max(robustSd(values), 0.5 * sampleSd(values));
}

/**
 * The change between this run and the history, with an interval, and what it means against the tolerance.
 *
 * The variance of "this run − the history's median" adds three parts: this run's own noise (from its
 * blocks); the history median's uncertainty ((π/2)·σ²/n for a median, σ from the history's robust spread);
 * and the runner-to-runner part of σ² that a run's blocks cannot see (σ² less the runs' own block noise).
 * FAIL needs the whole interval at or past the tolerance; an interval that straddles it is inconclusive.
 */
export function judgeRegression(input: RegressionInput): RegressionOutcome {
  const { current, currentSe, history, better, floor, tolerance } = input;
  const logScale = input.scale === 'log' && current > 0 && history.every((h) => h.value > 0);
  const transform = (v: number) => (logScale ? Math.log(v) : v);
  const values = history.map((h) => transform(h.value));
  const reference = median(history.map((h) => h.value));
  const referenceT = transform(reference);
  const d = transform(current) - referenceT;
  const sign = better === 'lower' ? 1 : -1;
  const limit = logScale
    ? better === 'lower'
      ? Math.log(1 + tolerance)
      : -Math.log(Math.max(1e-9, 1 - tolerance))
    : Math.max(tolerance * Math.abs(reference), floor);
  const kind = logScale ? 'relative' : 'absolute';
  const show = (x: number) => (logScale ? Math.expm1(x) : x);
  const outcome = (result: RegressionResult, reason: RegressionOutcome['reason'], half?: number): RegressionOutcome => ({
    reference,
    delta: show(d),
    low: half === undefined ? undefined : show(d - half),
    high: half === undefined ? undefined : show(d + half),
    kind,
    limit: logScale ? (better === 'lower' ? tolerance : -tolerance) : sign * limit,
    result,
    reason,
  });

  const bad = sign * d;
  // Scale the block errors to the transform: relative errors are errors of the logarithm.
  const seT = (se: number | undefined, value: number) =>
    se === undefined ? undefined : logScale ? se : input.scale === 'log' ? se * Math.abs(value) : se;
  const within = seT(currentSe, current);
  const historySes = history.map((h) => seT(h.se, h.value)).filter((s): s is number => s !== undefined);
  const historyWithin2 = historySes.length ? mean(historySes.map((s) => s * s)) : undefined;
  const n = values.length;
  let variance: number | undefined;
  let df = within !== undefined ? input.blocks - 1 : Infinity;
  if (n >= 3) {
    const spread2 = historySpread(values) ** 2;
    // A run's own noise as the history's runs saw it in their blocks, and how far the runs actually
    // moved: block errors of rates run high (a wave counted in one window is missing from the next), so
    // with enough runs this run's block error is scaled by what the history shows.
    const base2 = historyWithin2 ?? (within !== undefined ? within * within : spread2);
    const calibration = n >= CALIBRATION_RUNS && base2 > 0 ? Math.min(1, spread2 / base2) : 1;
    const own2 = (within !== undefined ? within * within : base2) * calibration;
    const runToRun2 = Math.max(0, spread2 - base2);
    variance = own2 + runToRun2 + ((Math.PI / 2) * spread2) / n;
    df = Math.min(df, n - 1);
  } else if (within !== undefined || historyWithin2 !== undefined) {
    const own2 = within !== undefined ? within * within : historyWithin2!;
    variance = own2 + (historyWithin2 ?? own2) / n;
    if (within === undefined) df = 2;
  }

  const half =
    variance === undefined
      ? undefined
      : tQuantile(1 - (1 - (input.confidence ?? DEFAULT_CONFIDENCE)) / 2, Math.max(2, df)) * Math.sqrt(variance);
  if (bad <= 0) return outcome('PASS', 'better', half);
  if (Math.abs(current - reference) < floor) return outcome('PASS', 'below-floor', half);
  if (half === undefined) return bad >= limit ? outcome('WARN', 'no-interval') : outcome('PASS', 'within');
  // "At or beyond": a change that lands on the tolerance counts (to rounding of the logarithms).
  if (bad - half >= limit - 1e-12) return outcome('FAIL', 'beyond', half);
  if (bad + half < limit) return outcome('PASS', 'within', half);
  return outcome('WARN', 'straddles', half);
}
