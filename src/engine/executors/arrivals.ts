import type { Random } from '../../core/random.js';

/**
 * How open-model iterations arrive: evenly (`constant`, k6's), as a Poisson process, or from a gamma
 * process with vLLM's `burstiness` (the shape: 1 is Poisson, below 1 burstier, above 1 more even). Each
 * gap is a draw of mean 1 in units of the schedule's own interval, so the rate is kept on average.
 */
export interface ArrivalProcess {
  process: 'constant' | 'poisson' | 'gamma';
  burstiness: number;
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Gamma(shape, 1) draw: Marsaglia and Tsang for shape ≥ 1, boosted by U^(1/shape) below it. */
export function gammaDraw(shape: number, random: Random): number {
  if (shape < 1) return gammaDraw(shape + 1, random) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * The arrival counts of `process`: the i-th iteration is due when the schedule's expected count reaches
 * the i-th value (0 first, then the sum of the gaps), drawn lazily and kept, so `timeOf` stays a
 * function of i however often it is asked.
 */
export function arrivalCounts(process: ArrivalProcess, random: Random): (i: number) => number {
  if (process.process === 'constant') return (i) => i;
  const shape = process.process === 'poisson' ? 1 : process.burstiness;
  const counts = [0];
  return (i) => {
    while (counts.length <= i) counts.push(counts.at(-1)! + gammaDraw(shape, random) / shape);
    return counts[i]!;
  };
}
