import type { Gate } from './gate.js';
import { summarize, type Summary } from '../metrics/histogram.js';
import type { GeneratorHealth } from '../metrics/generator.js';
import type { ResourcesResults } from '../metrics/resources.js';
import { LlmStats, type ErrorKind, type ErrorStats, type GroupStats, type MetricsRecorder } from '../metrics/recorder.js';
import type { Timeline } from '../metrics/timeline.js';

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
  /** Set when the run stopped itself: every request of its first seconds failed (load.abort_on_fail). */
  aborted?: string;
  tool: { name: 'llm-load'; version: string; node: string };
  /** The commit under test (GITHUB_SHA, else git's HEAD), when known. */
  commit?: string | null;
  runner?: { os: string; arch: string; cpus: number };
  /** This run is shard `index` of `count` (a share of the profile's load). */
  shard?: { index: number; count: number };
  /** Merged results: the shards (or worker threads) and how far apart they started. */
  shards?: { index: number; count: number; startedAt: string; durationS: number }[];
  startSkewS?: number;
  /** Which transport carried the requests (fast: ours, undici: proxies and HTTP/2), and why. */
  transport?: { kind: 'fast' | 'undici'; reason: string };
}

/** Histograms of LLM responses; keys are the metric names used in thresholds (DESIGN.md §5). */
export interface LlmMetrics {
  ttft: Summary;
  ttfo: Summary;
  itl: Summary;
  tpot: Summary;
  e2e: Summary;
  /** Tokens, not ms. */
  output_tokens: Summary;
}

/** What a capacity search found (see engine/search.ts). */
export interface CapacityResults {
  vary: 'rate' | 'vus';
  unit: 'rps' | 'vus';
  /** The highest value whose SLO rows all passed; null when even the first step failed. */
  value: number | null;
  /** The first value that broke, and which rows broke it. */
  brokeAt: { value: number; reasons: string[] } | null;
  steps: { value: number; passed: boolean; reasons: string[]; rps: number; errorRate: number; saturated: boolean }[];
}

export interface GroupResults {
  requests: number;
  failures: number;
  rps: number;
  statusCodes: Record<string, number>;
  metrics: { latency: Summary } & Partial<LlmMetrics>;
  outputTokens?: number;
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
    /** Response bytes read (every body is read to its end, but only a capped part is kept). */
    bytesReceived?: number;
    /** The same bodies after Content-Encoding (gzip, deflate, br) was undone; present when any was encoded. */
    bytesDecoded?: number;
    /** Attempts made again under load.retry (each attempt also counts as a request). */
    retries?: number;
    /**
     * 3xx answers: `count` ended their step (a success, yet often a misrouted test: the summary says so),
     * `followed` were followed under http.follow_redirects; examples name the step and the Location.
     */
    redirects?: { count: number; followed: number; examples: string[] };
    /** Present when the profile has LLM steps. */
    outputTokens?: number;
    outputTokensPerS?: number;
    /**
     * How many LLM responses had their output tokens from the server's usage, how many by counting events
     * (no usage, or a usage of 0), and on how many the usage and the events disagreed by more than a tenth.
     */
    tokenSource?: { usage: number; events: number; disagree?: number };
    /** LLM replies that called a tool (their argument deltas count as output). */
    toolCallReplies?: number;
    /** Embeddings replies: how many, their vectors (batchMean a reply), and the input tokens usage reported. */
    embeddings?: { replies: number; vectors: number; batchMean: number; inputTokens: number; inputTokensPerS: number };
    /** Open model: iterations that found no free VU (max_vus reached). */
    droppedIterations?: number;
  };
  metrics: { latency: Summary; send_lag?: Summary } & Partial<LlmMetrics>;
  /** Groups of requests by step tag, keyed `name=value`. */
  tags?: Record<string, GroupResults>;
  capacity?: CapacityResults;
  /** Share of requests that met every per-request SLO of the table (ttft, tpot, e2e, latency). */
  goodput?: { ratio: number; requests: number; slos: string[] };
  /** How hard the load generator worked, and whether it was the bottleneck. */
  generator?: GeneratorHealth;
  /** Memory and CPU of the service under test over the run, when sampled. */
  resources?: ResourcesResults;
  /** The verdict: one row per metric of the table and of the baseline comparison. */
  gate?: Gate;
  endpoints: Record<string, GroupResults>;
  scenarios: Record<string, GroupResults & { iterations: number }>;
  statusCodes: Record<string, number>;
  errors: Partial<Record<ErrorKind, ErrorStats>>;
  timeline: Timeline;
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/** The embeddings figures of a run of `durationS` seconds: the batch a reply, input tokens a second. */
export function embeddingTotals(e: { replies: number; vectors: number; inputTokens: number }, durationS: number) {
  return {
    ...e,
    batchMean: e.replies ? round(e.vectors / e.replies, 2) : 0,
    inputTokensPerS: durationS > 0 ? round(e.inputTokens / durationS) : 0,
  };
}

function llmMetrics(llm: LlmStats): LlmMetrics {
  return {
    ttft: summarize(llm.ttft),
    ttfo: summarize(llm.ttfo),
    itl: summarize(llm.itl),
    tpot: summarize(llm.tpot),
    e2e: summarize(llm.e2e),
    output_tokens: summarize(llm.outputTokens, 1),
  };
}

function group(stats: GroupStats, durationS: number): GroupResults {
  return {
    requests: stats.requests,
    failures: stats.failures,
    rps: durationS > 0 ? round(stats.requests / durationS) : 0,
    statusCodes: Object.fromEntries([...stats.statusCodes].sort(([a], [b]) => a - b).map(([code, n]) => [String(code), n])),
    metrics: { latency: summarize(stats.latency), ...(stats.llm ? llmMetrics(stats.llm) : {}) },
    ...(stats.llm ? { outputTokens: stats.llm.tokens } : {}),
  };
}

/** `hasLlmSteps`: the profile streams LLM responses, so token totals are reported even when zero. */
export function buildResults(recorder: MetricsRecorder, meta: RunMeta, hasLlmSteps = false, openModel = false): Results {
  const { overall } = recorder;
  if (hasLlmSteps) overall.llm ??= new LlmStats();
  const llm = overall.llm;
  const tokens = llm?.tokens ?? 0;
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
      bytesReceived: recorder.bytesReceived,
      ...(recorder.bytesDecoded !== recorder.bytesReceived ? { bytesDecoded: recorder.bytesDecoded } : {}),
      ...(recorder.retries ? { retries: recorder.retries } : {}),
      ...(recorder.redirects.count || recorder.redirects.followed ? { redirects: { ...recorder.redirects } } : {}),
      ...(hasLlmSteps || llm
        ? {
            outputTokens: tokens,
            outputTokensPerS: d > 0 ? round(tokens / d) : 0,
            tokenSource: { ...(llm?.tokenSource ?? { usage: 0, events: 0, disagree: 0 }) },
            ...(llm?.toolCalls ? { toolCallReplies: llm.toolCalls } : {}),
            ...(llm?.embeddings.replies ? { embeddings: embeddingTotals(llm.embeddings, d) } : {}),
          }
        : {}),
      ...(openModel ? { droppedIterations: recorder.droppedIterations } : {}),
    },
    metrics: openModel ? { ...all.metrics, send_lag: summarize(recorder.sendLag) } : all.metrics,
    ...(recorder.goodputLimits
      ? {
          goodput: {
            ratio: overall.requests ? round(recorder.goodRequests / overall.requests, 6) : 0,
            requests: overall.requests,
            slos: Object.entries(recorder.goodputLimits).map(([k, v]) => `${k.replace(/Ms$/, '')} ≤ ${v}ms`),
          },
        }
      : {}),
    ...(recorder.tagKeys.length ? { tags: Object.fromEntries(recorder.tagKeys.map((key, i) => [key, group(recorder.tags[i]!, d)])) } : {}),
    endpoints: Object.fromEntries(recorder.endpointKeys.map((key, i) => [key, group(recorder.endpoints[i]!, d)])),
    scenarios: Object.fromEntries(
      recorder.scenarioNames.map((name, i) => [name, { ...group(recorder.scenarios[i]!, d), iterations: recorder.scenarioIterations[i]! }]),
    ),
    statusCodes: all.statusCodes,
    errors: Object.fromEntries(recorder.errors),
    timeline: recorder.timeline.finish(),
  };
}

/**
 * What to tell people when the server's token usage and the streamed events disagree on some replies:
 * TPOT then counts the usage and ITL the events, so the two do not agree either. Undefined when they agree.
 */
/** Redirects that ended their step: a misrouted test looks healthy, so every report says so. */
export function redirectWarning(results: Pick<Results, 'totals'>): string | undefined {
  const redirects = results.totals.redirects;
  if (!redirects?.count) return undefined;
  return `${redirects.count} response(s) were redirects that ended their step, e.g. ${redirects.examples[0] ?? '?'}: point the profile at where they lead, or follow them with http: {follow_redirects: 5}`;
}

export function tokenDisagreement(results: Pick<Results, 'totals'>): string | undefined {
  const source = results.totals.tokenSource;
  if (!source?.disagree) return undefined;
  const replies = source.usage + source.events;
  return `on ${source.disagree} of ${replies} replies the server's token usage and the streamed events disagree by more than 10 %: output tokens and TPOT count the usage, ITL the events`;
}
