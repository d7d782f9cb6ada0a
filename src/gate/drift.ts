import { median } from '../core/stats.js';
import type { Trend } from '../results/gate.js';
import type { EnduranceConfig } from '../config/schema.js';
import type { Results } from '../results/results.js';

export interface Fit {
  /** Units per hour. */
  slope: number;
  /** Value at x = 0. */
  intercept: number;
  /** 95 % band of the slope (Sen's rank-based interval). */
  low: number;
  high: number;
  n: number;
}

/**
 * The fewest points whose band can hold 95 %: below 5 the lower rank (N − C) / 2 falls under the first
 * slope, and a band clipped to [min, max] excludes zero whenever the points merely happen to rise (3 points
 * of pure noise rise in order 1 time in 6, which would fail a trend row that often).
 */
export const MIN_TREND_POINTS = 5;

/**
 * Theil–Sen: the median of every pairwise slope, robust to outliers (a GC pause, one slow window).
 * The band comes from the ranks of the sorted slopes (Sen 1968), with the normal approximation.
 */
export function theilSen(points: readonly [number, number][]): Fit | undefined {
  const n = points.length;
  if (n < MIN_TREND_POINTS) return undefined;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = points[j]![0] - points[i]![0];
      if (dx !== 0) slopes.push((points[j]![1] - points[i]![1]) / dx);
    }
  }
  if (slopes.length === 0) return undefined;
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  const intercept = median(points.map(([x, y]) => y - slope * x));
  const c = 1.96 * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lowRank = Math.max(0, Math.floor((slopes.length - c) / 2));
  const highRank = Math.min(slopes.length - 1, Math.ceil((slopes.length + c) / 2));
  return { slope, intercept, low: slopes[lowRank]!, high: slopes[highRank]!, n };
}

/** Timeline windows grouped into endurance windows after the warm-up: [epoch s, value]. */
function bucketed(
  results: Results,
  windowS: number,
  fromS: number,
  value: (ws: Results['timeline']['windows']) => number | null,
): [number, number][] {
  const buckets = new Map<number, Results['timeline']['windows']>();
  for (const w of results.timeline.windows) {
    if (w.t < fromS) continue;
    const key = Math.floor((w.t - fromS) / windowS);
    buckets.set(key, [...(buckets.get(key) ?? []), w]);
  }
  const out: [number, number][] = [];
  for (const [key, ws] of [...buckets].sort(([a], [b]) => a - b)) {
    const v = value(ws);
    if (v !== null && Number.isFinite(v)) out.push([fromS + (key + 0.5) * windowS, v]);
  }
  return out;
}

function judge(
  metric: string,
  unit: Trend['unit'],
  points: [number, number][],
  limit: { perHour: number; source: string } | undefined,
  relative: boolean,
): Trend | undefined {
  if (!limit && points.length === 0) return undefined;
  const t0 = points[0]?.[0] ?? 0;
  const fit = theilSen(points.map(([t, v]) => [(t - t0) / 3600, v]));
  if (!fit) {
    return {
      metric,
      unit,
      slope: 0,
      low: 0,
      high: 0,
      limit: limit?.perHour ?? null,
      limitSource: limit?.source ?? null,
      line: [
        [t0, 0],
        [t0, 0],
      ],
      points,
      result: 'INSUFFICIENT',
      note: `${points.length} window(s) after the warm-up; a trend needs at least ${MIN_TREND_POINTS}`,
    };
  }
  // Relative drift is against the fitted level at the start of the judged part.
  const scale = relative ? (fit.intercept !== 0 ? 100 / Math.abs(fit.intercept) : 0) : unit === 'pp/h' ? 100 : 1;
  const slope = fit.slope * scale;
  const low = fit.low * scale;
  const high = fit.high * scale;
  const tEnd = points[points.length - 1]![0];
  const limitValue = limit ? limit.perHour * (relative || unit === 'pp/h' ? 100 : 1) : null;
  // Beyond the limit, and a real trend (its band excludes zero): FAIL.
  const failed = limitValue !== null && slope > limitValue && low > 0;
  const show = (v: number) => `${v >= 0 ? '+' : ''}${Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)}`;
  return {
    metric,
    unit,
    slope,
    low,
    high,
    limit: limitValue,
    limitSource: limit?.source ?? null,
    line: [
      [t0, fit.intercept],
      [tEnd, fit.intercept + fit.slope * ((tEnd - t0) / 3600)],
    ],
    points,
    result: failed ? 'FAIL' : 'PASS',
    note: `slope ${show(slope)} ${unit} (95% band ${show(low)}…${show(high)}) over ${fit.n} windows${limit ? `; limit ${limit.source}` : ''}`,
  };
}

/**
 * Trends of per-window p95 latency, TTFT p95, error rate and each service's memory, after the warm-up
 * (default: the first 10 % of the run, at least one window), each judged against its limit.
 */
export function enduranceTrends(results: Results, config: EnduranceConfig): Trend[] {
  const windowS = Math.max(results.timeline.windowS, config.window / 1000);
  const start = results.timeline.windows[0]?.t ?? Date.parse(results.meta.startedAt) / 1000;
  const warmupS = config.warmup !== undefined ? config.warmup / 1000 : Math.max(windowS, results.meta.durationS * 0.1);
  const fromS = start + warmupS;
  const trends: (Trend | undefined)[] = [
    judge(
      'endurance.latency_p95_drift',
      '%/h',
      bucketed(results, windowS, fromS, (ws) => nullIfNaN(median(ws.flatMap((w) => (w.p95 === null ? [] : [w.p95]))))),
      config.max_latency_drift,
      true,
    ),
    results.metrics.ttft
      ? judge(
          'endurance.ttft_p95_drift',
          '%/h',
          bucketed(results, windowS, fromS, (ws) => nullIfNaN(median(ws.flatMap((w) => (w.ttftP95 === null ? [] : [w.ttftP95]))))),
          config.max_ttft_drift,
          true,
        )
      : undefined,
    judge(
      'endurance.error_rate_growth',
      'pp/h',
      bucketed(results, windowS, fromS, (ws) => {
        const requests = ws.reduce((n, w) => n + w.requests, 0);
        return requests ? ws.reduce((n, w) => n + w.failures, 0) / requests : null;
      }),
      config.max_error_rate_growth,
      false,
    ),
  ];
  for (const [service, series] of Object.entries(results.resources?.services ?? {})) {
    const points = series.points.filter((p) => p.t >= fromS).map((p) => [p.t, p.memoryMB] as [number, number]);
    trends.push(judge(`endurance.memory_growth{${service}}`, 'MB/h', points, config.max_memory_growth, false));
  }
  return trends.filter((t): t is Trend => t !== undefined && (t.limit !== null || t.points.length > 0));
}

function nullIfNaN(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}
