// Only the parts used: the package's index also loads its log writer, which builds number formatters as it
// loads (about 10 ms of every start).
import type * as histogramTypes from 'hdr-histogram-js/dist/Histogram.js';
import type * as int32Types from 'hdr-histogram-js/dist/Int32Histogram.js';
import type * as jsHistogramTypes from 'hdr-histogram-js/dist/JsHistogram.js';
import { constructorFromBucketSize } from 'hdr-histogram-js/dist/JsHistogramFactory.js';
import { decodeCompressed, encodeCompressed } from './hdr-encoding.js';

export type Histogram = histogramTypes.default;

/** Values are recorded in microseconds, from 1 µs to 1 hour, at 3 significant digits (DESIGN.md §5). */
const HIGHEST_US = 3_600_000_000;

/**
 * hdr-histogram-js's 32-bit histogram, with the counts index found by integer bit arithmetic: the library
 * uses Math.log2 and Math.pow, which cost more than the rest of recording a value. Same layout, same index
 * for every value (test/metrics/metrics.test.ts checks it against the library), so encoding, decoding
 * and adding are the library's own.
 */
// The class comes from the factory's named export, which every loader (Node, esbuild, vitest) resolves alike;
// its type is the CommonJS module's `exports.default` (seen from ESM as `default.default`).
const Int32Histogram = constructorFromBucketSize(32) as typeof int32Types.default.default;

class FastHistogram extends Int32Histogram {
  override countsArrayIndex(value: number): number {
    if (!(value >= 0 && value < 4294967296)) return super.countsArrayIndex(value);
    // floor(log2(value)) is 31 - clz32(value) for 1 ≤ value < 2^32; smaller values land in bucket 0 either way.
    const shift = Math.max(31 - Math.clz32(value) - this.subBucketHalfCountMagnitude, this.unitMagnitude);
    const bucket = shift - this.unitMagnitude;
    return ((bucket + 1) << this.subBucketHalfCountMagnitude) + (value >>> shift) - this.subBucketHalfCount;
  }
}

export function createHistogram(): Histogram {
  return new FastHistogram(1, HIGHEST_US, 3);
}

const clamp = (value: number) => (value < 0 ? 0 : value > HIGHEST_US ? HIGHEST_US : value);

/** Records a duration in milliseconds; clamps to the histogram's range rather than throwing mid-run. */
export function recordMs(histogram: Histogram, ms: number, count = 1): void {
  const us = clamp(Math.round(ms * 1000));
  if (count === 1) histogram.recordValue(us);
  else histogram.recordValueWithCount(us, count);
}

/** Records a plain count (e.g. output tokens of one response). */
export function recordCount(histogram: Histogram, value: number): void {
  histogram.recordValue(clamp(Math.round(value)));
}

export interface Summary {
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  stddev: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
  p999: number | null;
  /** The whole histogram, compressed and base64-encoded, so shards and baselines merge exactly. */
  hdr: string;
}

/**
 * Summarises a histogram: durations recorded in µs are reported in ms (divisor 1000); counts such as
 * output tokens are recorded and reported as they are (divisor 1). An empty one has nulls, not zeros.
 */
export function summarize(histogram: Histogram, divisor = 1000): Summary {
  const count = histogram.totalCount;
  const scale = (value: number) => Math.round((value / divisor) * 1000) / 1000;
  // A percentile reports its bucket's highest value, which can pass the true maximum: cap it there.
  const at = (p: number) => (count ? scale(Math.min(histogram.getValueAtPercentile(p), histogram.maxValue)) : null);
  const { mean, stddev } = moments(histogram);
  return {
    count,
    min: count ? scale(histogram.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : histogram.minNonZeroValue) : null,
    max: count ? scale(histogram.maxValue) : null,
    mean: count ? scale(mean) : null,
    stddev: count ? scale(stddev) : null,
    p50: at(50),
    p75: at(75),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    hdr: encodeHistogram(histogram),
  };
}

/**
 * The mean and standard deviation the library reports (each bucket counted at its median value), from the
 * counts in two plain passes: the library walks an iterator object per bucket, three times for both, which
 * made summarising a run's histograms cost more than its last second of load.
 */
export function moments(histogram: Histogram): { mean: number; stddev: number } {
  const h = histogram as unknown as jsHistogramTypes.JsHistogram;
  const count = h.totalCount;
  if (count === 0) return { mean: 0, stddev: 0 };
  const end = Math.min(h.countsArrayIndex(h.maxValue) + 1, h.countsArrayLength);
  let total = 0;
  for (let i = 0; i < end; i++) {
    const n = h.getCountAtIndex(i);
    if (n !== 0) total += h.medianEquivalentValue(h.valueFromIndex(i)) * n;
  }
  const mean = total / count;
  let squares = 0;
  for (let i = 0; i < end; i++) {
    const n = h.getCountAtIndex(i);
    if (n === 0) continue;
    const deviation = h.medianEquivalentValue(h.valueFromIndex(i)) - mean;
    squares += deviation * deviation * n;
  }
  return { mean, stddev: Math.sqrt(squares / count) };
}

/** The histogram compressed and base64-encoded (HdrHistogram's own format), for results, shards and baselines. */
export function encodeHistogram(histogram: Histogram): string {
  return encodeCompressed(histogram as unknown as jsHistogramTypes.JsHistogram);
}

export function decodeHistogram(encoded: string): Histogram {
  return decodeCompressed(encoded, (lowest, highest, digits) => new FastHistogram(lowest, highest, digits)) as unknown as Histogram;
}
