import { describe, expect, it } from 'vitest';
import { shardPlan } from '../../src/engine/executors/registry.js';
import { share } from '../../src/engine/shard.js';
import { mergeResults } from '../../src/results/merge.js';
import { MetricsRecorder } from '../../src/metrics/recorder.js';
import { buildResults, type RunMeta } from '../../src/results/results.js';

const meta = (start: number, end: number): RunMeta => ({
  name: 'm',
  target: 'http://x',
  startedAt: new Date(start).toISOString(),
  endedAt: new Date(end).toISOString(),
  durationS: (end - start) / 1000,
  executor: 'constant-vus',
  profile: null,
  seed: 1,
  interrupted: null,
  tool: { name: 'llm-load', version: 't', node: 'v' },
});

describe('exact merge of shards', () => {
  it('names the file and the place of a histogram that does not decode', () => {
    const parts = [0, 1].map((i) => {
      const r = new MetricsRecorder(['GET /a'], ['s']);
      for (let n = 0; n < 50; n++) r.record({ endpoint: 0, scenario: 0, latencyMs: 5 + n, status: 200 }, 1_800_000_000_000 + n * 100);
      return buildResults(r, meta(1_800_000_000_000 + i, 1_800_000_005_000));
    });
    const hdr = parts[1]!.endpoints['GET /a']!.metrics.latency.hdr;
    parts[1]!.endpoints['GET /a']!.metrics.latency.hdr = `${hdr.slice(0, 12)}AAAA${hdr.slice(16)}`;
    expect(() => mergeResults(parts, ['shard-1.json', 'shard-2.json'])).toThrow(
      /^shard-2\.json: endpoints\["GET \/a"\]\.metrics\.latency\.hdr: .*corrupt/,
    );
  });

  it('splits one recorded set of latencies into 4 shards and merges to exactly the unsplit percentiles', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const whole = new MetricsRecorder(['GET /a', 'POST /b'], ['s']);
    const shards = [0, 1, 2, 3].map(() => new MetricsRecorder(['GET /a', 'POST /b'], ['s']));
    const base = 1_800_000_000_000;
    for (let i = 0; i < 20_000; i++) {
      // Log-normal-ish latencies with a long tail, spread over 20 s.
      const latencyMs = Math.exp(3 + random() * 2) * (random() < 0.01 ? 20 : 1);
      const sample = { endpoint: i % 2, scenario: 0, latencyMs, status: random() < 0.02 ? 500 : 200 };
      const failed = sample.status === 500 ? { error: 'http_5xx' as const, message: 'boom' } : {};
      const at = base + Math.floor((i / 20_000) * 20_000);
      whole.record({ ...sample, ...failed }, at);
      shards[Math.floor(random() * 4)]!.record({ ...sample, ...failed }, at);
    }
    const unsplit = buildResults(whole, meta(base, base + 20_000));
    const merged = mergeResults(shards.map((r, i) => buildResults(r, meta(base + i * 10, base + 20_000))));
    for (const stat of ['count', 'min', 'max', 'p50', 'p75', 'p90', 'p95', 'p99', 'p999'] as const) {
      expect(merged.metrics.latency[stat], stat).toBe(unsplit.metrics.latency[stat]);
      expect(merged.endpoints['POST /b']!.metrics.latency[stat], `POST /b ${stat}`).toBe(
        unsplit.endpoints['POST /b']!.metrics.latency[stat],
      );
    }
    expect(merged.metrics.latency.mean).toBeCloseTo(unsplit.metrics.latency.mean!, 6);
    expect(merged.totals.requests).toBe(20_000);
    expect(merged.totals.failures).toBe(unsplit.totals.failures);
    expect(merged.errors.http_5xx!.count).toBe(unsplit.errors.http_5xx!.count);
    expect(merged.statusCodes).toEqual(unsplit.statusCodes);
    // Timeline windows line up by epoch second and their percentiles merge exactly too.
    expect(merged.timeline.windows.map((w) => [w.t, w.requests, w.p95])).toEqual(
      unsplit.timeline.windows.map((w) => [w.t, w.requests, w.p95]),
    );
    expect(merged.meta.shards).toHaveLength(4);
    expect(merged.meta.startSkewS).toBe(0.03);
  });

  it('splits load so the shards add up to the profile', () => {
    expect([1, 2, 3].map((index) => share(10, { index, count: 3 }))).toEqual([4, 3, 3]);
    const plan = { executor: 'ramping-vus' as const, startVus: 1, stages: [{ durationMs: 1000, target: 7 }] };
    const parts = [1, 2, 3, 4].map((index) => shardPlan(plan, { index, count: 4 }));
    expect(parts.reduce((n, p) => n + (p as typeof plan).stages[0]!.target, 0)).toBe(7);
    expect(parts.reduce((n, p) => n + (p as typeof plan).startVus, 0)).toBe(1);
    const open = shardPlan(
      {
        executor: 'constant-arrival-rate',
        ratePerS: 100,
        durationMs: 1000,
        preAllocatedVus: 10,
        maxVus: 100,
        arrival: { process: 'constant', burstiness: 1 },
      },
      { index: 1, count: 4 },
    );
    expect(open).toMatchObject({ ratePerS: 25, preAllocatedVus: 3, maxVus: 25 });
  });
});
