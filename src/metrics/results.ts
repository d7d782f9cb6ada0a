import { summarize, type Summary } from './histogram.js';
import type { ErrorKind, ErrorStats, GroupStats, MetricsRecorder } from './recorder.js';
import type { Timeline } from './timeline.js';

export const RESULTS_SCHEMA = 'llm-load/results@1';

export interface RunMeta {
  name: string;
  target: string;
  startedAt: string;
  endedAt: string;
  durationS: number;
  executor: string;
  profile: string | null;
  seed: number;
  /** Set when the run was stopped early (SIGINT, SIGTERM): these results are partial. */
  interrupted: string | null;
  tool: { name: 'llm-load'; version: string; node: string };
}

export interface GroupResults {
  requests: number;
  failures: number;
  rps: number;
  statusCodes: Record<string, number>;
  metrics: { latency: Summary };
}

export interface Results {
  schema: typeof RESULTS_SCHEMA;
  meta: RunMeta;
  totals: {
    requests: number;
    successes: number;
    failures: number;
    successRate: number;
    errorRate: number;
    rps: number;
    iterations: number;
    /** Requests cut off by the end of the run or a cancel; not counted as failures. */
    interrupted: number;
  };
  metrics: { latency: Summary };
  endpoints: Record<string, GroupResults>;
  scenarios: Record<string, GroupResults & { iterations: number }>;
  statusCodes: Record<string, number>;
  errors: Partial<Record<ErrorKind, ErrorStats>>;
  timeline: Timeline;
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

function group(stats: GroupStats, durationS: number): GroupResults {
  return {
    requests: stats.requests,
    failures: stats.failures,
    rps: durationS > 0 ? round(stats.requests / durationS) : 0,
    statusCodes: Object.fromEntries([...stats.statusCodes].sort(([a], [b]) => a - b).map(([code, n]) => [String(code), n])),
    metrics: { latency: summarize(stats.latency) },
  };
}

export function buildResults(recorder: MetricsRecorder, meta: RunMeta): Results {
  const { overall } = recorder;
  const d = meta.durationS;
  const all = group(overall, d);
  const successes = overall.requests - overall.failures;
  return {
    schema: RESULTS_SCHEMA,
    meta,
    totals: {
      requests: overall.requests,
      successes,
      failures: overall.failures,
      successRate: overall.requests ? round(successes / overall.requests, 6) : 0,
      errorRate: overall.requests ? round(overall.failures / overall.requests, 6) : 0,
      rps: all.rps,
      iterations: recorder.scenarioIterations.reduce((a, b) => a + b, 0),
      interrupted: recorder.interrupted,
    },
    metrics: all.metrics,
    endpoints: Object.fromEntries(recorder.endpointKeys.map((key, i) => [key, group(recorder.endpoints[i]!, d)])),
    scenarios: Object.fromEntries(
      recorder.scenarioNames.map((name, i) => [name, { ...group(recorder.scenarios[i]!, d), iterations: recorder.scenarioIterations[i]! }]),
    ),
    statusCodes: all.statusCodes,
    errors: Object.fromEntries(recorder.errors),
    timeline: recorder.timeline.finish(),
  };
}
