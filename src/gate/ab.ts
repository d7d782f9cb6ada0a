import { mean, sampleSd, tQuantile } from '../core/stats.js';
import type { AbRow } from '../results/ab.js';
import type { RowResult } from '../results/gate.js';
import type { Results } from '../results/results.js';
import { formatChangeWithInterval, formatTolerance } from '../thresholds/change.js';
import { parseMetricKey, readMetric } from '../thresholds/metrics.js';
import { directionOf } from './direction.js';
import { tailTooThin } from './samples.js';

/** One round of each side under the same seed: the unit of an A/B comparison. */
export interface RoundPair {
  base: Results;
  head: Results;
}

/** The fewest round pairs an interval is read from. */
export const AB_MIN_PAIRS = 3;

export interface AbRules {
  /** Rows to judge: metric keys (`ttft.p50`, `rps`, `error_rate`…). */
  keys: readonly string[];
  /** Tolerance per key, as a ratio (0.05 = 5 %); `default` for the rest. */
  tolerance: (key: string) => number;
  confidence: number;
}

/** The paired differences of one row: log ratios (rates, latencies), or differences (error rate). */
function pairDifferences(pairs: readonly RoundPair[], key: NonNullable<ReturnType<typeof parseMetricKey>>, scale: 'log' | 'abs') {
  const diffs: number[] = [];
  let base = 0;
  let head = 0;
  for (const pair of pairs) {
    const a = readMetric(pair.base, key).value;
    const b = readMetric(pair.head, key).value;
    if (a === null || b === null) continue;
    if (scale === 'log' && (a <= 0 || b <= 0)) continue;
    diffs.push(scale === 'log' ? Math.log(b / a) : b - a);
    base += a;
    head += b;
  }
  return { diffs, base: diffs.length ? base / diffs.length : null, head: diffs.length ? head / diffs.length : null };
}

/**
 * Judges one row over the round pairs: the mean paired difference and its Student-t interval over pairs.
 * FAIL when the whole interval is at or past the tolerance in the bad direction; PASS when it stays short
 * of the tolerance on the bad side; WARN (inconclusive) when it straddles, or with fewer than
 * AB_MIN_PAIRS pairs. Tail percentiles gate only when both sides together hold enough samples.
 */
export function judgeRow(source: string, pairs: readonly RoundPair[], rules: AbRules): AbRow | undefined {
  const key = parseMetricKey(source);
  if (!key) return undefined;
  const direction = directionOf(key.name, key.stat);
  const scale = key.name === 'error_rate' ? 'abs' : 'log';
  const { diffs, base, head } = pairDifferences(pairs, key, scale);
  if (base === null || head === null) return undefined;
  const tolerance = rules.tolerance(source);
  // Error rate: the tolerance of the base's rate, but never under the metric's floor (0.1 pp).
  const limit = scale === 'log' ? Math.log1p(tolerance) : Math.max(tolerance * base, direction.floor);
  const bad = direction.better === 'lower' ? 1 : -1;
  const estimate = mean(diffs);
  const half =
    diffs.length >= 2 ? tQuantile(0.5 + rules.confidence / 2, diffs.length - 1) * (sampleSd(diffs) / Math.sqrt(diffs.length)) : Infinity;
  const toDelta = (d: number) => (scale === 'log' ? Math.expm1(d) : d);
  const [low, high] = [estimate - half, estimate + half];
  const badEdgeNear = bad > 0 ? low : -high; // the interval's end nearest to "no change", in the bad direction
  const badEdgeFar = bad > 0 ? high : -low;
  let result: RowResult;
  let note: string | null = null;
  const change = formatChangeWithInterval(
    toDelta(estimate),
    Number.isFinite(half) ? toDelta(low) : undefined,
    Number.isFinite(half) ? toDelta(high) : undefined,
    scale === 'log' ? 'relative' : 'absolute',
    direction.unit,
    rules.confidence,
  );
  const toleranceText = formatTolerance(scale === 'log' ? tolerance : limit, scale === 'log' ? 'relative' : 'absolute', direction.unit);
  const rounds = `${diffs.length} round pair${diffs.length === 1 ? '' : 's'}`;
  // A tail percentile fails only when both sides together hold enough of its samples; until then a
  // straddling interval says nothing either way, as in the history gate.
  const pooled = pairs.reduce((n, pair) => n + readMetric(pair.head, key).samples, 0);
  const thin = tailTooThin(
    key.stat,
    pooled,
    pairs.reduce((n, pair) => n + pair.head.meta.durationS, 0),
  );
  if (diffs.length < AB_MIN_PAIRS) {
    result = 'WARN';
    note = `inconclusive: ${rounds}; an interval needs ≥ ${AB_MIN_PAIRS}`;
  } else if (badEdgeNear >= limit) {
    result = thin ? 'WARN' : 'FAIL';
    note = thin
      ? `${change} past the ${toleranceText} tolerance, not gated: ${thin}`
      : `regressed ${change} (tolerance ${toleranceText}, ${rounds})`;
  } else if (badEdgeFar < limit || thin) {
    result = 'PASS';
  } else {
    result = 'WARN';
    note = `inconclusive: ${change} straddles the ${toleranceText} tolerance (${rounds})`;
  }
  return {
    metric: source,
    baseline: base,
    current: head,
    delta: toDelta(estimate),
    ciLow: Number.isFinite(half) ? toDelta(low) : null,
    ciHigh: Number.isFinite(half) ? toDelta(high) : null,
    deltaKind: scale === 'log' ? 'relative' : 'absolute',
    target: null,
    critical: null,
    tolerance: scale === 'log' ? tolerance : limit,
    result,
    note,
    unit: direction.unit,
    rounds: diffs.length,
  };
}

/** Every row the rules name, judged over the pairs (rows neither side measured are left out). */
export function judgePairs(pairs: readonly RoundPair[], rules: AbRules): AbRow[] {
  return rules.keys.map((key) => judgeRow(key, pairs, rules)).filter((row): row is AbRow => row !== undefined);
}

/** Whether another round pair could still change a row: every row decided means the comparison can stop. */
export const undecided = (rows: readonly AbRow[]) => rows.some((row) => row.result === 'WARN' && !/not gated/.test(row.note ?? ''));
