import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

/**
 * A server that answers every request after the same 40 ms, so users that start together stay together
 * unless the engine moves them apart; it notes when each request arrived.
 */
describe('closed-model users out of lockstep', () => {
  let server: TestServer;
  let arrivals: number[] = [];
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      arrivals.push(performance.now());
      setTimeout(() => json(res, 200, { ok: true }), 40);
    });
  });
  afterAll(() => server.close());

  /** The share of requests that arrived within 1 ms of the one before: 7/8 when 8 users fire together. */
  const bunched = () => {
    const sorted = [...arrivals].sort((a, b) => a - b);
    let close = 0;
    for (let i = 1; i < sorted.length; i++) if (sorted[i]! - sorted[i - 1]! < 1) close++;
    return close / (sorted.length - 1);
  };

  const run = async (jitter: number | undefined) => {
    arrivals = [];
    const load = { executor: 'constant-vus', vus: 8, duration: '1500ms', ...(jitter === undefined ? {} : { jitter }) };
    const results = await runProfile(
      validateProfile({ name: 't', target: server.url, load, scenarios: { main: { flow: [{ request: 'GET /x' }] } } }, 'test'),
      { seed: 3 },
    );
    return { results, bunched: bunched() };
  };

  it('fire in waves with jitter off, and spread over an iteration by default', async () => {
    await run(0); // warm-up: a cold process's first run (code not yet compiled, connections not yet open) spaces arrivals out
    const lockstep = await run(0);
    const spread = await run(undefined);
    expect(lockstep.bunched).toBeGreaterThan(0.7);
    expect(spread.bunched).toBeLessThan(0.35);
    // The pauses cost little load: about half the 5 % jitter, and one spread-out first iteration.
    expect(spread.results.totals.requests).toBeGreaterThan(lockstep.results.totals.requests * 0.85);
  });
});
