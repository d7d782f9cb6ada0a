/** Small statistics the gate needs: robust centre and spread, and the quantiles of Student's t. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median absolute deviation scaled by 1.4826, so it estimates the standard deviation of normal data. */
export function robustSd(values: readonly number[]): number {
  const centre = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - centre)));
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation (n − 1); 0 for fewer than two values. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

/** The standard normal CDF (Abramowitz & Stegun 7.1.26 for erf: error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** The standard normal quantile, by bisection on the CDF (exact to ~1e-7, which the gate's decisions do not notice). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** ln Γ(x) for x a whole or half-whole number (all the t distribution needs), by Γ(x + 1) = x Γ(x). */
function lnGammaHalf(x: number): number {
  let acc = 0;
  let v = x;
  while (v > 1) {
    v -= 1;
    acc += Math.log(v);
  }
  return acc + (v === 0.5 ? 0.5 * Math.log(Math.PI) : 0);
}

/** P(0 ≤ T ≤ t) for Student's t with `df` degrees of freedom, by Simpson's rule on its density. */
function tHalfMass(t: number, df: number): number {
  const lnC = lnGammaHalf((df + 1) / 2) - lnGammaHalf(df / 2) - 0.5 * Math.log(df * Math.PI);
  const density = (s: number) => Math.exp(lnC - ((df + 1) / 2) * Math.log1p((s * s) / df));
  const steps = 400;
  const h = t / steps;
  let sum = density(0) + density(t);
  for (let i = 1; i < steps; i++) sum += density(i * h) * (i % 2 ? 4 : 2);
  return (sum * h) / 3;
}

/**
 * Student's t quantile for `df` degrees of freedom: up to 30 by bisection on the integrated density
 * (exact to the third decimal of the tables), beyond by the Cornish–Fisher expansion around the normal.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be in (0, 1), got ${p}`);
  if (p < 0.5) return -tQuantile(1 - p, df);
  if (df <= 30) {
    const target = p - 0.5;
    let lo = 0;
    let hi = 1;
    while (tHalfMass(hi, df) < target) hi *= 2;
    for (let i = 0; i < 50; i++) {
      const mid = (lo + hi) / 2;
      if (tHalfMass(mid, df) < target) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  }
  const z = normalQuantile(p);
  return (
    z +
    (z ** 3 + z) / (4 * df) +
    (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2) +
    (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3)
  );
}
