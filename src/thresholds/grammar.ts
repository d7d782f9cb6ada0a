/**
 * The threshold grammar: `<50ms`, `<=2s`, `>1000`, `>=99.5%`, `<0.1%`, `>40 rps`, and k6's `p(95)<500`
 * (ms) and `rate<0.01` (a share). Values are normalised: durations to ms, percentages to ratios (0.1% → 0.001).
 */
export type Operator = '<' | '<=' | '>' | '>=';

export interface Threshold {
  op: Operator;
  value: number;
  unit: 'ms' | 'ratio' | 'number';
  /** The k6 form names the percentile itself: `p(95)<500` → "p95". */
  stat?: string;
  source: string;
}

const DURATION_MS: Record<string, number> = { us: 0.001, µs: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PLAIN_UNITS = new Set(['', 'rps', 'req/s', '/s', 'tokens/s', 'tok/s', 'vus', 'tokens', 'requests']);
const FORM = /^\s*(?:p\((\d+(?:\.\d+)?)\)\s*|(rate)\s*)?(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*([a-zµ/%.]*)\s*$/i;

export class ThresholdSyntaxError extends Error {}

export function parseThreshold(source: string): Threshold {
  const m = FORM.exec(source);
  if (!m) {
    throw new ThresholdSyntaxError(
      `expected a threshold like "<50ms", "<=2s", ">1000", "<0.1%" or "p(95)<500", got ${JSON.stringify(source)}`,
    );
  }
  const [, percentile, rate, op, number, rawUnit] = m;
  const unit = rawUnit!.toLowerCase();
  const value = Number(number);
  // k6's `rate<0.01`: a share from 0 to 1, as error_rate and success_rate are.
  if (rate) {
    if (unit)
      throw new ThresholdSyntaxError(
        `k6's rate form takes a share from 0 to 1 with no unit, e.g. "rate<0.01", got ${JSON.stringify(source)}`,
      );
    return { op: op as Operator, value, unit: 'ratio', source };
  }
  const stat = percentile ? `p${percentile.replace('.', '')}` : undefined;
  if (unit === '%') return { op: op as Operator, value: value / 100, unit: 'ratio', stat, source };
  if (unit in DURATION_MS) return { op: op as Operator, value: value * DURATION_MS[unit]!, unit: 'ms', stat, source };
  if (PLAIN_UNITS.has(unit)) return { op: op as Operator, value, unit: stat ? 'ms' : 'number', stat, source };
  throw new ThresholdSyntaxError(`unknown unit "${rawUnit}" in ${JSON.stringify(source)} (use ms, s, m, %, or none)`);
}

export function passes(actual: number, threshold: Threshold): boolean {
  switch (threshold.op) {
    case '<':
      return actual < threshold.value;
    case '<=':
      return actual <= threshold.value;
    case '>':
      return actual > threshold.value;
    case '>=':
      return actual >= threshold.value;
  }
}
