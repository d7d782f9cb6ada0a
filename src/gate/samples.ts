/** How many samples a statistic needs to mean anything, and when a tail percentile may gate a regression. */

/** The quantile a percentile stat names (`p95` → 0.95, `p999` → 0.999); undefined for other stats. */
export function quantileOf(stat: string | undefined): number | undefined {
  const m = /^p(\d+)$/.exec(stat ?? '');
  if (!m) return undefined;
  const digits = m[1]!;
  return digits.length > 2 ? Number(`0.${digits}`) : Number(digits) / 100;
}

/** A percentile means little on too few samples: pN needs 1 / (1 − N) of them (p99: 100, p99.9: 1000). */
export function samplesNeeded(stat: string | undefined): number {
  const q = quantileOf(stat);
  if (q === undefined || q >= 1) return 1;
  return Math.ceil(1 / (1 - q) - 1e-9);
}

/** Percentiles from here up are tails: one stalled wave of requests moves them. */
export const TAIL_QUANTILE = 0.9;
/** A tail row gates a regression only on a run this long … */
export const TAIL_MIN_DURATION_S = 30;
/** … holding this many times the samples the percentile needs (p99: 1,000; p95: 200). */
export const TAIL_SAMPLE_FACTOR = 10;

/** Why a tail percentile cannot gate a regression on this run, or undefined when it can (or is no tail). */
export function tailTooThin(stat: string | undefined, samples: number, durationS: number): string | undefined {
  const q = quantileOf(stat);
  if (q === undefined || q < TAIL_QUANTILE) return undefined;
  const needed = TAIL_SAMPLE_FACTOR * samplesNeeded(stat);
  if (durationS >= TAIL_MIN_DURATION_S && samples >= needed) return undefined;
  return `a ${stat} regression counts on runs of ≥ ${TAIL_MIN_DURATION_S} s with ≥ ${needed} samples; this one has ${durationS.toFixed(0)} s and ${samples}`;
}
