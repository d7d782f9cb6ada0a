// The peers' regression rules that bench:gate applies to the same runs as ours, and the seeded helpers
// it shares with the noise source.

/** A seeded linear congruential generator: enough to shuffle a schedule and time noise bursts the same way each time. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Fisher–Yates with a seeded generator. */
export function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const HIGHER_IS_BETTER = new Set(['rps', 'output_tokens_per_s']);

/**
 * github-action-benchmark's default: alert when the new value is worse than the previous run's by the
 * alert threshold, 200 % (current ÷ previous ≥ 2 when smaller is better, previous ÷ current ≥ 2 else).
 */
export function actionBenchmarkAlerts(metric, current, previous, threshold = 2) {
  if (!(previous > 0) || !(current > 0)) return false; // no ratio to take (an error rate of 0, say)
  const ratio = HIGHER_IS_BETTER.has(metric) ? previous / current : current / previous;
  return ratio >= threshold;
}

/** One-sided 0.99 quantiles of Student's t for 1–30 degrees of freedom (the standard table). */
const T99 = [
  31.821, 6.965, 4.541, 3.747, 3.365, 3.143, 2.998, 2.896, 2.821, 2.764, 2.718, 2.681, 2.65, 2.624, 2.602, 2.583, 2.567, 2.552, 2.539,
  2.528, 2.518, 2.508, 2.5, 2.492, 2.485, 2.479, 2.473, 2.467, 2.462, 2.457,
];

/**
 * Bencher's t-test threshold with the upper boundary its docs use (0.99): the limit is the history's mean
 * plus (or minus, when larger is better) the 0.99 t quantile for n − 1 degrees of freedom times the
 * history's sample standard deviation. Needs two runs of history.
 */
export function bencherAlerts(metric, current, history) {
  const n = history.length;
  if (n < 2) return false;
  const mean = history.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(history.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const margin = (T99[n - 2] ?? 2.39) * sd; // 2.39: df 31–60; the bench keeps at most 30 runs of history
  return HIGHER_IS_BETTER.has(metric) ? current < mean - margin : current > mean + margin;
}
