import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { closedPort, json, startServer, type TestServer } from '../helpers/server.js';

function profile(target: string, load: Record<string, unknown>, flow: unknown[], extra: Record<string, unknown> = {}) {
  return validateProfile({ name: 't', target, load, scenarios: { main: { flow } }, ...extra }, 'test');
}

describe('runProfile over real HTTP', () => {
  let server: TestServer;
  const created = new Set<string>();
  const fetched: string[] = [];

  beforeAll(async () => {
    let next = 0;
    server = await startServer((req, res, body) => {
      const url = new URL(req.url!, 'http://x');
      if (req.method === 'POST' && url.pathname === '/items') {
        const id = `item-${++next}`;
        created.add(id);
        return json(res, 201, { id, echo: JSON.parse(body || '{}') });
      }
      const item = /^\/items\/(.+)$/.exec(url.pathname);
      if (req.method === 'GET' && item) {
        fetched.push(item[1]!);
        return created.has(item[1]!) ? json(res, 200, { ok: true }) : json(res, 404, { error: 'no such item' });
      }
      if (url.pathname === '/status') {
        const code = Number(url.searchParams.get('code'));
        res.writeHead(code, code === 429 ? { 'retry-after': '1', 'x-request-id': 'req-429' } : {});
        return res.end('nope');
      }
      if (url.pathname === '/hang') return; // never answers
      if (url.pathname === '/text') return res.end('not json');
      json(res, 200, { ok: true });
    });
  });
  afterAll(() => server.close());

  it('runs a two-step flow, capturing the id from the first response into the second', async () => {
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 3, duration: '1s' }, [
        { name: 'create', request: 'POST /items', json: { vu: '{{vu}}' }, capture: { id: '$.id' } },
        { name: 'read', request: 'GET /items/{{id}}' },
      ]),
      { seed: 1 },
    );
    expect(results.totals.failures).toBe(0);
    const creates = results.endpoints['POST /items']!.requests;
    const reads = results.endpoints['GET /items/{{id}}']!.requests;
    expect(creates).toBeGreaterThan(10);
    expect(reads).toBeGreaterThanOrEqual(creates - 3); // VUs stopped between the two steps
    expect(fetched.length).toBe(reads);
    expect(fetched.every((id) => created.has(id))).toBe(true);
    expect(results.statusCodes).toEqual({ '200': reads, '201': creates });
    expect(results.totals.iterations).toBe(reads);
  });

  it('counts a capture that finds nothing as an assertion error and stops that iteration', async () => {
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 1, duration: '300ms' }, [
        { request: 'POST /items', capture: { id: '$.nope' } },
        { request: 'GET /items/{{id}}' },
      ]),
    );
    expect(results.errors.assertion!.count).toBe(results.totals.requests);
    expect(results.errors.assertion!.examples[0]).toContain('capture id: $.nope not found');
    expect(results.endpoints['GET /items/{{id}}']!.requests).toBe(0);
  });

  it('classifies 4xx, 429 and 5xx and keeps the request id in the examples', async () => {
    const results = await runProfile(
      validateProfile(
        {
          target: server.url,
          load: { executor: 'constant-vus', vus: 1, duration: '300ms' },
          scenarios: {
            a: { flow: [{ request: 'GET /status?code=404' }, { request: 'GET /status?code=429' }] },
            b: { flow: [{ request: 'GET /status?code=503' }] },
          },
        },
        'test',
      ),
      { seed: 7 },
    );
    expect(results.errors.http_4xx!.count).toBeGreaterThan(0);
    expect(results.errors.http_5xx!.count).toBeGreaterThan(0);
    expect(results.errors.http_4xx!.examples[0]).toBe('GET /status?code=404 → 404: nope');
    expect(results.totals.failures).toBe(results.totals.requests);
    expect(results.metrics.latency.count).toBe(0);
    // A 404 ends scenario a's iteration, so its 429 step is never reached.
    expect(results.errors.http_429).toBeUndefined();
    const direct = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 1, duration: '200ms' }, [{ request: 'GET /status?code=429' }]),
    );
    expect(direct.errors.http_429!.examples[0]).toContain('[request id req-429]');
  });

  it('times out a request that never answers', async () => {
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 2, duration: '700ms', timeout: '200ms', graceful_stop: '100ms' }, [
        { request: 'GET /hang' },
      ]),
    );
    expect(results.errors.timeout!.count).toBeGreaterThanOrEqual(4);
    expect(results.errors.timeout!.count).toBeLessThanOrEqual(8);
    expect(results.errors.timeout!.examples[0]).toContain('no complete response before the timeout');
  });

  it('records a non-JSON body given to a capture as an assertion', async () => {
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 1, duration: '200ms' }, [{ request: 'GET /text', capture: { x: '$.x' } }]),
    );
    expect(results.errors.assertion!.examples[0]).toContain('capture needs a JSON response, got "not json"');
  });

  it('finishes a run against an unreachable target with connection_refused counted', async () => {
    const port = await closedPort();
    const results = await runProfile(
      profile(`http://127.0.0.1:${port}`, { executor: 'constant-vus', vus: 2, duration: '500ms', think_time: '50ms' }, [
        { request: 'GET /' },
      ]),
    );
    expect(results.totals.requests).toBeGreaterThan(0);
    expect(results.errors.connection_refused!.count).toBe(results.totals.requests);
    expect(results.errors.connection_refused!.examples[0]).toContain('ECONNREFUSED');
  });

  it('finishes on time when every request fails before it is sent (a templated path with a space)', async () => {
    // Such failures are known at once; told at once, a VU without think time would spin and starve the timers.
    const started = performance.now();
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 2, duration: '300ms' }, [{ request: 'GET /items/{{prompt}}' }], {
        data: { synthetic: { input_tokens: { mean: 20, stddev: 0 } } },
      }),
    );
    expect(performance.now() - started).toBeLessThan(3000);
    expect(results.totals.requests).toBeGreaterThan(0);
    expect(results.errors.request_error!.count).toBe(results.totals.requests);
    expect(results.errors.request_error!.examples[0]).toContain('has spaces or control characters: encode them');
  }, 10_000);

  it('paces VUs with think time', async () => {
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 1, duration: '1s', think_time: '100ms' }, [{ request: 'GET /' }]),
    );
    expect(results.totals.requests).toBeGreaterThanOrEqual(8);
    expect(results.totals.requests).toBeLessThanOrEqual(11);
  });

  it('ramps VUs up along the stages', async () => {
    const results = await runProfile(
      profile(server.url, { executor: 'ramping-vus', stages: [{ duration: '2s', target: 4 }], think_time: '20ms' }, [{ request: 'GET /' }]),
    );
    const vus = results.timeline.windows.map((w) => w.vus);
    expect(vus[0]).toBeLessThanOrEqual(2);
    expect(Math.max(...vus)).toBe(4);
  });

  it("spreads a ramp's VU starts evenly instead of starting each tick's share in one burst", async () => {
    const arrivals: number[] = [];
    const ramp = await startServer((req, res) => {
      arrivals.push(performance.now());
      res.end('{}');
    });
    try {
      // 200 VUs over 1 s is 10 per 50 ms tick; each VU sends once, then thinks past the end of the run.
      await runProfile(
        profile(ramp.url, { executor: 'ramping-vus', stages: [{ duration: '1s', target: 200 }], think_time: '5s', graceful_stop: '0s' }, [
          { request: 'GET /' },
        ]),
      );
    } finally {
      await ramp.close();
    }
    expect(arrivals.length).toBe(200);
    // In bursts, 10 requests would land within a millisecond of each other; spread, they are ~5 ms apart.
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]!);
    const tight = gaps.filter((gap) => gap < 1).length;
    expect(tight, `gaps: ${gaps.map((g) => g.toFixed(1)).join(' ')}`).toBeLessThan(40);
    // And the ramp is still on schedule: the last start lands by the end of the ramp.
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThan(800);
    expect(arrivals.at(-1)! - arrivals[0]!).toBeLessThan(1150);
  });

  it('stops at once on abort and returns partial results marked interrupted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGINT'), 300);
    const started = performance.now();
    const results = await runProfile(
      profile(server.url, { executor: 'constant-vus', vus: 2, duration: '30s' }, [{ request: 'GET /hang' }]),
      {
        signal: controller.signal,
      },
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(results.meta.interrupted).toBe('SIGINT');
    expect(results.totals.interrupted).toBe(2);
    expect(results.totals.failures).toBe(0);
  });
});
