import type { HistorySummary } from '../results/gate.js';
import { readFile } from 'node:fs/promises';
import type { Results } from '../results/results.js';
import { checkResults } from '../results/shape.js';
import { RESULTS_SCHEMA } from '../results/results.js';
import { median, robustSd } from '../core/stats.js';
import { blockStatistic } from './blocks.js';
import { parseMetricKey, readMetric } from '../thresholds/metrics.js';
import type { HistoryPoint } from './regression.js';

export const BASELINE_SCHEMA = 'llm-load/baseline@1';

/** One run of the base branch: the metric values comparison uses, nothing more. */
export interface BaselineEntry {
  sha: string | null;
  date: string;
  metrics: Record<string, number>;
  /**
   * That run's own standard error per metric, from its blocks (relative for latencies and rates, absolute
   * for the error rate): what the gate subtracts from the history's spread to see runner-to-runner drift.
   */
  se?: Record<string, number>;
  durationS?: number;
}

export interface BaselineFile {
  schema: typeof BASELINE_SCHEMA;
  name: string;
  /** Oldest first; at most `history` entries. */
  history: BaselineEntry[];
}

/** What every baseline keeps, besides the keys of the profile's table: the default regression rows and the usual tails. */
export const TRACKED_METRICS = [
  'latency.p50',
  'latency.mean',
  'latency.p90',
  'latency.p95',
  'latency.p99',
  'ttft.p50',
  'ttft.mean',
  'ttft.p95',
  'ttft.p99',
  'ttfo.p50',
  'ttfo.p95',
  'itl.p50',
  'itl.p95',
  'tpot.p50',
  'tpot.p95',
  'e2e.p50',
  'e2e.p95',
  'e2e.p99',
  'error_rate',
  'rps',
  'output_tokens_per_s',
  'goodput',
  'capacity',
];

/** The values of `keys` (and the tracked ones) found in results, with their block errors; missing ones are left out. */
export function summarizeForBaseline(results: Results, keys: readonly string[] = []): Pick<BaselineEntry, 'metrics' | 'se'> {
  const metrics: Record<string, number> = {};
  const se: Record<string, number> = {};
  for (const source of new Set([...TRACKED_METRICS, ...keys])) {
    const key = parseMetricKey(source);
    if (!key) continue;
    const { value, samples } = readMetric(results, key);
    if (value === null || samples === 0) continue;
    metrics[source] = value;
    const blocks = blockStatistic(results, key);
    if (blocks) se[source] = Number(blocks.se.toPrecision(4));
  }
  return { metrics, se };
}

export function entryFromResults(results: Results, sha: string | null, keys: readonly string[] = []): BaselineEntry {
  return {
    sha,
    date: results.meta.endedAt ?? new Date().toISOString(),
    durationS: results.meta.durationS,
    ...summarizeForBaseline(results, keys),
  };
}

/** Appends a run, keeping the newest `history` entries. */
export function appendToBaseline(baseline: BaselineFile | undefined, name: string, entry: BaselineEntry, history: number): BaselineFile {
  const entries = [...(baseline?.history ?? []), entry].slice(-history);
  return { schema: BASELINE_SCHEMA, name: baseline?.name ?? name, history: entries };
}

export class BaselineError extends Error {}

/**
 * Reads a baseline file, or a results.json used as a one-run baseline. Throws BaselineError with a
 * message that says what is wrong; callers go on without a baseline.
 */
export async function readBaseline(file: string, keys: readonly string[] = []): Promise<BaselineFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BaselineError(`baseline ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`baseline ${file}: not valid JSON`);
  }
  const schema = (data as { schema?: unknown })?.schema;
  if (schema === BASELINE_SCHEMA) {
    const { history, name } = data as BaselineFile;
    if (typeof name !== 'string') throw new BaselineError(`baseline ${file}: "name" is not text`);
    if (!Array.isArray(history)) throw new BaselineError(`baseline ${file}: "history" is not a list of runs`);
    const bad = history.findIndex(
      (e) => !e || typeof e !== 'object' || !e.metrics || typeof e.metrics !== 'object' || typeof e.date !== 'string',
    );
    if (bad !== -1) throw new BaselineError(`baseline ${file}: history[${bad}] is not a run (it needs "date" and "metrics")`);
    return data as BaselineFile;
  }
  if (schema === RESULTS_SCHEMA) {
    const checked = checkResults(data);
    if ('problem' in checked) throw new BaselineError(`baseline ${file}: damaged results file at ${checked.problem}`);
    return { schema: BASELINE_SCHEMA, name: checked.results.meta.name, history: [entryFromResults(checked.results, null, keys)] };
  }
  throw new BaselineError(
    `baseline ${file}: unknown schema ${JSON.stringify(schema)} (expected "${BASELINE_SCHEMA}" or "${RESULTS_SCHEMA}"); made by a different version?`,
  );
}

export interface Reference {
  /** The median of the history's values. */
  value: number;
  /** The history's runs of this metric, oldest first. */
  points: HistoryPoint[];
  /** Robust spread of the runs ÷ median (0 with fewer than three runs). */
  relativeSpread: number;
  runs: number;
}

/** The baseline value of one metric, with its runs; undefined when no run of the history has it. */
export function referenceOf(baseline: BaselineFile, key: string): Reference | undefined {
  const points: HistoryPoint[] = [];
  for (const e of baseline.history) {
    const value = e.metrics[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const se = e.se?.[key];
    points.push(typeof se === 'number' && Number.isFinite(se) ? { value, se } : { value });
  }
  if (points.length === 0) return undefined;
  const values = points.map((p) => p.value);
  const value = median(values);
  const relativeSpread = values.length >= 3 && value !== 0 ? robustSd(values) / Math.abs(value) : 0;
  return { value, points, relativeSpread, runs: values.length };
}

/** How many runs a baseline holds, how old they are (as of `nowMs`), and the spread of the first key with 3 runs. */
export function describeHistory(baseline: BaselineFile, nowMs: number, keys: readonly string[]): HistorySummary {
  const dates = baseline.history.map((e) => Date.parse(e.date)).filter(Number.isFinite);
  const age = (t: number | undefined) => (t === undefined ? null : ageText(nowMs - t));
  const spreadKey = keys.map((k) => ({ k, ref: referenceOf(baseline, k) })).find((x) => x.ref && x.ref.runs >= 3);
  return {
    runs: baseline.history.length,
    newest: age(dates.length ? Math.max(...dates) : undefined),
    oldest: age(dates.length ? Math.min(...dates) : undefined),
    spread: spreadKey ? { metric: spreadKey.k, relative: spreadKey.ref!.relativeSpread } : null,
  };
}

function ageText(ms: number): string {
  const s = Math.max(0, ms / 1000);
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} d`;
}

/** The gate's baseline line: "baseline: median of the last 10 runs of svc, 2 h to 3 d old; run-to-run spread ±0.4 % on ttft.p50". */
export function historyText(h: HistorySummary, name: string): string {
  const runs = `${h.runs} run${h.runs > 1 ? 's' : ''}`;
  const ages = h.newest === null ? '' : h.runs > 1 ? `, ${h.newest} to ${h.oldest} old` : `, ${h.newest} old`;
  const spread = h.spread ? `; run-to-run spread ±${(h.spread.relative * 100).toFixed(1)} % on ${h.spread.metric}` : '';
  return `baseline: median of the last ${runs} of ${name}${ages}${spread}`;
}
