import type { Summary } from '../metrics/histogram.js';
import type { GroupResults, Results } from '../results/results.js';

/**
 * Metric keys address any value of results.json: `latency.p95`, `ttft.p99`, `error_rate`, `rps`,
 * `output_tokens_per_s`, per endpoint `latency.p95{POST /chat}`, per scenario
 * `latency.p95{scenario=chat_user}`, per tag `ttft.p50{model=small}`.
 */
export const HISTOGRAM_METRICS = ['latency', 'ttft', 'ttfo', 'itl', 'tpot', 'e2e', 'output_tokens', 'send_lag'] as const;
export const STATS = ['p50', 'p75', 'p90', 'p95', 'p99', 'p999', 'min', 'max', 'mean', 'stddev', 'count'] as const;
export const SCALAR_METRICS = [
  'error_rate',
  'success_rate',
  'rps',
  'requests',
  'failures',
  'output_tokens_per_s',
  'dropped_iterations',
  'goodput',
  'capacity',
] as const;

export interface MetricKey {
  name: string;
  stat: string | undefined;
  selector: { kind: 'endpoint' | 'scenario' | 'tag'; key: string } | undefined;
  source: string;
}

export function parseMetricKey(source: string): MetricKey | undefined {
  const m = /^([a-z][a-z0-9_]*)(?:\.(p\d+(?:\.\d+)?|min|max|mean|stddev|count))?(?:\{(.+)\})?$/.exec(source.trim());
  if (!m) return undefined;
  const [, name, rawStat, rawSelector] = m;
  const stat = rawStat?.replace('.', '');
  const isHistogram = (HISTOGRAM_METRICS as readonly string[]).includes(name!);
  const isScalar = (SCALAR_METRICS as readonly string[]).includes(name!);
  if (!isHistogram && !isScalar) return undefined;
  if (isScalar && stat) return undefined;
  if (stat && !(STATS as readonly string[]).includes(stat)) return undefined;
  let selector: MetricKey['selector'];
  if (rawSelector) {
    const eq = /^([\w.-]+)=(.+)$/.exec(rawSelector);
    selector = eq
      ? eq[1] === 'scenario'
        ? { kind: 'scenario', key: eq[2]! }
        : { kind: 'tag', key: `${eq[1]}=${eq[2]}` }
      : { kind: 'endpoint', key: rawSelector };
  }
  return { name: name!, stat, selector, source };
}

/** Every valid key for a results file, for "did you mean" hints. */
export function knownMetricKeys(): string[] {
  const keys: string[] = [...SCALAR_METRICS];
  for (const name of HISTOGRAM_METRICS) for (const stat of STATS) keys.push(`${name}.${stat}`);
  return keys;
}

export interface MetricValue {
  value: number | null;
  /** How many samples the value rests on (for a percentile, the histogram's count). */
  samples: number;
}

function group(results: Results, key: MetricKey): (GroupResults & { iterations?: number }) | undefined {
  if (!key.selector) return undefined;
  if (key.selector.kind === 'scenario') return results.scenarios[key.selector.key];
  if (key.selector.kind === 'tag') return results.tags?.[key.selector.key];
  return results.endpoints[key.selector.key];
}

/** Reads a metric from results; value null when the results do not hold it. */
export function readMetric(results: Results, key: MetricKey): MetricValue {
  const scoped = key.selector ? group(results, key) : undefined;
  if (key.selector && !scoped) return { value: null, samples: 0 };
  const requests = scoped ? scoped.requests : results.totals.requests;
  const failures = scoped ? scoped.failures : results.totals.failures;
  switch (key.name) {
    case 'error_rate':
      return { value: requests ? failures / requests : null, samples: requests };
    case 'success_rate':
      return { value: requests ? (requests - failures) / requests : null, samples: requests };
    case 'rps':
      return { value: scoped ? scoped.rps : results.totals.rps, samples: requests };
    case 'requests':
      return { value: requests, samples: requests };
    case 'failures':
      return { value: failures, samples: requests };
    case 'output_tokens_per_s':
      return { value: scoped ? null : (results.totals.outputTokensPerS ?? null), samples: requests };
    case 'dropped_iterations':
      return { value: results.totals.droppedIterations ?? 0, samples: requests };
    case 'goodput':
      return { value: results.goodput?.ratio ?? null, samples: results.goodput?.requests ?? 0 };
    case 'capacity':
      return { value: results.capacity?.value ?? null, samples: results.capacity?.steps.length ?? 0 };
  }
  const metrics = (scoped ?? results).metrics as Record<string, Summary | undefined>;
  const summary = metrics[key.name];
  if (!summary) return { value: null, samples: 0 };
  const stat = (key.stat ?? 'p95') as keyof Summary;
  const value = summary[stat];
  return { value: typeof value === 'number' ? value : null, samples: summary.count };
}
