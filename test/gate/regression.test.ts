import { describe, expect, it } from 'vitest';
import { judgeRegression, type RegressionInput } from '../../src/gate/regression.js';
import { normalQuantile, tQuantile } from '../../src/core/stats.js';

/** A history of n runs around `centre`, spread ±`spread` (relative), each with block error `se`. */
const history = (centre: number, spread: number, n = 10, se?: number) =>
  Array.from({ length: n }, (_, i) => ({ value: centre * (1 + spread * Math.sin(i * 2.4)), ...(se === undefined ? {} : { se }) }));

const base: Omit<RegressionInput, 'current' | 'history'> = {
  currentSe: 0.003,
  blocks: 10,
  tolerance: 0.05,
  better: 'lower',
  floor: 0.1,
  scale: 'log',
};

describe('the regression decision rule', () => {
  const table: [string, Partial<RegressionInput> & Pick<RegressionInput, 'current' | 'history'>, string, string][] = [
    ['no change, tight history', { current: 100.2, history: history(100, 0.003, 10, 0.003) }, 'PASS', 'within'],
    ['+10 %, tight history', { current: 110, history: history(100, 0.003, 10, 0.003) }, 'FAIL', 'beyond'],
    [
      '+5 % exactly on the tolerance, no noise: at the tolerance counts',
      {
        current: 105,
        currentSe: 0,
        history: [
          { value: 100, se: 0 },
          { value: 100, se: 0 },
          { value: 100, se: 0 },
        ],
      },
      'FAIL',
      'beyond',
    ],
    [
      '+4.9 %, no noise',
      {
        current: 104.9,
        currentSe: 0,
        history: [
          { value: 100, se: 0 },
          { value: 100, se: 0 },
          { value: 100, se: 0 },
        ],
      },
      'PASS',
      'within',
    ],
    [
      '+6 % with a noisy run: the interval straddles 5 %',
      { current: 106, currentSe: 0.02, history: history(100, 0.003, 10, 0.003) },
      'WARN',
      'straddles',
    ],
    [
      '+10 % against a history that wanders ±8 % between runners',
      { current: 110, history: history(100, 0.08, 10, 0.003) },
      'WARN',
      'straddles',
    ],
    ['+40 % against the same wandering history', { current: 140, history: history(100, 0.08, 10, 0.003) }, 'FAIL', 'beyond'],
    ['faster is never a regression', { current: 80, history: history(100, 0.003, 10, 0.003) }, 'PASS', 'better'],
    ['rps −10 % (higher is better)', { current: 90, better: 'higher', history: history(100, 0.003, 10, 0.003) }, 'FAIL', 'beyond'],
    ['rps +10 %', { current: 110, better: 'higher', history: history(100, 0.003, 10, 0.003) }, 'PASS', 'better'],
    [
      '0.3 → 0.36 ms: +0.06 ms is under the 0.1 ms floor',
      { current: 0.36, floor: 0.1, history: history(0.3, 0.003, 10, 0.003) },
      'PASS',
      'below-floor',
    ],
    [
      'one run of history, no blocks: no interval, so a +12 % change only warns',
      { current: 112, currentSe: undefined, blocks: 0, history: [{ value: 100 }] },
      'WARN',
      'no-interval',
    ],
    ['one run of history with blocks on both sides', { current: 112, history: [{ value: 100, se: 0.003 }] }, 'FAIL', 'beyond'],
    [
      'error rate 0 → 2 % (absolute scale)',
      {
        current: 0.02,
        currentSe: 0.002,
        scale: 'abs',
        floor: 0.001,
        history: history(0.0001, 0, 10, 0.0001).map((h) => ({ ...h, value: 0 })),
      },
      'FAIL',
      'beyond',
    ],
    [
      'error rate 0 → 0.05 % stays under the 0.1 pp floor',
      { current: 0.0005, currentSe: 0.0003, scale: 'abs', floor: 0.001, history: history(1, 0, 10, 0).map(() => ({ value: 0, se: 0 })) },
      'PASS',
      'below-floor',
    ],
  ];
  const cases = table.map(([name, input, result, reason]) => ({ name, input, result, reason }));
  it.each(cases)('$name → $result', ({ input, result, reason }) => {
    const outcome = judgeRegression({ ...base, ...input });
    expect({ result: outcome.result, reason: outcome.reason }).toEqual({ result, reason });
  });

  it('reports the change and its interval around it, relative to the history median', () => {
    const outcome = judgeRegression({ ...base, current: 110, history: history(100, 0.003, 10, 0.003) });
    expect(outcome.reference).toBeCloseTo(100, 0);
    expect(outcome.kind).toBe('relative');
    expect(outcome.delta).toBeCloseTo(110 / outcome.reference - 1, 9);
    expect(outcome.low!).toBeLessThan(outcome.delta);
    expect(outcome.high!).toBeGreaterThan(outcome.delta);
    expect(outcome.low!).toBeGreaterThan(0.05);
  });

  it('widens the interval with the history spread and narrows it with more blocks of a quiet run', () => {
    const width = (input: Partial<RegressionInput>) => {
      const o = judgeRegression({ ...base, current: 100, history: history(100, 0.003, 10, 0.003), ...input });
      return o.high! - o.low!;
    };
    expect(width({ history: history(100, 0.05, 10, 0.003) })).toBeGreaterThan(3 * width({}));
    expect(width({ currentSe: 0.03 })).toBeGreaterThan(width({ currentSe: 0.003 }));
  });

  it('scales a rate’s block error by what the history’s runs show (block errors of rates run high)', () => {
    // The runs' blocks said ±3 %, yet the runs moved ±0.3 %: the current run's ±3 % is read as ±0.3 %.
    const calibrated = judgeRegression({ ...base, current: 90, currentSe: 0.03, better: 'higher', history: history(100, 0.003, 10, 0.03) });
    expect(calibrated.result).toBe('FAIL');
    // A run twice as noisy as the history's usual is still about twice as wide (the history median's own
    // uncertainty is the same for both).
    const noisy = judgeRegression({ ...base, current: 100, currentSe: 0.06, history: history(100, 0.003, 10, 0.03) });
    const usual = judgeRegression({ ...base, current: 100, currentSe: 0.03, history: history(100, 0.003, 10, 0.03) });
    const ratio = (noisy.high! - noisy.low!) / (usual.high! - usual.low!);
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThan(2);
  });
});

describe('quantiles', () => {
  it.each([
    [0.975, 2, 4.303],
    [0.975, 4, 2.776],
    [0.975, 9, 2.262],
    [0.975, 30, 2.042],
    [0.99, 9, 2.821],
    [0.995, 5, 4.032],
  ])('t(%s, %s df) = %s', (p, df, expected) => {
    expect(tQuantile(p, df)).toBeCloseTo(expected, 2);
  });
  it('normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 3);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
  });
});
