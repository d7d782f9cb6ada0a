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

/** Records a duration in milliseconds; clamps to the histogram's range rather than throwing mid-run. */
export function recordMs(histogram: Histogram, ms: number): void {
  const us = Math.round(ms * 1000);
  histogram.recordValue(us < 0 ? 0 : us > HIGHEST_US ? HIGHEST_US : us);
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

const round3 = (us: number) => Math.round(us) / 1000;

/** Summarises a microsecond histogram in milliseconds; an empty one has nulls, not zeros. */
export function summarize(histogram: Histogram): Summary {
  const count = histogram.totalCount;
  const at = (p: number) => (count ? round3(histogram.getValueAtPercentile(p)) : null);
  return {
    count,
    min: count ? round3(histogram.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : histogram.minNonZeroValue) : null,
    max: count ? round3(histogram.maxValue) : null,
    mean: count ? round3(histogram.mean) : null,
    stddev: count ? round3(histogram.stdDeviation) : null,
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
