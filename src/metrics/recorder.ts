import { scrub } from '../secrets.js';
import { createHistogram, recordMs, type Histogram } from './histogram.js';
import { TimelineRecorder } from './timeline.js';

export const ERROR_KINDS = [
  'timeout',
  'connection_refused',
  'connection_reset',
  'http_4xx',
  'http_429',
  'http_5xx',
  'stream_error',
  'no_content',
  'assertion',
  'request_error',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

const MAX_EXAMPLES = 5;

export interface ErrorStats {
  count: number;
  examples: string[];
}

/** Counters and histograms of one group of requests: the whole run, one endpoint, one scenario. */
export class GroupStats {
  requests = 0;
  failures = 0;
  readonly latency: Histogram = createHistogram();
  readonly statusCodes = new Map<number, number>();
}

function addTo(group: GroupStats, sample: Sample, failed: boolean): void {
  group.requests++;
  if (failed) group.failures++;
  else recordMs(group.latency, sample.latencyMs);
  if (sample.status) group.statusCodes.set(sample.status, (group.statusCodes.get(sample.status) ?? 0) + 1);
}

/** One request's outcome, as the engine reports it. */
export interface Sample {
  endpoint: number;
  scenario: number;
  /** Request start → last byte, ms; only successful requests contribute to latency. */
  latencyMs: number;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  error?: ErrorKind;
  /** What went wrong, for the examples; scrubbed of secrets before it is kept. */
  message?: string;
}

/**
 * Everything a run measures. Endpoints and scenarios are addressed by index (fixed when the profile is
 * compiled), so recording a sample does no string work unless it is one of the few kept error examples.
 */
export class MetricsRecorder {
  readonly overall = new GroupStats();
  readonly endpoints: GroupStats[];
  readonly scenarios: GroupStats[];
  readonly scenarioIterations: number[];
  readonly errors = new Map<ErrorKind, ErrorStats>();
  readonly timeline: TimelineRecorder;
  interrupted = 0;

  constructor(
    readonly endpointKeys: readonly string[],
    readonly scenarioNames: readonly string[],
    maxTimelineWindows?: number,
  ) {
    this.endpoints = endpointKeys.map(() => new GroupStats());
    this.scenarios = scenarioNames.map(() => new GroupStats());
    this.scenarioIterations = scenarioNames.map(() => 0);
    this.timeline = new TimelineRecorder(maxTimelineWindows);
  }

  record(sample: Sample, epochMs = Date.now()): void {
    const failed = sample.error !== undefined;
    addTo(this.overall, sample, failed);
    addTo(this.endpoints[sample.endpoint]!, sample, failed);
    addTo(this.scenarios[sample.scenario]!, sample, failed);
    if (failed) this.recordError(sample.error!, sample.message);
    this.timeline.record(epochMs, failed ? undefined : sample.latencyMs, failed);
  }

  private recordError(kind: ErrorKind, message: string | undefined): void {
    let stats = this.errors.get(kind);
    if (!stats) this.errors.set(kind, (stats = { count: 0, examples: [] }));
    stats.count++;
    if (message && stats.examples.length < MAX_EXAMPLES) {
      const text = scrub(message).slice(0, 300);
      if (!stats.examples.includes(text)) stats.examples.push(text);
    }
  }

  iterationDone(scenario: number): void {
    this.scenarioIterations[scenario]!++;
  }
}
