import { scrub } from '../core/secrets.js';
import type { LlmMeasures } from '../protocols/stream.js';
import { createHistogram, recordCount, recordMs, type Histogram } from './histogram.js';
import { recordItl, TimelineRecorder } from './timeline.js';

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
  'tls_error',
  /** The response broke HTTP's framing (a bare LF, `Content-Length : 5`, two framings): it fails at once. */
  'protocol_error',
  'request_error',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

const MAX_EXAMPLES = 5;

export interface ErrorStats {
  count: number;
  examples: string[];
}

/** The LLM metrics of one group (DESIGN.md §5), created only for groups that saw an LLM response. */
export class LlmStats {
  readonly ttft = createHistogram();
  readonly ttfo = createHistogram();
  readonly itl = createHistogram();
  readonly tpot = createHistogram();
  readonly e2e = createHistogram();
  readonly outputTokens = createHistogram();
  tokens = 0;
  readonly tokenSource = { usage: 0, events: 0, disagree: 0 };
  /** Replies that called a tool. */
  toolCalls = 0;
  /** Embeddings replies, the vectors they held, and the input tokens usage reported. */
  readonly embeddings = { replies: 0, vectors: 0, inputTokens: 0 };

  add(m: LlmMeasures): void {
    if (m.toolCall) this.toolCalls++;
    if (m.vectors > 0) {
      this.embeddings.replies++;
      this.embeddings.vectors += m.vectors;
      this.embeddings.inputTokens += m.inputTokens ?? 0;
    }
    if (m.ttftMs !== undefined) recordMs(this.ttft, m.ttftMs);
    if (m.ttfoMs !== undefined) recordMs(this.ttfo, m.ttfoMs);
    if (m.tpotMs !== undefined) recordMs(this.tpot, m.tpotMs);
    recordMs(this.e2e, m.e2eMs);
    recordItl(this.itl, m);
    recordCount(this.outputTokens, m.outputTokens);
    this.tokens += m.outputTokens;
    this.tokenSource[m.tokenSource]++;
    if (m.tokensDisagree) this.tokenSource.disagree++;
  }

  /** Adds another group's LLM metrics to these. */
  addAll(other: LlmStats): void {
    for (const key of ['ttft', 'ttfo', 'itl', 'tpot', 'e2e', 'outputTokens'] as const) this[key].add(other[key]);
    this.tokens += other.tokens;
    this.tokenSource.usage += other.tokenSource.usage;
    this.tokenSource.events += other.tokenSource.events;
    this.tokenSource.disagree += other.tokenSource.disagree;
    this.toolCalls += other.toolCalls;
    for (const key of ['replies', 'vectors', 'inputTokens'] as const) this.embeddings[key] += other.embeddings[key];
  }
}

/** Counters and histograms of one group of requests: the whole run, one endpoint, one scenario. */
export class GroupStats {
  requests = 0;
  failures = 0;
  readonly latency: Histogram = createHistogram();
  llm: LlmStats | undefined;
  /** Responses by status code (three digits, as the client reads them): an index, not a map, on the hot path. */
  private readonly statusCounts = new Float64Array(1000);

  countStatus(status: number): void {
    this.statusCounts[status]!++;
  }

  /** Adds another group's requests to this one. */
  add(other: GroupStats): void {
    this.requests += other.requests;
    this.failures += other.failures;
    this.latency.add(other.latency);
    for (let code = 0; code < this.statusCounts.length; code++) this.statusCounts[code]! += other.statusCounts[code]!;
    if (other.llm) (this.llm ??= new LlmStats()).addAll(other.llm);
  }

  /** The codes seen, in order, with their counts. */
  get statusCodes(): Map<number, number> {
    const codes = new Map<number, number>();
    this.statusCounts.forEach((count, code) => count && codes.set(code, count));
    return codes;
  }
}

function addTo(group: GroupStats, sample: Sample, failed: boolean): void {
  group.requests++;
  if (failed) group.failures++;
  else {
    recordMs(group.latency, sample.latencyMs);
    if (sample.llm) (group.llm ??= new LlmStats()).add(sample.llm);
  }
  if (sample.status) group.countStatus(sample.status);
}

/** One request's outcome, as the engine reports it. */
export interface Sample {
  endpoint: number;
  /** -1 for requests outside any scenario (logins). */
  scenario: number;
  tags?: readonly number[];
  /** Request start → last byte, ms; only successful requests contribute to latency. */
  latencyMs: number;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  error?: ErrorKind;
  /** What went wrong, for the examples; scrubbed of secrets before it is kept. */
  message?: string;
  /** Present for successful LLM responses. */
  llm?: LlmMeasures;
}

/**
 * Everything a run measures. Endpoints and scenarios are addressed by index (fixed when the profile is
 * compiled), so recording a sample does no string work unless it is one of the few kept error examples.
 */
export class MetricsRecorder {
  readonly endpoints: GroupStats[];
  readonly scenarios: GroupStats[];
  readonly scenarioIterations: number[];
  readonly tags: GroupStats[];
  /** Open model: scheduled → actual send of each iteration's first request. */
  readonly sendLag: Histogram = createHistogram();
  droppedIterations = 0;
  /** Attempts made again under load.retry. */
  retries = 0;
  bytesReceived = 0;
  /** Response bytes after Content-Encoding was undone (equal to bytesReceived when nothing was encoded). */
  bytesDecoded = 0;
  /** 3xx answers that ended their step, those followed, and a few examples (step → status, Location). */
  readonly redirects = { count: 0, followed: 0, examples: [] as string[] };
  /** Per-request SLO limits (ms) for goodput, from the thresholds table; undefined: no goodput. */
  goodputLimits: { ttftMs?: number; tpotMs?: number; e2eMs?: number; latencyMs?: number } | undefined;
  goodRequests = 0;
  readonly errors = new Map<ErrorKind, ErrorStats>();
  readonly timeline: TimelineRecorder;
  interrupted = 0;

  noteRedirect(example: string): void {
    this.redirects.count++;
    if (this.redirects.examples.length < MAX_EXAMPLES) this.redirects.examples.push(scrub(example));
  }

  constructor(
    readonly endpointKeys: readonly string[],
    readonly scenarioNames: readonly string[],
    readonly tagKeys: readonly string[] = [],
    maxTimelineWindows?: number,
  ) {
    this.tags = tagKeys.map(() => new GroupStats());
    this.endpoints = endpointKeys.map(() => new GroupStats());
    this.scenarios = scenarioNames.map(() => new GroupStats());
    this.scenarioIterations = scenarioNames.map(() => 0);
    this.timeline = new TimelineRecorder(maxTimelineWindows);
  }

  /**
   * The whole run: the endpoint groups summed when read (every request has an endpoint), so a request is
   * recorded into one group fewer. A new group at each read, which its reader may change.
   */
  get overall(): GroupStats {
    const sum = new GroupStats();
    for (const group of this.endpoints) sum.add(group);
    return sum;
  }

  record(sample: Sample, epochMs = Date.now()): void {
    const failed = sample.error !== undefined;
    addTo(this.endpoints[sample.endpoint]!, sample, failed);
    if (sample.scenario >= 0) addTo(this.scenarios[sample.scenario]!, sample, failed);
    if (sample.tags) for (const tag of sample.tags) addTo(this.tags[tag]!, sample, failed);
    if (failed) this.recordError(sample.error!, sample.message);
    else if (this.goodputLimits && sample.scenario >= 0 && this.meetsSlos(sample)) this.goodRequests++;
    this.timeline.record(epochMs, failed ? undefined : sample.latencyMs, failed, failed ? undefined : sample.llm);
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

  /** LLM replies are held to ttft, tpot and e2e limits; other requests to the latency limit. */
  private meetsSlos(sample: Sample): boolean {
    const limits = this.goodputLimits!;
    const llm = sample.llm;
    if (!llm) return limits.latencyMs === undefined || sample.latencyMs <= limits.latencyMs;
    if (limits.ttftMs !== undefined && (llm.ttftMs === undefined || llm.ttftMs > limits.ttftMs)) return false;
    if (limits.tpotMs !== undefined && llm.tpotMs !== undefined && llm.tpotMs > limits.tpotMs) return false;
    return limits.e2eMs === undefined || llm.e2eMs <= limits.e2eMs;
  }

  recordSendLag(ms: number): void {
    recordMs(this.sendLag, ms);
  }

  iterationDone(scenario: number): void {
    this.scenarioIterations[scenario]!++;
  }
}
