import { readFile } from 'node:fs/promises';
import type { Results } from '../metrics/results.js';
import { RESULTS_SCHEMA } from '../metrics/results.js';
import { parseMetricKey, readMetric } from './metrics.js';

export const BASELINE_SCHEMA = 'llm-load/baseline@1';

/** One run of the base branch: the metric values comparison uses, nothing more. */
export interface BaselineEntry {
  sha: string | null;
  date: string;
  metrics: Record<string, number>;
}

export interface BaselineFile {
  schema: typeof BASELINE_SCHEMA;
  name: string;
  /** Oldest first; at most `history` entries. */
  history: BaselineEntry[];
}

/** What every baseline keeps, besides the keys of the profile's table. */
export const TRACKED_METRICS = [
  'latency.p50',
  'latency.p90',
  'latency.p95',
  'latency.p99',
  'ttft.p50',
  'ttft.p95',
  'ttft.p99',
  'ttfo.p95',
  'itl.p50',
  'itl.p95',
  'tpot.p50',
  'tpot.p95',
  'e2e.p95',
  'error_rate',
  'rps',
  'output_tokens_per_s',
  'goodput',
  'capacity',
];

/** The values of `keys` (and the tracked ones) found in results; missing ones are left out. */
export function summarizeForBaseline(results: Results, keys: readonly string[] = []): Record<string, number> {
  const out: Record<string, number> = {};
  for (const source of new Set([...TRACKED_METRICS, ...keys])) {
    const key = parseMetricKey(source);
    if (!key) continue;
    const { value, samples } = readMetric(results, key);
    if (value !== null && samples > 0) out[source] = value;
  }
  return out;
}

export function entryFromResults(results: Results, sha: string | null, keys: readonly string[] = []): BaselineEntry {
  return { sha, date: results.meta.endedAt ?? new Date().toISOString(), metrics: summarizeForBaseline(results, keys) };
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
    const history = (data as BaselineFile).history;
    if (!Array.isArray(history) || history.some((e) => !e || typeof e.metrics !== 'object')) {
      throw new BaselineError(`baseline ${file}: "history" is not a list of runs`);
    }
    return data as BaselineFile;
  }
  if (schema === RESULTS_SCHEMA) {
    const results = data as Results;
    return { schema: BASELINE_SCHEMA, name: results.meta?.name ?? 'llm-load', history: [entryFromResults(results, null, keys)] };
  }
  throw new BaselineError(
    `baseline ${file}: unknown schema ${JSON.stringify(schema)} (expected "${BASELINE_SCHEMA}" or "${RESULTS_SCHEMA}"); made by a different version?`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Reference {
  /** The median of the history's values. */
  value: number;
  /** Median absolute deviation ÷ median: the history's own noise (0 with one run). */
  relativeMad: number;
  runs: number;
}

/** The baseline value of one metric, with its noise; undefined when no run of the history has it. */
export function referenceOf(baseline: BaselineFile, key: string): Reference | undefined {
  const values = baseline.history.map((e) => e.metrics[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return undefined;
  const value = median(values);
  const mad = values.length > 1 ? median(values.map((v) => Math.abs(v - value))) : 0;
  return { value, relativeMad: value !== 0 ? mad / Math.abs(value) : 0, runs: values.length };
}
