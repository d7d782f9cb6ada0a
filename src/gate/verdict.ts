import type { EnduranceConfig, RegressionConfig, ThresholdTable } from '../config/schema.js';
import { enduranceTrends, type Trend } from './drift.js';
import type { Results } from '../metrics/results.js';
import { referenceOf, type BaselineFile } from './baseline.js';
import { directionOf } from './direction.js';
import { parseMetricKey, readMetric, type MetricKey } from './metrics.js';
import { parseThreshold, passes, type Threshold } from './thresholds.js';

export type RowResult = 'PASS' | 'WARN' | 'FAIL' | 'INSUFFICIENT';
export type FailOn = 'critical' | 'warn' | 'never';

export interface GateRow {
  metric: string;
  baseline: number | null;
  current: number | null;
  /** (current − baseline) ÷ baseline; positive means the number went up. */
  delta: number | null;
  target: string | null;
  critical: string | null;
  /** The regression tolerance used, as a ratio (0.1 = 10 %). */
  tolerance: number | null;
  result: RowResult;
  note: string | null;
  unit: 'ms' | 'ratio' | 'number' | 'tokens' | Trend['unit'];
}

export interface Gate {
  verdict: RowResult;
  /** Whether the verdict fails the run under `failOn` (exit code 1). */
  failed: boolean;
  failOn: FailOn;
  rows: GateRow[];
  /** What the regression check compared against, in words. */
  baseline: string;
  /** Endurance trends (with their fitted lines, for charts), when the profile asks for them. */
  trends?: Trend[];
}

/** Metrics compared to the baseline even when the table does not name them. */
const DEFAULT_REGRESSION_KEYS = ['latency.p95', 'ttft.p95', 'error_rate', 'rps', 'output_tokens_per_s'];

const RANK: Record<RowResult, number> = { PASS: 0, WARN: 1, INSUFFICIENT: 2, FAIL: 3 };
const worst = (a: RowResult, b: RowResult): RowResult => (RANK[b] > RANK[a] ? b : a);

/** A percentile means little on too few samples: pN needs 1 / (1 − N) of them (p99: 100, p99.9: 1000). */
export function samplesNeeded(stat: string | undefined): number {
  const m = /^p(\d+)$/.exec(stat ?? '');
  if (!m) return 1;
  const digits = m[1]!;
  const p = Number(`0.${digits}`) || Number(digits) / 100;
  return p >= 1 ? 1 : Math.ceil(1 / (1 - p) - 1e-9);
}

export interface GateInput {
  results: Results;
  thresholds: ThresholdTable;
  regression: RegressionConfig;
  baseline?: BaselineFile;
  /** Why there is no baseline (none yet, expired, unreadable): shown in place of it. */
  baselineNote?: string;
  failOn: FailOn;
  endurance?: EnduranceConfig;
}

function thresholdRow(
  value: number,
  samples: number,
  key: MetricKey,
  target: Threshold | undefined,
  critical: Threshold[],
): [RowResult, string | null] {
  const needed = samplesNeeded(key.stat);
  if (samples < needed) return ['INSUFFICIENT', `${key.stat} needs ≥ ${needed} samples, has ${samples}`];
  const brokenCritical = critical.find((t) => !passes(value, t));
  if (brokenCritical) return ['FAIL', `critical ${brokenCritical.source} missed`];
  if (target && !passes(value, target)) return ['WARN', `target ${target.source} missed`];
  return ['PASS', null];
}

/** Evaluates the Target / Critical table and the baseline regression check: one row per metric. */
export function evaluateGate(input: GateInput): Gate {
  const { results, thresholds, regression, baseline } = input;
  const rows: GateRow[] = [];
  const keys = [...Object.keys(thresholds)];
  if (baseline) for (const key of [...Object.keys(regression.metrics), ...DEFAULT_REGRESSION_KEYS]) if (!keys.includes(key)) keys.push(key);

  if (results.totals.requests === 0) {
    rows.push({
      metric: 'requests',
      baseline: null,
      current: 0,
      delta: null,
      target: null,
      critical: null,
      tolerance: null,
      result: 'FAIL',
      note: 'no request completed: nothing was measured',
      unit: 'number',
    });
  }

  for (const source of keys) {
    const parsedKey = parseMetricKey(source);
    if (!parsedKey) continue; // the profile loader rejects unknown keys; a baseline may hold ones we no longer know
    const row = thresholds[source];
    const target = row?.target ? parseThreshold(row.target) : undefined;
    const critical = (row?.critical ?? []).map(parseThreshold);
    const stat = parsedKey.stat ?? target?.stat ?? critical[0]?.stat;
    const key = { ...parsedKey, stat };
    const direction = directionOf(key.name, key.stat);
    const { value, samples } = readMetric(results, key);
    const reference = baseline ? referenceOf(baseline, source) : undefined;
    if (!row && (!reference || value === null)) continue;

    let result: RowResult = 'PASS';
    const notes: string[] = [];
    if (row) {
      if (value === null) {
        result = 'INSUFFICIENT';
        notes.push('no data for this metric in the results');
      } else {
        const [r, note] = thresholdRow(value, samples, key, target, critical);
        result = r;
        if (note) notes.push(note);
      }
    }

    let delta: number | null = null;
    let tolerance: number | null = null;
    if (reference && value !== null) {
      delta = reference.value !== 0 ? (value - reference.value) / Math.abs(reference.value) : null;
      tolerance = Math.max(regression.metrics[source] ?? regression.default, regression.k * reference.relativeMad);
      const worse = direction.better === 'lower' ? value - reference.value : reference.value - value;
      if (worse > Math.max(tolerance * Math.abs(reference.value), direction.floor)) {
        result = worst(result, regression.severity === 'warn' ? 'WARN' : 'FAIL');
        notes.push(
          `regressed ${delta === null ? '' : `${(Math.abs(delta) * 100).toFixed(1)}% `}beyond the ${(tolerance * 100).toFixed(1)}% tolerance (baseline of ${reference.runs} run${reference.runs > 1 ? 's' : ''})`,
        );
      }
    }
    rows.push({
      metric: source,
      baseline: reference?.value ?? null,
      current: value,
      delta,
      target: row?.target ?? null,
      critical: row?.critical.join(', ') || null,
      tolerance,
      result,
      note: notes.join('; ') || null,
      unit: direction.unit,
    });
  }

  const trends = input.endurance ? enduranceTrends(results, input.endurance) : undefined;
  for (const trend of trends ?? []) {
    rows.push({
      metric: trend.metric,
      baseline: null,
      current: trend.slope,
      delta: null,
      target: null,
      critical: trend.limitSource,
      tolerance: null,
      result: trend.result,
      note: trend.note,
      unit: trend.unit,
    });
  }

  const verdict = rows.reduce<RowResult>((acc, row) => worst(acc, row.result), 'PASS');
  const failed = input.failOn === 'never' ? false : input.failOn === 'warn' ? verdict !== 'PASS' : verdict === 'FAIL';
  const baselineText = baseline
    ? `baseline: median of the last ${baseline.history.length} run${baseline.history.length > 1 ? 's' : ''} of ${baseline.name}`
    : (input.baselineNote ?? 'no baseline yet: gated on the table alone');
  return { verdict, failed, failOn: input.failOn, rows, baseline: baselineText, ...(trends ? { trends } : {}) };
}

/** Per-request limits for goodput: the table's target (or critical) of ttft, tpot, e2e and latency rows. */
export interface GoodputLimits {
  ttftMs?: number;
  tpotMs?: number;
  e2eMs?: number;
  latencyMs?: number;
}

export function goodputLimits(thresholds: ThresholdTable): GoodputLimits | undefined {
  const limits: GoodputLimits = {};
  for (const [source, row] of Object.entries(thresholds)) {
    const key = parseMetricKey(source);
    if (!key || key.selector || !['ttft', 'tpot', 'e2e', 'latency'].includes(key.name)) continue;
    const threshold = [row.target, ...row.critical]
      .filter((t): t is string => t !== undefined)
      .map(parseThreshold)
      .find((t) => t.op === '<' || t.op === '<=');
    if (!threshold) continue;
    const field = `${key.name}Ms` as keyof GoodputLimits;
    limits[field] = Math.min(limits[field] ?? Infinity, threshold.value);
  }
  return Object.keys(limits).length ? limits : undefined;
}
