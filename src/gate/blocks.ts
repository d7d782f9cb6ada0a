import { createHistogram, decodeHistogram, moments, type Histogram } from '../metrics/histogram.js';
import type { Results } from '../results/results.js';
import type { TimelineWindow, WindowHistogram } from '../metrics/timeline.js';
import { mean, sampleSd } from '../core/stats.js';
import type { MetricKey } from '../thresholds/metrics.js';
import { samplesNeeded } from './samples.js';

/**
 * A run cut into blocks of consecutive timeline windows, and one statistic read per block (batch means).
 * Requests are not independent — users move in waves — but blocks of whole seconds are close to it, so
 * the spread of the block values says how far the run's own figure could move on a rerun.
 */
export interface BlockStatistic {
  /** The statistic of each block, in the metric's unit. */
  values: number[];
  /** Each block's span, epoch seconds. */
  spans: { from: number; to: number }[];
  /**
   * The statistic over the whole run without each block in turn (a lone bad window shows here). Worked
   * out only when asked: only a failing row needs it, and it merges every block once per block.
   */
  without(): number[];
  /**
   * Standard error of the run's figure: relative (of its logarithm) on the `log` scale, in the metric's
   * unit on the `abs` scale.
   */
  se: number;
  scale: 'log' | 'abs';
}

/** The most blocks a run is cut into: more buy little precision and make each block short. */
export const MAX_BLOCKS = 10;
/** Fewer blocks than this give no interval: a spread from 2 or 3 values is a guess. */
export const MIN_BLOCKS = 4;

const HISTOGRAM_FIELD: Record<string, WindowHistogram> = {
  latency: 'hdr',
  ttft: 'ttftHdr',
  itl: 'itlHdr',
  tpot: 'tpotHdr',
  e2e: 'e2eHdr',
};

/** Whether blocks can measure this key: whole-run keys of the histograms windows keep, and the rates. */
export function blockable(key: MetricKey): boolean {
  if (key.selector) return false;
  if (key.name in HISTOGRAM_FIELD) return key.stat === 'mean' || /^p\d+$/.test(key.stat ?? '');
  return key.name === 'rps' || key.name === 'output_tokens_per_s' || key.name === 'error_rate';
}

function statOf(histogram: Histogram, stat: string): number | null {
  if (histogram.totalCount === 0) return null;
  if (stat === 'mean') return moments(histogram).mean / 1000;
  const digits = stat.slice(1);
  const p = digits.length > 2 ? Number(`${digits.slice(0, 2)}.${digits.slice(2)}`) : Number(digits);
  return Math.min(histogram.getValueAtPercentile(p), histogram.maxValue) / 1000;
}

/**
 * Each window's histogram of `field`, decoded once per results: the gate and the baseline read many
 * statistics of one run, and decoding hundreds of windows for each was most of their time.
 */
const decoded = new WeakMap<readonly TimelineWindow[], Map<WindowHistogram, (Histogram | undefined)[]>>();
function windowHistograms(windows: readonly TimelineWindow[], field: WindowHistogram): (Histogram | undefined)[] {
  let byField = decoded.get(windows);
  if (!byField) decoded.set(windows, (byField = new Map()));
  let list = byField.get(field);
  if (!list) byField.set(field, (list = windows.map((w) => (w[field] ? decodeHistogram(w[field]) : undefined))));
  return list;
}

/** The merged histogram of each block, made once per field and block count (p50, mean and p90 share them). */
const blockCache = new WeakMap<readonly TimelineWindow[], Map<string, Histogram[]>>();
function blockHistograms(
  windows: readonly TimelineWindow[],
  field: WindowHistogram,
  count: number,
  blocks: () => { h: Histogram | undefined }[][],
): Histogram[] {
  let byKey = blockCache.get(windows);
  if (!byKey) blockCache.set(windows, (byKey = new Map()));
  const key = `${field}/${count}`;
  let made = byKey.get(key);
  if (!made)
    byKey.set(
      key,
      (made = blocks().map((g) => {
        const h = createHistogram();
        for (const { h: part } of g) if (part) h.add(part);
        return h;
      })),
    );
  return made;
}

/** Splits `windows` into `count` runs of consecutive windows, as equal in length as whole windows allow. */
function split<T>(windows: readonly T[], count: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < count; i++)
    out.push(windows.slice(Math.floor((i * windows.length) / count), Math.floor(((i + 1) * windows.length) / count)));
  return out;
}

/** The seconds of the run a group of windows covers (the first and last window may be partly outside it). */
function coveredSeconds(group: readonly TimelineWindow[], startS: number, endS: number): number {
  let total = 0;
  for (const w of group) total += Math.max(0, Math.min(w.t + w.s, endS) - Math.max(w.t, startS));
  return total;
}

function rateOf(group: readonly TimelineWindow[], key: MetricKey, startS: number, endS: number): number | null {
  if (key.name === 'error_rate') {
    const requests = group.reduce((n, w) => n + w.requests, 0);
    return requests ? group.reduce((n, w) => n + w.failures, 0) / requests : null;
  }
  const seconds = coveredSeconds(group, startS, endS);
  if (seconds <= 0) return null;
  const count = group.reduce((n, w) => n + (key.name === 'rps' ? w.requests : w.tokens), 0);
  return count / seconds;
}

/**
 * The statistic of `key` per block of the run's timeline, or undefined when the run is too short to be
 * cut into at least MIN_BLOCKS blocks that each hold enough samples for it (a p99 needs 100 per block).
 */
export function blockStatistic(results: Results, key: MetricKey): BlockStatistic | undefined {
  if (!blockable(key)) return undefined;
  try {
    return blocksOf(results, key);
  } catch {
    return undefined; // a window's histogram that does not decode (a damaged file): no interval from it
  }
}

function blocksOf(results: Results, key: MetricKey): BlockStatistic | undefined {
  const field = HISTOGRAM_FIELD[key.name];
  const every = results.timeline.windows;
  const decodedWindows = field ? windowHistograms(every, field) : [];
  // Rates skip the first window: VUs spread themselves out over their first iteration there.
  const kept = every.map((w, i) => ({ w, h: decodedWindows[i] })).filter(({ w }) => w.requests > 0);
  const windows = kept.slice(field ? 0 : 1);
  const startS = Date.parse(results.meta.startedAt) / 1000;
  const endS = Date.parse(results.meta.endedAt) / 1000;
  let count = MAX_BLOCKS;
  if (field) {
    const samples = windows.reduce((n, { h }) => n + (h?.totalCount ?? 0), 0);
    count = Math.min(count, Math.floor(samples / samplesNeeded(key.stat)));
  } else if (!Number.isFinite(startS) || !Number.isFinite(endS)) return undefined;
  count = Math.min(count, windows.length);
  if (count < MIN_BLOCKS) return undefined;

  const groups = split(windows, count).map((g) => g.map(({ w }) => w));
  const histograms = field ? blockHistograms(every, field, count, () => split(windows, count)) : [];
  const valueOf = (indexes: number[]): number | null => {
    if (field) {
      const h = createHistogram();
      for (const i of indexes) h.add(histograms[i]!);
      return statOf(h, key.stat!);
    }
    return rateOf(
      indexes.flatMap((i) => groups[i]!),
      key,
      startS,
      endS,
    );
  };
  const all = groups.map((_, i) => i);
  const values: number[] = [];
  const spans: BlockStatistic['spans'] = [];
  const measured: number[] = [];
  for (const i of all) {
    const value = valueOf([i]);
    if (value === null) continue;
    values.push(value);
    measured.push(i);
    const g = groups[i]!;
    spans.push({ from: g[0]!.t, to: g[g.length - 1]!.t + g[g.length - 1]!.s });
  }
  let left: number[] | undefined;
  const without = () => (left ??= measured.map((i, n) => valueOf(all.filter((j) => j !== i)) ?? values[n]!));
  if (values.length < MIN_BLOCKS) return undefined;
  const scale = key.name === 'error_rate' ? 'abs' : 'log';
  const centre = mean(values);
  const sd = sampleSd(values);
  const se = scale === 'abs' ? sd / Math.sqrt(values.length) : centre > 0 ? sd / centre / Math.sqrt(values.length) : 0;
  return { values, spans, without, se, scale };
}
