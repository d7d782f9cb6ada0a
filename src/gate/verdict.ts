import type { Gate, GateRow, FailOn, RowResult, Trend, Verdict } from '../results/gate.js';
import type { EnduranceConfig, RegressionConfig, ThresholdTable } from '../config/schema.js';
import { enduranceTrends } from './drift.js';
import type { Results } from '../results/results.js';
import { describeHistory, historyText, referenceOf, type BaselineFile } from './baseline.js';
import { blockStatistic } from './blocks.js';
import { formatChangeWithInterval, formatTolerance } from '../thresholds/change.js';
import { lonelyOutlier, type Judged } from './outlier.js';
import { directionOf } from './direction.js';
import { parseMetricKey, readMetric, type MetricKey } from '../thresholds/metrics.js';
import { judgeRegression } from './regression.js';
import { samplesNeeded, tailTooThin } from './samples.js';
import { parseThreshold, passes, type Threshold } from '../thresholds/grammar.js';

/**
 * Regression rows judged whenever the history has them: the statistics that stay put run to run (ttft and
 * itl p50 moved ≤ 0.3 % between identical runs; p95 moved 8.9 %, set by one stalled wave), and one tail
 * row each, which gates only on a run long and full enough (see samples.ts). LLM runs use e2e for latency.
 */
export const DEFAULT_REGRESSION_KEYS = {
  llm: ['ttft.p50', 'ttft.mean', 'itl.p50', 'tpot.p50', 'e2e.p50', 'rps', 'output_tokens_per_s', 'error_rate', 'ttft.p99'],
  plain: ['latency.p50', 'latency.mean', 'rps', 'error_rate', 'latency.p99'],
} as const;

const RANK: Record<RowResult, number> = { PASS: 0, WARN: 1, INSUFFICIENT: 2, FAIL: 3 };
const worst = (a: RowResult, b: RowResult): RowResult => (RANK[b] > RANK[a] ? b : a);

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

/** A row's Target / Critical part: its result and note, before any regression is judged. */
function tableResult(
  row: ThresholdTable[string] | undefined,
  value: number | null,
  samples: number,
  key: MetricKey,
  target: Threshold | undefined,
  critical: Threshold[],
): [RowResult, string | null] {
  if (!row) return ['PASS', null];
  if (value === null) return ['INSUFFICIENT', 'no data for this metric in the results'];
  return thresholdRow(value, samples, key, target, critical);
}

/** The result and note a judged regression adds to its row; reads every judged row for the one-window rule. */
function regressionVerdict(
  j: Judged,
  all: readonly Judged[],
  results: Results,
  regression: RegressionConfig,
  runs: string,
): [RowResult, string | null] {
  const { outcome, key, unit } = j;
  if (outcome.result === 'PASS') return ['PASS', null];
  const change = formatChangeWithInterval(outcome.delta, outcome.low, outcome.high, outcome.kind, unit, regression.confidence);
  const tolerance = formatTolerance(outcome.limit, outcome.kind, unit);
  if (outcome.result === 'FAIL') {
    const outlier = lonelyOutlier(j, all, regression);
    if (outlier) return ['WARN', outlier];
  }
  const thin = tailTooThin(key.stat, readMetric(results, key).samples, results.meta.durationS);
  if (thin) {
    // A tail row that cannot gate this run speaks up only when its change itself is past the tolerance.
    const past = Math.sign(outcome.limit) * outcome.delta >= Math.abs(outcome.limit);
    return past ? ['WARN', `${change} past the ${tolerance} tolerance, not gated: ${thin}`] : ['PASS', null];
  }
  if (outcome.result === 'FAIL')
    return [regression.severity === 'warn' ? 'WARN' : 'FAIL', `regressed ${change} (tolerance ${tolerance})${runs}`];
  if (outcome.reason === 'no-interval')
    return [
      'WARN',
      `${change} past the ${tolerance} tolerance, but inconclusive: no interval (the run is too short to cut into blocks and the history has fewer than 3 runs)`,
    ];
  return ['WARN', `inconclusive: ${change} straddles the ${tolerance} tolerance; run longer or keep more history`];
}

const NOTHING_MEASURED: GateRow = {
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
};

/** A run whose every request failed is a failure whatever the table says: the row says what came back. */
function everythingFailed(results: Results): GateRow {
  const codes = Object.entries(results.statusCodes)
    .map(([code, n]) => `${code} × ${n}`)
    .join(', ');
  const example = Object.values(results.errors).find((e) => e?.examples[0])?.examples[0];
  const stopped = results.meta.aborted ? `; the run stopped itself: ${results.meta.aborted}` : '';
  return {
    ...NOTHING_MEASURED,
    current: results.totals.requests,
    note: `every request failed${codes ? ` (status ${codes})` : ''}${example ? `, e.g. ${example}` : ''}${stopped}`,
  };
}

/** One metric's row: its table result, and when the baseline has it, the regression judged against it. */
function judgeKey(source: string, input: GateInput): { row: GateRow; judged?: Judged & { row: GateRow } } | undefined {
  const { results, thresholds, regression, baseline } = input;
  const parsedKey = parseMetricKey(source);
  if (!parsedKey) return undefined; // the profile loader rejects unknown keys; a baseline may hold ones we no longer know
  const row = thresholds[source];
  const target = row?.target ? parseThreshold(row.target) : undefined;
  const critical = (row?.critical ?? []).map(parseThreshold);
  const key = { ...parsedKey, stat: parsedKey.stat ?? target?.stat ?? critical[0]?.stat };
  const direction = directionOf(key.name, key.stat);
  const { value, samples } = readMetric(results, key);
  const reference = baseline ? referenceOf(baseline, source) : undefined;
  if (!row && (!reference || value === null)) return undefined;

  const [result, note] = tableResult(row, value, samples, key, target, critical);
  const gateRow: GateRow = {
    metric: source,
    baseline: reference?.value ?? null,
    current: value,
    delta: null,
    target: row?.target ?? null,
    critical: row?.critical.join(', ') || null,
    tolerance: null,
    result,
    note,
    unit: direction.unit,
  };
  if (!reference || value === null) return { row: gateRow };
  const tolerance = regression.metrics[source] ?? regression.default;
  const blocks = blockStatistic(results, key);
  const outcome = judgeRegression({
    current: value,
    currentSe: blocks?.se,
    blocks: blocks?.values.length ?? 0,
    history: reference.points,
    tolerance,
    better: direction.better,
    floor: direction.floor,
    scale: key.name === 'error_rate' ? 'abs' : 'log',
    confidence: regression.confidence,
  });
  Object.assign(gateRow, {
    delta: outcome.delta,
    ciLow: outcome.low ?? null,
    ciHigh: outcome.high ?? null,
    deltaKind: outcome.kind,
    tolerance: outcome.kind === 'relative' ? tolerance : Math.abs(outcome.limit),
  });
  return {
    row: gateRow,
    judged: { row: gateRow, metric: source, unit: gateRow.unit, key, outcome, blocks, history: reference, tolerance },
  };
}

/** An endurance trend as a gate row. */
function trendRow(trend: Trend): GateRow {
  return {
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
  };
}

/** Evaluates the Target / Critical table and the baseline regression check: one row per metric. */
export function evaluateGate(input: GateInput): Gate {
  const { results, thresholds, regression, baseline } = input;
  const { requests, failures } = results.totals;
  const rows: GateRow[] = requests === 0 ? [{ ...NOTHING_MEASURED }] : failures === requests ? [everythingFailed(results)] : [];
  const judged: (Judged & { row: GateRow })[] = [];
  const keys = [...Object.keys(thresholds)];
  const defaults = results.metrics.e2e?.count ? DEFAULT_REGRESSION_KEYS.llm : DEFAULT_REGRESSION_KEYS.plain;
  if (baseline) for (const key of [...Object.keys(regression.metrics), ...defaults]) if (!keys.includes(key)) keys.push(key);

  for (const source of keys) {
    const judgedRow = judgeKey(source, input);
    if (!judgedRow) continue;
    rows.push(judgedRow.row);
    if (judgedRow.judged) judged.push(judgedRow.judged);
  }

  // Regression verdicts last: the one-window rule reads every row's outcome.
  const runs = baseline ? ` (baseline of ${baseline.history.length} run${baseline.history.length > 1 ? 's' : ''})` : '';
  for (const j of judged) {
    const [result, note] = regressionVerdict(j, judged, results, regression, runs);
    j.row.result = worst(j.row.result, result);
    if (note) j.row.note = j.row.note ? `${j.row.note}; ${note}` : note;
  }

  const trends = input.endurance ? enduranceTrends(results, input.endurance) : undefined;
  rows.push(...(trends ?? []).map(trendRow));

  const verdict: Verdict = rows.length === 0 ? 'UNGATED' : rows.reduce<RowResult>((acc, row) => worst(acc, row.result), 'PASS');
  // Nothing gated is neither a pass nor a failure: it fails no run, and says so.
  const failed =
    input.failOn === 'never' || verdict === 'UNGATED' ? false : input.failOn === 'warn' ? verdict !== 'PASS' : verdict === 'FAIL';
  const history = baseline ? describeHistory(baseline, Date.parse(results.meta.endedAt) || Date.now(), defaults) : undefined;
  const baselineLine = history ? historyText(history, baseline!.name) : (input.baselineNote ?? 'no baseline yet: gated on the table alone');
  return {
    verdict,
    failed,
    failOn: input.failOn,
    rows,
    baseline: baselineLine,
    ...(history ? { history } : {}),
    ...(trends ? { trends } : {}),
    rules: { thresholds: input.thresholds, regression: input.regression, ...(input.endurance ? { endurance: input.endurance } : {}) },
  };
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
