import { describe, expect, it } from 'vitest';
import { judgePairs, judgeRow, undecided, type AbRules, type RoundPair } from '../../src/gate/ab.js';
import type { Results } from '../../src/results/results.js';
import { testMeta } from '../helpers/results.js';

/** A results file holding what the A/B rows read: TTFT p50/p99, rps and the error count. */
function results(ttftP50: number, { rps = 100, failures = 0, requests = 1000, durationS = 10, ttftP99 = ttftP50 * 2 } = {}): Results {
  const summary = { count: requests, p50: ttftP50, p99: ttftP99 };
  return {
    meta: testMeta({ durationS }),
    totals: { requests, failures, rps },
    metrics: { latency: summary, ttft: summary },
    endpoints: {},
    scenarios: {},
  } as unknown as Results;
}

const rules: AbRules = { keys: ['ttft.p50', 'rps', 'error_rate', 'ttft.p99'], tolerance: () => 0.05, confidence: 0.95 };
/** Pairs whose head is `ratio` × base, with a little noise that is the same on both sides of a pair (the runner's). */
const pairs = (ratio: number, noise: number[] = [0, 0.01, -0.01, 0.02, -0.02, 0.005]): RoundPair[] =>
  noise.map((n, i) => ({ base: results(100 * (1 + n)), head: results(100 * (1 + n) * ratio * (1 + (i % 2 ? 0.004 : -0.004))) }));

describe('A/B decision rule over round pairs', () => {
  it('passes identical sides: the interval stays inside the tolerance', () => {
    const row = judgeRow('ttft.p50', pairs(1), rules)!;
    expect(row.result).toBe('PASS');
    expect(Math.abs(row.delta!)).toBeLessThan(0.005);
    expect(row.ciHigh!).toBeLessThan(0.05);
    expect(row.rounds).toBe(6);
  });

  it('fails +10 % TTFT when the whole interval is past +5 %, and says the change, interval and rounds', () => {
    const row = judgeRow('ttft.p50', pairs(1.1), rules)!;
    expect(row.result).toBe('FAIL');
    expect(row.delta!).toBeCloseTo(0.1, 2);
    expect(row.ciLow!).toBeGreaterThanOrEqual(0.05);
    expect(row.note).toMatch(/^regressed \+10\.\d % \(95 % CI \+\d+\.\d % … \+\d+\.\d %\) \(tolerance 5\.0 %, 6 round pairs\)$/);
  });

  it('calls a change that straddles the tolerance inconclusive', () => {
    const noisy = [1.05, 1.15, 0.95, 1.1, 1.0].map((ratio) => ({ base: results(100), head: results(100 * ratio) }));
    const row = judgeRow('ttft.p50', noisy, rules)!;
    expect(row.result).toBe('WARN');
    expect(row.note).toMatch(/^inconclusive: \+4\.8 % \(95 % CI −4\.6 % … \+15\.1 %\) straddles the 5\.0 % tolerance \(5 round pairs\)$/);
    expect(undecided([row])).toBe(true);
  });

  it('reads a better head as a pass, in either direction of "better"', () => {
    expect(judgeRow('ttft.p50', pairs(0.8), rules)!.result).toBe('PASS');
    const faster = pairs(1).map(({ base }) => ({ base, head: results(100, { rps: 130 }) }));
    expect(judgeRow('rps', faster, rules)!.result).toBe('PASS');
    const slower = pairs(1).map(({ base }) => ({ base, head: results(100, { rps: 80 }) }));
    expect(judgeRow('rps', slower, rules)!.result).toBe('FAIL');
  });

  it('judges the error rate as a difference, never under its floor', () => {
    const worse = pairs(1).map(({ base }) => ({ base, head: results(100, { failures: 50 }) }));
    const row = judgeRow('error_rate', worse, rules)!;
    expect(row.deltaKind).toBe('absolute');
    expect(row.delta).toBeCloseTo(0.05, 6);
    expect(row.result).toBe('FAIL');
    expect(judgeRow('error_rate', pairs(1), rules)!.result).toBe('PASS');
  });

  it('needs three pairs before it decides anything', () => {
    const row = judgeRow('ttft.p50', pairs(1.5).slice(0, 2), rules)!;
    expect(row.result).toBe('WARN');
    expect(row.note).toBe('inconclusive: 2 round pairs; an interval needs ≥ 3');
  });

  it('does not fail a tail row on too few pooled samples, and says why', () => {
    const few = pairs(1).map(() => ({ base: results(100, { requests: 100 }), head: results(130, { requests: 100 }) }));
    const row = judgeRow('ttft.p99', few, rules)!;
    expect(row.result).toBe('WARN');
    expect(row.note).toMatch(/not gated: a p99 regression counts on runs of ≥ 30 s with ≥ 1000 samples; this one has 60 s and 600/);
    expect(undecided([row])).toBe(false); // more rounds of this length would not make it gate sooner than the others
    const long = pairs(1).map(() => ({ base: results(100), head: results(130) }));
    expect(judgeRow('ttft.p99', long, rules)!.result).toBe('FAIL'); // 6 × 1000 samples over 60 s
    const straddling = [1.05, 1.15, 0.95, 1.1, 1.0].map((r) => ({
      base: results(100, { requests: 100 }),
      head: results(100 * r, { requests: 100 }),
    }));
    expect(judgeRow('ttft.p99', straddling, rules)!.result).toBe('PASS'); // a thin tail that straddles says nothing
  });

  it('leaves out rows neither side measured', () => {
    expect(judgePairs(pairs(1), { ...rules, keys: ['ttft.p50', 'itl.p50'] }).map((r) => r.metric)).toEqual(['ttft.p50']);
  });
});
