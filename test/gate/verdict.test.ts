import type { FailOn } from '../../src/results/gate.js';
import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { appendToBaseline, type BaselineFile } from '../../src/gate/baseline.js';
import { evaluateGate, goodputLimits } from '../../src/gate/verdict.js';
import { gateMarkdown } from '../../src/report/markdown.js';
import type { Results } from '../../src/results/results.js';
import { testMeta } from '../helpers/results.js';

/** A results object holding just what the gate reads. */
function results(p95: number, extra: { requests?: number; errorRate?: number; rps?: number; count?: number } = {}): Results {
  const requests = extra.requests ?? 1000;
  const summary = {
    count: extra.count ?? requests,
    min: 1,
    max: p95 * 2,
    mean: p95 / 2,
    stddev: 1,
    p50: p95 / 2,
    p75: p95 * 0.7,
    p90: p95 * 0.9,
    p95,
    p99: p95 * 1.5,
    p999: p95 * 2,
    hdr: '',
  };
  return {
    schema: 'llm-load/results@1',
    meta: testMeta(),
    totals: {
      requests,
      successes: requests,
      failures: Math.round(requests * (extra.errorRate ?? 0)),
      successRate: 1,
      errorRate: extra.errorRate ?? 0,
      rps: extra.rps ?? 100,
      iterations: requests,
      interrupted: 0,
    },
    metrics: { latency: summary },
    endpoints: {},
    scenarios: {},
    statusCodes: {},
    errors: {},
    timeline: { windowS: 1, windows: [] },
  };
}

/** A history whose runs had latency p50 of values ÷ 2 (results() sets p50 to half the p95), 100 rps, no errors. */
function history(values: number[]): BaselineFile {
  let file: BaselineFile | undefined;
  for (const [i, v] of values.entries()) {
    const date = new Date(Date.parse('2026-11-23T00:00:00Z') + i * 3_600_000).toISOString();
    file = appendToBaseline(file, 'svc', { sha: `sha${i}`, date, metrics: { 'latency.p50': v / 2, rps: 100, error_rate: 0 } }, 10);
  }
  return file!;
}

const profile = (thresholds: Record<string, unknown> = {}, regression: Record<string, unknown> = {}) =>
  validateProfile(
    { target: 'http://x', load: { vus: 1, duration: '1s' }, scenarios: { a: { flow: [{ request: 'GET /' }] } }, thresholds, regression },
    't',
  );

const gate = (r: Results, baseline?: BaselineFile, p = profile(), failOn: FailOn = 'critical') =>
  evaluateGate({ results: r, thresholds: p.thresholds, regression: p.regression, baseline, failOn });

const row = (g: ReturnType<typeof gate>, metric: string) => g.rows.find((r) => r.metric === metric)!;

describe('the Target / Critical table', () => {
  const table = profile({
    'latency.p95': { target: '<50ms', critical: '<200ms' },
    error_rate: { target: '<0.1%', critical: '<1%' },
    rps: { critical: '>50' },
  });

  it('passes, warns on a missed target, fails on a missed critical', () => {
    expect(row(gate(results(40), undefined, table), 'latency.p95').result).toBe('PASS');
    expect(row(gate(results(80), undefined, table), 'latency.p95')).toMatchObject({ result: 'WARN', note: 'target <50ms missed' });
    const failing = gate(results(250, { errorRate: 0.02, rps: 20 }), undefined, table);
    expect(failing.rows.map((r) => r.result)).toEqual(['FAIL', 'FAIL', 'FAIL']);
    expect(failing.verdict).toBe('FAIL');
    expect(failing.failed).toBe(true);
  });

  it('decides the exit by fail-on', () => {
    const warning = results(80);
    expect(gate(warning, undefined, table, 'critical')).toMatchObject({ verdict: 'WARN', failed: false });
    expect(gate(warning, undefined, table, 'warn')).toMatchObject({ verdict: 'WARN', failed: true });
    expect(gate(results(999), undefined, table, 'never')).toMatchObject({ verdict: 'FAIL', failed: false });
  });

  it('says INSUFFICIENT, not PASS, for a p99 over 30 requests', () => {
    const g = gate(results(10, { requests: 30 }), undefined, profile({ 'latency.p99': '<100ms' }));
    expect(row(g, 'latency.p99')).toMatchObject({ result: 'INSUFFICIENT', note: 'p99 needs ≥ 100 samples, has 30' });
    expect(g.verdict).toBe('INSUFFICIENT');
    expect(gate(results(10, { requests: 30 }), undefined, profile({ 'latency.p99': '<100ms' }), 'warn').failed).toBe(true);
  });

  it('accepts the k6 form and never passes a zero-request run', () => {
    const k6 = profile({ latency: ['p(95)<500'] });
    expect(row(gate(results(400), undefined, k6), 'latency')).toMatchObject({ result: 'PASS', critical: 'p(95)<500' });
    expect(row(gate(results(600), undefined, k6), 'latency').result).toBe('FAIL');
    const empty = gate(results(10, { requests: 0, count: 0 }), undefined, k6);
    expect(empty.verdict).toBe('FAIL');
    expect(row(empty, 'requests').note).toContain('no request completed');
  });

  it("names our metric for k6's, and takes k6's rate<0.01 on a share", () => {
    expect(() => profile({ http_req_duration: ['p(95)<500'] })).toThrow(
      /"http_req_duration" is k6's metric; here it is latency \(e\.g\. latency\.p95\)/,
    );
    expect(() => profile({ http_req_failed: ['rate<0.01'] })).toThrow(/"http_req_failed" is k6's metric; here it is error_rate/);
    const k6 = profile({ error_rate: ['rate<0.01'] });
    expect(row(gate(results(10), undefined, k6), 'error_rate')).toMatchObject({ result: 'PASS' });
    expect(row(gate(results(10, { errorRate: 0.05 }), undefined, k6), 'error_rate').result).toBe('FAIL');
  });

  it('accepts metric names with digits (e2e) and stores them in baselines', () => {
    const e2e = { ...results(10), metrics: { ...results(10).metrics, e2e: { ...results(10).metrics.latency, p95: 900 } } };
    const g = gate(e2e, undefined, profile({ 'e2e.p95': '<1s', 'e2e.p50{scenario=a}': '<1s' }));
    expect(row(g, 'e2e.p95')).toMatchObject({ result: 'PASS', current: 900 });
    expect(row(g, 'e2e.p50{scenario=a}').result).toBe('INSUFFICIENT');
  });

  it('refuses a key scoped to an endpoint, scenario or tag the profile does not have, naming the closest', () => {
    expect(() => profile({ 'latency.p95{GET /x}': '<1s' })).toThrow(
      /thresholds\["latency\.p95\{GET \/x\}"\]: the profile has no endpoint "GET \/x" \(did you mean "GET \/"\?\)/,
    );
    expect(() => profile({ 'latency.p95{scenario=b}': '<1s' })).toThrow(/the profile has no scenario "b"/);
    expect(() => profile({}, { metrics: { 'ttft.p50{model=big}': '5%' } })).toThrow(
      /regression\.metrics\["ttft\.p50\{model=big\}"\]: the profile has no tag "model=big"/,
    );
    expect(
      row(gate(results(10), undefined, profile({ 'latency.p95{GET /}': '<1s', 'latency.p95{scenario=a}': '<1s' })), 'latency.p95{GET /}'),
    ).toBeDefined();
  });

  it('refuses the retired regression.k with what to do instead', () => {
    expect(() => profile({}, { k: 3 })).toThrow(
      /regression\.k is no longer used: the history's spread now widens each row's interval, not its tolerance; remove k/,
    );
  });

  it('rejects unknown metric keys with the closest valid ones', () => {
    expect(() => profile({ 'latncy.p95': '<5ms' })).toThrow(/thresholds: unknown metric "latncy\.p95" \(did you mean "latency\.p95"/);
    expect(() => profile({ 'latency.p95': { target: 'fast' } })).toThrow(
      /thresholds\["latency.p95"\].target\["latency.p95"\]: expected a threshold/,
    );
  });
});

describe('regression against a history, without blocks in the run', () => {
  const wandering = history([100, 108, 92, 104, 96, 107, 93, 101, 99, 105]); // ±8 %
  const tight = history([100, 101, 99, 100.5, 99.5, 100, 101, 99, 100, 100.5]); // ±1 %
  const cases = [
    {
      name: '9 % slower, history wandering ±8 %: inconclusive',
      p50: 109 / 2,
      history: wandering,
      result: 'WARN',
      note: /^inconclusive: \+8\.5 % \(95 % CI .* straddles the 5\.0 % tolerance/,
    },
    {
      name: '40 % slower, history wandering ±8 %',
      p50: 140 / 2,
      history: wandering,
      result: 'FAIL',
      note: /^regressed \+39\.3 % \(95 % CI \+\d+\.\d % … \+\d+\.\d %\) \(tolerance 5\.0 %\) \(baseline of 10 runs\)$/,
    },
    { name: '12 % slower, tight history', p50: 112 / 2, history: tight, result: 'FAIL', note: /^regressed \+12\.0 %/ },
    { name: 'no change, tight history', p50: 100 / 2, history: tight, result: 'PASS', note: null },
    { name: '20 % faster', p50: 80 / 2, history: tight, result: 'PASS', note: null },
  ];
  it.each(cases)('$name → $result', ({ p50, history: h, result, note }) => {
    const r = row(gate(results(p50 * 2), h), 'latency.p50');
    expect(r.result).toBe(result);
    if (note) expect(r.note).toMatch(note);
    else expect(r.note).toBeNull();
    expect(r.tolerance).toBe(0.05);
  });

  it('knows which way is better, and floors tiny absolute changes', () => {
    expect(row(gate(results(100, { rps: 70 }), tight), 'rps').result).toBe('FAIL');
    expect(row(gate(results(100, { rps: 130 }), tight), 'rps').result).toBe('PASS');
    expect(row(gate(results(100, { errorRate: 0.0001 }), tight), 'error_rate').result).toBe('PASS'); // 0 % → 0.01 %
    const errors = row(gate(results(100, { errorRate: 0.05 }), tight), 'error_rate');
    expect(errors).toMatchObject({ result: 'FAIL', deltaKind: 'absolute' });
    expect(errors.delta).toBeCloseTo(0.05, 6); // shown although the baseline is 0
  });

  it('with one run of history and no blocks gives no interval, so it can only warn', () => {
    const one = history([100]);
    expect(row(gate(results(100), one), 'latency.p50')).toMatchObject({ result: 'PASS', tolerance: 0.05 });
    expect(row(gate(results(112), one), 'latency.p50').note).toMatch(/inconclusive: no interval/);
    const warnOnly = profile({}, { severity: 'warn', metrics: { 'latency.p50': '2%' } });
    const r = row(gate(results(140), history([100, 100, 100.5, 99.5, 100]), warnOnly), 'latency.p50');
    expect(r).toMatchObject({ result: 'WARN', tolerance: 0.02 });
    expect(r.note).toMatch(/^regressed/);
  });

  it('judges p50, mean, rps and error rate by default, not p95', () => {
    const g = gate(results(100), tight);
    expect(g.rows.map((r) => r.metric)).toEqual(['latency.p50', 'rps', 'error_rate']);
  });

  it('says UNGATED, not a green PASS, when nothing was gated, and fails no run for it', () => {
    for (const failOn of ['critical', 'warn'] as const) {
      const g = gate(results(40), undefined, profile(), failOn);
      expect(g).toMatchObject({ verdict: 'UNGATED', failed: false, rows: [] });
    }
    const r = results(40);
    r.gate = gate(r, undefined, profile());
    expect(gateMarkdown(r, r.gate)).toMatch(/^### ➖ llm-load · svc · UNGATED\n[\s\S]*nothing to gate/);
  });

  it('says when there is no baseline and gates on the table alone', () => {
    const g = gate(results(40), undefined, profile({ 'latency.p95': '<50ms' }));
    expect(g.baseline).toBe('no baseline yet: gated on the table alone');
    expect(row(g, 'latency.p95').baseline).toBeNull();
  });

  it('says how many runs the baseline holds, how old and how spread', () => {
    const g = gate(results(100), tight);
    expect(g.baseline).toMatch(
      /^baseline: median of the last 10 runs of svc, \d+ (s|min|h|d) to \d+ (s|min|h|d) old; run-to-run spread ±\d\.\d % on latency\.p50$/,
    );
    expect(g.history).toMatchObject({ runs: 10, spread: { metric: 'latency.p50' } });
  });
});

describe('capacity rows', () => {
  it('gates the figure a capacity search found', () => {
    const p = profile({ capacity: { target: '>40 rps', critical: '>25 rps' } });
    const found = (value: number | null) => ({
      ...results(10),
      capacity: {
        vary: 'rate' as const,
        unit: 'rps' as const,
        value,
        brokeAt: null,
        steps: [{ value: 5, passed: true, reasons: [], rps: 5, errorRate: 0, saturated: false }],
      },
    });
    expect(row(gate(found(50), undefined, p), 'capacity').result).toBe('PASS');
    expect(row(gate(found(30), undefined, p), 'capacity').result).toBe('WARN');
    expect(row(gate(found(20), undefined, p), 'capacity').result).toBe('FAIL');
    expect(row(gate(found(null), undefined, p), 'capacity').result).toBe('INSUFFICIENT');
  });
});

describe('goodput limits', () => {
  it('takes per-request limits from the table rows of ttft, tpot, e2e and latency', () => {
    const p = profile({
      'ttft.p95': { target: '<2s', critical: '<5s' },
      'tpot.p50': '<50ms',
      'latency.p99': { critical: '<1s' },
      rps: '>10',
    });
    expect(goodputLimits(p.thresholds)).toEqual({ ttftMs: 2000, tpotMs: 50, latencyMs: 1000 });
  });
});
