import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

/** A server that answers in 50 ms while at most `limit` requests are in flight, and 503 beyond. */
async function limitedServer(limit: number): Promise<TestServer> {
  let inFlight = 0;
  return startServer((_req, res) => {
    if (inFlight >= limit) return json(res, 503, { error: 'overloaded' });
    inFlight++;
    setTimeout(() => {
      inFlight--;
      json(res, 200, { ok: true });
    }, 50);
  });
}

describe('stress shape and capacity search', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await limitedServer(20);
  });
  afterAll(() => server.close());

  it('stress: steps VUs up and reports the breaking point (±1 step) and the metric that broke', async () => {
    const results = await runProfile(
      validateProfile(
        {
          target: server.url,
          load: { shape: 'stress', start: 5, step: 5, max: 50, step_duration: '1500ms', limits: { error_rate: '<5%' } },
          scenarios: { a: { flow: [{ request: 'GET /' }] } },
        },
        'test',
      ),
    );
    const capacity = results.capacity!;
    expect(capacity.vary).toBe('vus');
    expect(capacity.value).toBeGreaterThanOrEqual(15);
    expect(capacity.value).toBeLessThanOrEqual(25);
    expect(capacity.brokeAt!.value).toBe(capacity.value! + 5);
    expect(capacity.brokeAt!.reasons[0]).toMatch(/^error_rate \d+\.\d\d% \(limit <5%\)$/);
    expect(capacity.steps.map((s) => s.passed)).toEqual([...capacity.steps.slice(0, -1).map(() => true), false]);
    expect(results.meta.executor).toBe('constant-vus');
  }, 30_000);

  it('capacity: binary search of the arrival rate finds where the SLO rows stop passing', async () => {
    // 20 in flight × 50 ms each: the server holds about 400 req/s before it starts refusing.
    const results = await runProfile(
      validateProfile(
        {
          target: server.url,
          load: { timeout: '2s' },
          capacity: {
            mode: 'binary',
            start: 50,
            max: 800,
            step: 50,
            step_duration: '1s',
            slo: { error_rate: '<1%', 'latency.p99': '<200ms' },
          },
          scenarios: { a: { flow: [{ request: 'GET /' }] } },
        },
        'test',
      ),
    );
    const capacity = results.capacity!;
    console.log(
      `capacity ${capacity.value} rps; steps ${capacity.steps.map((s) => `${s.value}:${s.passed ? 'pass' : s.reasons.join('/')}`).join(', ')}`,
    );
    expect(capacity.unit).toBe('rps');
    expect(capacity.value).toBeGreaterThanOrEqual(250);
    expect(capacity.value).toBeLessThanOrEqual(450);
    expect(capacity.steps.length).toBeLessThanOrEqual(7);
    // Midpoints are whole rates (425, 238 …), not 237.5.
    expect(capacity.steps.every((s) => Number.isInteger(s.value))).toBe(true);
    expect(results.totals.rps).toBeGreaterThan(200);
  }, 30_000);

  it('rejects an unknown SLO metric with the closest ones', () => {
    expect(() =>
      validateProfile(
        {
          target: 'http://x',
          load: {},
          capacity: { start: 1, max: 2, slo: { 'ttft.p9': '<2s' } },
          scenarios: { a: { flow: [{ request: 'GET /' }] } },
        },
        't',
      ),
    ).toThrow(/t: capacity.slo: unknown metric "ttft.p9" \(did you mean "ttft.p90"/);
  });
});
