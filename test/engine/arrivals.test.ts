import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/config/load.js';
import { seededRandom } from '../../src/core/random.js';
import { arrivalCounts, gammaDraw } from '../../src/engine/executors/arrivals.js';
import { constantArrivalRate } from '../../src/engine/executors/open-model.js';

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cv = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2))) / mean(xs);

describe('arrival processes of the open model', () => {
  const timesOf = (process: 'constant' | 'poisson' | 'gamma', burstiness = 1, seed = 7) => {
    const schedule = constantArrivalRate(100, 60_000, 10, 100, arrivalCounts({ process, burstiness }, seededRandom(seed)));
    const times: number[] = [];
    for (let i = 0, t = schedule.timeOf(0); t !== undefined; t = schedule.timeOf(++i)) times.push(t);
    return times;
  };

  it('keeps the rate on average, with the spread of each process (CV 0, 1, and 1/√burstiness)', () => {
    const constant = timesOf('constant');
    expect(constant).toHaveLength(6000);
    expect(cv(gaps(constant))).toBeLessThan(1e-9);
    for (const [process, burstiness, expectedCv] of [
      ['poisson', 1, 1],
      ['gamma', 0.25, 2],
      ['gamma', 4, 0.5],
    ] as const) {
      const times = timesOf(process, burstiness);
      expect(times.length / 60, `${process} ${burstiness}`).toBeGreaterThan(95); // 100 a second, within a few %
      expect(times.length / 60, `${process} ${burstiness}`).toBeLessThan(105);
      // Within 10 %: a heavy-tailed process's sample CV runs a little low on 6,000 gaps.
      expect(Math.abs(cv(gaps(times)) - expectedCv) / expectedCv, `${process} ${burstiness}`).toBeLessThan(0.1);
    }
  });

  it('is seeded: the same seed gives the same times, another seed others', () => {
    expect(timesOf('poisson', 1, 3).slice(0, 50)).toEqual(timesOf('poisson', 1, 3).slice(0, 50));
    expect(timesOf('poisson', 1, 3).slice(0, 50)).not.toEqual(timesOf('poisson', 1, 4).slice(0, 50));
    const draws = Array.from(
      { length: 20_000 },
      (
        (r) => () =>
          gammaDraw(0.5, r)
      )(seededRandom(1)),
    );
    expect(mean(draws)).toBeCloseTo(0.5, 1); // Gamma(k, 1) has mean k
  });

  it('takes them in a profile only for the open model', () => {
    const base = 'target: http://x\nscenarios: {a: {flow: [{request: GET /}]}}\n';
    const open = parseProfile(
      `${base}load: {executor: constant-arrival-rate, rate: 10, duration: 1s, arrival: {process: gamma, burstiness: 0.5}}`,
      'p.yml',
      {},
    );
    expect(open.load.arrival).toEqual({ process: 'gamma', burstiness: 0.5 });
    expect(
      parseProfile(`${base}load: {executor: constant-arrival-rate, rate: 10, duration: 1s, arrival: poisson}`, 'p.yml', {}).load.arrival
        .process,
    ).toBe('poisson');
    expect(() => parseProfile(`${base}load: {vus: 2, duration: 1s, arrival: poisson}`, 'p.yml', {})).toThrow(
      'p.yml: load.arrival: poisson arrivals are for the open model, not constant-vus',
    );
  });
});
