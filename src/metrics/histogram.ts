import * as hdr from 'hdr-histogram-js';

export type Histogram = hdr.Histogram;

/** Values are recorded in microseconds, from 1 µs to 1 hour, at 3 significant digits (DESIGN.md §5). */
const HIGHEST_US = 3_600_000_000;

export function createHistogram(): Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_US,
    numberOfSignificantValueDigits: 3,
    bitBucketSize: 32,
    autoResize: false,
  });
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
  return {
    count,
    min: count ? scale(histogram.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : histogram.minNonZeroValue) : null,
    max: count ? scale(histogram.maxValue) : null,
    mean: count ? scale(histogram.mean) : null,
    stddev: count ? scale(histogram.stdDeviation) : null,
    p50: at(50),
    p75: at(75),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    hdr: hdr.encodeIntoCompressedBase64(histogram),
  };
}

export function decodeHistogram(encoded: string): Histogram {
  return hdr.decodeFromCompressedBase64(encoded, 32, false);
}
