import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { MIN_TREND_POINTS, theilSen } from '../../src/gate/drift.js';

describe('Theil–Sen', () => {
  it('finds the slope of a noisy line despite outliers, with a band around it', () => {
    let seed = 7;
    const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 2;
    const points: [number, number][] = Array.from({ length: 60 }, (_, i) => [i / 60, 100 + 30 * (i / 60) + noise()]);
    points[10]![1] = 900; // a GC pause
    points[40]![1] = -500;
    const fit = theilSen(points)!;
    expect(fit.slope).toBeGreaterThan(28);
    expect(fit.slope).toBeLessThan(32);
    expect(fit.low).toBeLessThan(fit.slope);
    expect(fit.high).toBeGreaterThan(fit.slope);
    expect(fit.low).toBeGreaterThan(25);
    expect(fit.intercept).toBeCloseTo(100, 0);
  });

  it('gives a band that includes zero for flat noise, and nothing for fewer than 3 points', () => {
    const flat: [number, number][] = Array.from({ length: 30 }, (_, i) => [i, 50 + (i % 3) - 1]);
    const fit = theilSen(flat)!;
    expect(fit.low).toBeLessThanOrEqual(0);
    expect(fit.high).toBeGreaterThanOrEqual(0);
    expect(
      theilSen([
        [0, 1],
        [1, 2],
      ]),
    ).toBeUndefined();
  });

  it('excludes zero from the band of pure noise in at most about 5 % of series, however few the points', () => {
    const random = seededRandom(11);
    for (const n of [MIN_TREND_POINTS, 8, 20]) {
      let excluded = 0;
      const series = 4000;
      for (let k = 0; k < series; k++) {
        const fit = theilSen(Array.from({ length: n }, (_, i) => [i, 100 + random()] as [number, number]))!;
        if (fit.low > 0 || fit.high < 0) excluded++;
      }
      expect(excluded / series, `n = ${n}`).toBeLessThan(0.06);
    }
    // Four points that happen to rise (1 time in 24 for noise) are no trend.
    expect(
      theilSen([
        [0, 1],
        [1, 2],
        [2, 2.5],
        [3, 4],
      ]),
    ).toBeUndefined();
  });
});
