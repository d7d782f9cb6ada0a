import { SSE_LIMITS } from '../../src/protocols/sse.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { planLoad } from '../../src/engine/executors/registry.js';
import { validateProfile } from '../../src/config/load.js';
import { constantArrivalRate, OpenModelExecutor, rampingArrivalRate } from '../../src/engine/executors/open-model.js';
import { compileFlows } from '../../src/engine/flow.js';
import { HttpClient } from '../../src/http/fast.js';
import { VirtualUser, type RunContext } from '../../src/engine/vu.js';
import { MetricsRecorder } from '../../src/metrics/recorder.js';
import { runProfile } from '../../src/engine/run.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

/** The profile of a `GET /` load on `target`. */
const getRoot = (target: string, load: Record<string, unknown>) =>
  validateProfile({ target, load, scenarios: { a: { flow: [{ request: 'GET /' }] } } }, 'test');

describe('arrival schedules', () => {
  it('spaces a constant rate evenly and stops at the duration', () => {
    const s = constantArrivalRate(50, 10_000, 5, 50);
    expect([s.timeOf(0), s.timeOf(1), s.timeOf(499)]).toEqual([0, 20, 9980]);
    expect(s.timeOf(500)).toBeUndefined();
  });

  it('ramps the rate linearly: 0 → 10/s over 10 s is 50 iterations, ever closer together', () => {
    const s = rampingArrivalRate(0, [{ durationMs: 10_000, target: 10 }], 1, 10);
    const times: number[] = [];
    for (let i = 0; s.timeOf(i) !== undefined; i++) times.push(s.timeOf(i)!);
    expect(times.length).toBe(50);
    expect(times[0]).toBe(0);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.every((g, i) => i === 0 || g <= gaps[i - 1]! + 1e-9)).toBe(true);
    // At t = 5 s the rate is 5/s, so 12.5 iterations are due by then.
    expect(times.filter((t) => t < 5000).length).toBe(13);
  });

  it('expands named shapes into stages', () => {
    const load = (extra: Record<string, unknown>) => getRoot('http://x', extra).load;
    expect(planLoad(load({ shape: 'spike', users: 10, peak: 500, ramp: '1m', hold: '30s' }))).toMatchObject({
      executor: 'ramping-vus',
      stages: [
        { durationMs: 30_000, target: 10 },
        { durationMs: 30_000, target: 10 },
        { durationMs: 60_000, target: 500 },
        { durationMs: 30_000, target: 500 },
        { durationMs: 60_000, target: 10 },
        { durationMs: 60_000, target: 10 },
      ],
    });
    expect(planLoad(load({ shape: 'baseline', users: 50, duration: '10m' }))).toMatchObject({
      stages: [
        { durationMs: 30_000, target: 50 },
        { durationMs: 600_000, target: 50 },
      ],
    });
    expect(planLoad(load({ shape: 'endurance', users: 20, duration: '4h' }))).toMatchObject({
      stages: [
        { durationMs: 300_000, target: 20 },
        { durationMs: 4 * 3_600_000, target: 20 },
      ],
    });
    expect(planLoad(load({ executor: 'constant-arrival-rate', rate: 120, time_unit: '1m', duration: '10s' }))).toMatchObject({
      ratePerS: 2,
    });
    expect(() =>
      validateProfile(
        {
          target: 'http://x',
          load: { executor: 'constant-arrival-rate', duration: '1s' },
          scenarios: { a: { flow: [{ request: 'GET /' }] } },
        },
        't',
      ),
    ).toThrow('t: load.rate: constant-arrival-rate needs rate');
  });
});

describe('open vs closed model against a server that stalls once', () => {
  let server: TestServer;
  let stallUntil = 0;
  let firstAt = 0;
  beforeAll(async () => {
    // From 4 s after its first request, the server stops answering for 2 s; what arrives meanwhile waits.
    server = await startServer((_req, res) => {
      const now = Date.now();
      if (!firstAt) firstAt = now;
      if (!stallUntil && now - firstAt >= 4000) stallUntil = now + 2000;
      setTimeout(() => json(res, 200, { ok: true }), Math.max(5, stallUntil - now));
    });
  });
  afterAll(() => server.close());

  const run = (load: Record<string, unknown>) => {
    stallUntil = 0;
    firstAt = 0;
    return runProfile(getRoot(server.url, load), { seed: 1 });
  };

  it('shows the stall in the open model and hides it in the closed one (coordinated omission)', async () => {
    const open = await run({ executor: 'constant-arrival-rate', rate: 50, duration: '10s', pre_allocated_vus: 10, max_vus: 200 });
    const closed = await run({ executor: 'constant-vus', vus: 2, duration: '10s', think_time: '35ms' });
    console.log(
      `stall: open model p50 ${open.metrics.latency.p50} p95 ${open.metrics.latency.p95} p99 ${open.metrics.latency.p99} ms (${open.totals.requests} req); ` +
        `closed model p50 ${closed.metrics.latency.p50} p95 ${closed.metrics.latency.p95} p99 ${closed.metrics.latency.p99} ms (${closed.totals.requests} req)`,
    );
    expect(open.totals.requests).toBeGreaterThanOrEqual(495);
    expect(open.totals.droppedIterations).toBe(0);
    // ~100 of 500 requests arrive during the 2 s stall and wait up to 2 s.
    expect(open.metrics.latency.p99!).toBeGreaterThan(1500);
    expect(open.metrics.latency.p95!).toBeGreaterThan(900);
    // The closed model's 2 VUs simply wait: 2 slow requests among hundreds, invisible at p95.
    expect(closed.metrics.latency.p95!).toBeLessThan(50);
    expect(open.metrics.send_lag!.p99!).toBeLessThan(20);
  }, 40_000);
});

describe('open model limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => setTimeout(() => json(res, 200, {}), 300));
  });
  afterAll(() => server.close());

  it('counts iterations that find no free VU as dropped', async () => {
    const results = await runProfile(
      getRoot(server.url, { executor: 'constant-arrival-rate', rate: 20, duration: '2s', pre_allocated_vus: 2, max_vus: 2 }),
    );
    // 2 VUs × ~3.3 iterations/s each can serve ~13 of the 40 due.
    expect(results.totals.droppedIterations).toBeGreaterThan(20);
    expect(results.totals.requests + results.totals.droppedIterations!).toBeGreaterThanOrEqual(39);
  });
});

describe('open model at high rates', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
  });
  afterAll(() => server.close());

  it('keeps serving responses between launches when iterations are due less than a millisecond apart', async () => {
    // 3,000/s is one iteration every 0.33 ms: the scheduler must still let the event loop read responses,
    // or every VU stays busy with an unread answer and the rest of the schedule is dropped.
    const results = await runProfile(
      getRoot(server.url, { executor: 'constant-arrival-rate', rate: 3000, duration: '1s', pre_allocated_vus: 20, max_vus: 100 }),
    );
    expect(results.totals.requests).toBeGreaterThanOrEqual(2700);
    expect(results.totals.droppedIterations).toBeLessThan(300);
    // Launched on time: at most about a millisecond late, bar a stall of the test's own process.
    expect(results.metrics.send_lag!.p50!).toBeLessThan(1.5);
  }, 20_000);
  it('starts what fell overdue during a stall in slices a millisecond apart, not in one burst', async () => {
    // The event loop blocked for 300 ms at 1,000/s: 300 iterations are overdue at once. In one burst, each
    // would open its own connection in a single long turn; in slices of at most 100, answers and connects
    // are handled between them. A slice is a run of starts less than half a millisecond apart.
    const starts: number[] = [];
    const original = VirtualUser.prototype.iterate;
    const iterate = vi.spyOn(VirtualUser.prototype, 'iterate').mockImplementation(function (this: VirtualUser, ...args) {
      starts.push(performance.now());
      original.apply(this, args);
    });
    setTimeout(() => {
      const until = performance.now() + 300;
      while (performance.now() < until);
    }, 200);
    try {
      const results = await runProfile(
        getRoot(server.url, { executor: 'constant-arrival-rate', rate: 1000, duration: '1s', pre_allocated_vus: 20, max_vus: 1000 }),
      );
      expect(results.totals.requests + results.totals.droppedIterations!).toBe(1000);
    } finally {
      iterate.mockRestore();
    }
    let longest = 0;
    for (let i = 0, run = 1; i < starts.length; i++, run++) {
      if (i > 0 && starts[i]! - starts[i - 1]! >= 0.5) run = 1;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeGreaterThanOrEqual(100); // the catch-up happened
    expect(longest).toBeLessThanOrEqual(100);
  }, 20_000);
});

describe('open model executor', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
  });
  afterAll(() => server.close());

  /** An executor over real HTTP whose recorder throws on the `failOn`-th sample (a bug inside an iteration). */
  function executor(failOn: number) {
    const profile = getRoot(server.url, { executor: 'constant-vus', vus: 1, duration: '1s' });
    const flows = compileFlows(profile);
    const recorder = new MetricsRecorder(flows.endpointKeys, ['a']);
    let samples = 0;
    const record = recorder.record.bind(recorder);
    recorder.record = (sample, epochMs) => {
      if (++samples === failOn) throw new Error('broken on purpose');
      record(sample, epochMs);
    };
    const http = new HttpClient({ connections: 10 });
    const ctx: RunContext = {
      flows,
      http,
      recorder,
      seed: 1,
      thinkTime: { minMs: 0, maxMs: 0 },
      jitter: 0,
      sseLimits: SSE_LIMITS,
      timeoutMs: 5000,
      data: undefined,
      auth: undefined,
      stopping: false,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      vuId: (local) => local,
      retry: undefined,
    };
    return { run: new OpenModelExecutor(constantArrivalRate(100, 300, 2, 10), ctx), recorder, http, ctx };
  }

  it('winds down once every iteration has ended', async () => {
    const { run, recorder, http, ctx } = executor(0);
    await run.drive(new AbortController().signal);
    ctx.stopping = true;
    await run.windDown();
    await http.close();
    expect(run.activeCount).toBe(0);
    expect(recorder.overall.requests).toBe(30);
  });

  it('fails the wind-down with the error that broke an iteration, after the other iterations ran', async () => {
    const { run, recorder, http, ctx } = executor(3);
    await run.drive(new AbortController().signal);
    ctx.stopping = true;
    await expect(run.windDown()).rejects.toThrow('broken on purpose');
    await http.close();
    expect(run.activeCount).toBe(0);
    // The other iterations went on: 30 were due, one broke.
    expect(recorder.overall.requests).toBe(29);
  });
});
