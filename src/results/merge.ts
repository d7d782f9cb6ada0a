import { nameDamagedHistogram } from './damaged.js';
import { mergeGenerator } from '../metrics/generator.js';
import { createHistogram, decodeHistogram, summarize, type Summary } from '../metrics/histogram.js';
import { embeddingTotals, type GroupResults, type Results } from './results.js';
import { mergeWindows, type TimelineWindow } from '../metrics/timeline.js';

/** Histograms merged exactly: decode every part's HDR histogram, add them, summarise again. */
function mergeSummaries(parts: (Summary | undefined)[], divisor: number): Summary | undefined {
  const present = parts.filter((p): p is Summary => p !== undefined);
  if (present.length === 0) return undefined;
  const histogram = createHistogram();
  for (const part of present) if (part.hdr && part.count) histogram.add(decodeHistogram(part.hdr));
  const summary = summarize(histogram, divisor);
  // A decoded histogram knows its extremes only to bucket precision; the parts knew them exactly.
  const counted = present.filter((p) => p.count > 0);
  if (counted.length) {
    summary.min = Math.min(...counted.map((p) => p.min!));
    summary.max = Math.max(...counted.map((p) => p.max!));
  }
  return summary;
}

function mergeMetrics(parts: Record<string, Summary | undefined>[]): Record<string, Summary> {
  const keys = new Set(parts.flatMap((p) => Object.keys(p)));
  const out: Record<string, Summary> = {};
  for (const key of keys) {
    const merged = mergeSummaries(
      parts.map((p) => p[key]),
      key === 'output_tokens' ? 1 : 1000,
    );
    if (merged) out[key] = merged;
  }
  return out;
}

const sumCounts = (maps: Record<string, number>[]) => {
  const out: Record<string, number> = {};
  for (const map of maps) for (const [k, v] of Object.entries(map)) out[k] = (out[k] ?? 0) + v;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => Number(a) - Number(b)));
};

function mergeGroups<G extends GroupResults>(parts: Record<string, G>[], durationS: number): Record<string, G> {
  const keys = [...new Set(parts.flatMap((p) => Object.keys(p)))];
  return Object.fromEntries(
    keys.map((key) => {
      const groups = parts.map((p) => p[key]).filter((g): g is G => g !== undefined);
      const requests = groups.reduce((n, g) => n + g.requests, 0);
      const merged: GroupResults & { iterations?: number } = {
        requests,
        failures: groups.reduce((n, g) => n + g.failures, 0),
        rps: durationS > 0 ? Number((requests / durationS).toFixed(3)) : 0,
        statusCodes: sumCounts(groups.map((g) => g.statusCodes)),
        metrics: mergeMetrics(groups.map((g) => g.metrics as Record<string, Summary>)) as G['metrics'],
      };
      if (groups.some((g) => g.outputTokens !== undefined)) merged.outputTokens = groups.reduce((n, g) => n + (g.outputTokens ?? 0), 0);
      if (groups.some((g) => 'iterations' in g))
        merged.iterations = groups.reduce((n, g) => n + ((g as { iterations?: number }).iterations ?? 0), 0);
      return [key, merged as G];
    }),
  );
}

/** Re-buckets one part's windows to `size` seconds (neighbours of one run merge as one run's). */
function rebucket(windows: TimelineWindow[], size: number): Map<number, TimelineWindow> {
  const out = new Map<number, TimelineWindow>();
  for (const w of windows) {
    const t = Math.floor(w.t / size) * size;
    const existing = out.get(t);
    out.set(t, existing ? mergeWindows(existing, w, t, size, true) : { ...w, t, s: size });
  }
  return out;
}

/**
 * Merges results of shards (or worker threads) that ran side by side into one, exactly: histograms add
 * through their HDR encodings, counters sum, timeline windows (keyed by epoch second) merge by time.
 * The gate is not carried over: gate the merged results again. `sources` name the parts (files,
 * artifacts) for the error a damaged histogram gives.
 */
/**
 * `together`: the parts ran at the same time (shards, worker threads): rates are over the span they covered.
 * `one after another`: rounds of one side of an A/B: rates are over the sum of their durations.
 */
export type MergeTiming = 'together' | 'one after another';

export function mergeResults(
  parts: Results[],
  sources: string[] = parts.map((_, i) => `part ${i + 1}`),
  timing: MergeTiming = 'together',
): Results {
  try {
    return mergeParts(parts, timing);
  } catch (error) {
    throw nameDamagedHistogram(error, parts, sources);
  }
}

/** Sums a figure over the parts, a missing one counting 0. */
const summer = (parts: Results[]) => (pick: (r: Results) => number | undefined) => parts.reduce((n, r) => n + (pick(r) ?? 0), 0);

/** Counts add up; rates are worked out again over the merged duration. */
function mergeTotals(parts: Results[], durationS: number): Results['totals'] {
  const sum = summer(parts);
  const requests = sum((r) => r.totals.requests);
  const failures = sum((r) => r.totals.failures);
  const successes = requests - failures;
  const anyLlm = parts.some((r) => r.totals.outputTokens !== undefined);
  const anyOpen = parts.some((r) => r.totals.droppedIterations !== undefined);
  const tokens = sum((r) => r.totals.outputTokens);
  return {
    requests,
    successes,
    failures,
    successRate: requests ? Number((successes / requests).toFixed(6)) : 0,
    errorRate: requests ? Number((failures / requests).toFixed(6)) : 0,
    rps: durationS > 0 ? Number((requests / durationS).toFixed(3)) : 0,
    iterations: sum((r) => r.totals.iterations),
    interrupted: sum((r) => r.totals.interrupted),
    bytesReceived: sum((r) => r.totals.bytesReceived),
    ...(parts.some((r) => r.totals.bytesDecoded !== undefined)
      ? { bytesDecoded: sum((r) => r.totals.bytesDecoded ?? r.totals.bytesReceived) }
      : {}),
    ...(parts.some((r) => r.totals.retries) ? { retries: sum((r) => r.totals.retries) } : {}),
    ...(parts.some((r) => r.totals.redirects)
      ? {
          redirects: {
            count: sum((r) => r.totals.redirects?.count),
            followed: sum((r) => r.totals.redirects?.followed),
            examples: parts.flatMap((r) => r.totals.redirects?.examples ?? []).slice(0, 5),
          },
        }
      : {}),
    ...(anyLlm
      ? {
          outputTokens: tokens,
          outputTokensPerS: durationS > 0 ? Number((tokens / durationS).toFixed(3)) : 0,
          tokenSource: {
            usage: sum((r) => r.totals.tokenSource?.usage),
            events: sum((r) => r.totals.tokenSource?.events),
            disagree: sum((r) => r.totals.tokenSource?.disagree),
          },
          ...(parts.some((r) => r.totals.toolCallReplies) ? { toolCallReplies: sum((r) => r.totals.toolCallReplies) } : {}),
          ...(parts.some((r) => r.totals.embeddings)
            ? {
                embeddings: embeddingTotals(
                  {
                    replies: sum((r) => r.totals.embeddings?.replies),
                    vectors: sum((r) => r.totals.embeddings?.vectors),
                    inputTokens: sum((r) => r.totals.embeddings?.inputTokens),
                  },
                  durationS,
                ),
              }
            : {}),
        }
      : {}),
    ...(anyOpen ? { droppedIterations: sum((r) => r.totals.droppedIterations) } : {}),
  };
}

/** Windows of every part on one grid (the coarsest part's), merged where they meet. */
function mergeTimelines(parts: Results[]): Results['timeline'] {
  const size = Math.max(...parts.map((p) => p.timeline.windowS));
  const windows = new Map<number, TimelineWindow>();
  for (const part of parts) {
    for (const [t, w] of rebucket(part.timeline.windows, size)) {
      const existing = windows.get(t);
      windows.set(t, existing ? mergeWindows(existing, w, t, size, false) : w);
    }
  }
  return { windowS: size, windows: [...windows.values()].sort((a, b) => a.t - b.t) };
}

/** Counts add up; examples are kept up to five, each once. */
function mergeErrors(parts: Results[]): Results['errors'] {
  const errors: Results['errors'] = {};
  for (const part of parts) {
    for (const [kind, stats] of Object.entries(part.errors) as [keyof Results['errors'], { count: number; examples: string[] }][]) {
      const into = (errors[kind] ??= { count: 0, examples: [] });
      into.count += stats.count;
      for (const example of stats.examples) if (into.examples.length < 5 && !into.examples.includes(example)) into.examples.push(example);
    }
  }
  return errors;
}

/** The share of good requests, weighted by each part's requests. */
function mergeGoodput(parts: Results[]): Results['goodput'] {
  const goodParts = parts.filter((p) => p.goodput);
  if (goodParts.length === 0) return undefined;
  const requests = summer(parts)((p) => p.goodput?.requests);
  const good = goodParts.reduce((n, p) => n + p.goodput!.ratio * p.goodput!.requests, 0);
  return { ratio: Number((good / Math.max(1, requests)).toFixed(6)), requests, slos: goodParts[0]!.goodput!.slos };
}

function mergeParts(parts: Results[], timing: MergeTiming): Results {
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!;
  const starts = parts.map((p) => Date.parse(p.meta.startedAt));
  const ends = parts.map((p) => Date.parse(p.meta.endedAt));
  const start = Math.min(...starts);
  const durationS =
    timing === 'together'
      ? Number(((Math.max(...ends) - start) / 1000).toFixed(3))
      : Number(parts.reduce((n, p) => n + p.meta.durationS, 0).toFixed(3));
  const merged: Results = {
    ...first,
    meta: {
      ...first.meta,
      startedAt: new Date(start).toISOString(),
      endedAt: new Date(Math.max(...ends)).toISOString(),
      durationS,
      interrupted: parts.find((p) => p.meta.interrupted)?.meta.interrupted ?? null,
      shards: parts.map((p, i) => ({
        index: p.meta.shard?.index ?? i + 1,
        count: parts.length,
        startedAt: p.meta.startedAt,
        durationS: p.meta.durationS,
      })),
      startSkewS: Number(((Math.max(...starts) - start) / 1000).toFixed(3)),
    },
    totals: mergeTotals(parts, durationS),
    metrics: mergeMetrics(parts.map((p) => p.metrics as Record<string, Summary>)) as Results['metrics'],
    endpoints: mergeGroups(
      parts.map((p) => p.endpoints),
      durationS,
    ),
    scenarios: mergeGroups(
      parts.map((p) => p.scenarios),
      durationS,
    ),
    ...(parts.some((p) => p.tags)
      ? {
          tags: mergeGroups(
            parts.map((p) => p.tags ?? {}),
            durationS,
          ),
        }
      : {}),
    statusCodes: sumCounts(parts.map((p) => p.statusCodes)),
    errors: mergeErrors(parts),
    timeline: mergeTimelines(parts),
  };
  const goodput = mergeGoodput(parts);
  if (goodput) merged.goodput = goodput;
  else delete merged.goodput;
  const generator = mergeGenerator(parts.map((p) => p.generator));
  if (generator) merged.generator = generator;
  delete merged.gate;
  delete merged.capacity;
  return merged;
}
