import { ConfigError } from '../core/errors.js';
import type { Results } from '../results/results.js';
import { closest } from '../core/suggest.js';
import { knownMetricKeys, parseMetricKey, readMetric, type MetricKey } from './metrics.js';
import { parseThreshold, passes, ThresholdSyntaxError, type Threshold } from './grammar.js';

export interface SloRow {
  key: MetricKey;
  threshold: Threshold;
}

/** k6's built-in metrics, and what measures the same here. */
const K6_METRICS: Record<string, string> = {
  http_req_duration: 'latency (e.g. latency.p95)',
  http_req_failed: 'error_rate',
  http_reqs: 'requests, or rps for the rate',
  iteration_duration: 'e2e for an LLM reply (e.g. e2e.p95), or latency for a plain request',
  http_req_waiting: 'ttft for a stream (e.g. ttft.p95), or latency',
  checks: 'error_rate (a failed check fails its request)',
};

/** Parses `{"ttft.p99": "<2s", error_rate: "<1%"}`; errors name the field. */
export function parseSloRows(rows: Record<string, string>, field: string): SloRow[] {
  return Object.entries(rows).map(([source, text]) => {
    const parsed = parseMetricKey(source);
    if (!parsed) {
      const k6 = K6_METRICS[source.replace(/[.{].*$/, '')];
      if (k6)
        throw new ConfigError(
          `${field}: "${source}" is k6's metric; here it is ${k6}`,
          `rename the key, e.g. thresholds: {latency.p95: '<500ms'} for k6's http_req_duration: ['p(95)<500']`,
        );
      const near = closest(source, knownMetricKeys());
      throw new ConfigError(
        `${field}: unknown metric "${source}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}`,
        'metrics: latency, ttft, ttfo, itl, tpot, e2e, output_tokens, send_lag with .p50/.p95/.p99/…; error_rate, rps, output_tokens_per_s, goodput',
      );
    }
    try {
      const threshold = parseThreshold(text);
      return { key: threshold.stat && !parsed.stat ? { ...parsed, stat: threshold.stat } : parsed, threshold };
    } catch (error) {
      if (error instanceof ThresholdSyntaxError)
        throw new ConfigError(`${field}["${source}"]: ${error.message}`, 'a threshold reads like "<500ms", "<=2s", "<1%" or ">100"');
      throw error;
    }
  });
}

function show(value: number, threshold: Threshold): string {
  if (threshold.unit === 'ratio') return `${(value * 100).toFixed(2)}%`;
  if (threshold.unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)}s` : `${value.toFixed(1)}ms`;
  return `${Number(value.toFixed(2))}`;
}

/** Which rows the results break, each said as "ttft.p99 2.41s (limit <2s)"; no samples breaks a row. */
export function brokenSlos(results: Results, rows: SloRow[]): string[] {
  const broken: string[] = [];
  for (const { key, threshold } of rows) {
    const { value, samples } = readMetric(results, key);
    if (value === null || samples === 0) broken.push(`${key.source}: no data`);
    else if (!passes(value, threshold)) broken.push(`${key.source} ${show(value, threshold)} (limit ${threshold.source})`);
  }
  return broken;
}
