import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/config/load.js';
import { runProfile } from '../../src/engine/run.js';
import { readTrace, tracePrompt, traceReplay } from '../../src/engine/executors/trace-replay.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { PROFILES } from '../helpers/examples.js';

const TRACE = new URL('../../examples/traces/sample.jsonl', import.meta.url).pathname;
const PROFILE = `${PROFILES}/trace-replay.yml`;

describe('trace replay (Mooncake JSONL)', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ ttftMs: 20, itlMs: 2, outputTokens: 64, seed: 1 });
  });
  afterAll(() => mock.close());
  const profile = (speed = 1) =>
    parseProfile(readFileSync(PROFILE, 'utf8').replace('speed: 1', `speed: ${speed}`), PROFILE, { ...process.env, TARGET: mock.url });

  it('starts every request at its timestamp, with its output length as max_tokens', async () => {
    const rows = readTrace(TRACE);
    const results = await runProfile(profile(), { seed: 1, profilePath: PROFILE });
    expect(results.totals.requests).toBe(rows.length);
    expect(results.totals.failures, JSON.stringify(results.errors)).toBe(0);
    expect(results.totals.outputTokens).toBe(rows.reduce((n, r) => n + r.output_length, 0));
    // Timed from the trace's own times: the generator sent each within a few ms of its timestamp.
    expect(results.metrics.send_lag!.p99!).toBeLessThan(10);
    expect(results.meta.durationS).toBeGreaterThan(1.8);
  }, 20_000);

  it('replays twice as fast at speed 2', async () => {
    const results = await runProfile(profile(2), { seed: 1, profilePath: PROFILE });
    expect(results.totals.requests).toBe(readTrace(TRACE).length);
    expect(results.meta.durationS).toBeLessThan(1.6);
  }, 20_000);

  it('gives rows that share hash ids the same prompt prefix, of about their input length', () => {
    const blocks = new Map<number, string>();
    const a = tracePrompt({ timestamp: 0, input_length: 1000, output_length: 1, hash_ids: [7, 8] }, 0, blocks);
    const b = tracePrompt({ timestamp: 0, input_length: 1000, output_length: 1, hash_ids: [7, 9] }, 1, blocks);
    const c = tracePrompt({ timestamp: 0, input_length: 1000, output_length: 1, hash_ids: [6, 8] }, 2, blocks);
    const words = (text: string) => text.split(' ');
    expect(words(a)).toHaveLength(Math.round(1000 / 1.3));
    const prefix = (x: string, y: string) => words(x).findIndex((w, i) => w !== words(y)[i]);
    expect(prefix(a, b)).toBeGreaterThanOrEqual(390); // one 512-token block in common
    expect(prefix(a, c)).toBeLessThan(5);
  });

  it('splits a trace over shards row by row, and names a bad line', () => {
    const plan = traceReplay.plan({ ...profile().load, file: TRACE });
    const parts = [1, 2, 3].map((index) => traceReplay.shard(plan, { index, count: 3 }).rows);
    expect(
      parts
        .flat()
        .map((r) => r.timestamp)
        .sort((x, y) => x - y),
    ).toEqual(plan.rows.map((r) => r.timestamp));
    expect(() =>
      parseProfile(`target: ${mock.url}\nload: {executor: trace-replay}\nscenarios: {a: {flow: [{request: GET /}]}}\n`, 'p.yml', {}),
    ).toThrow('load.file: trace-replay needs file, a JSONL trace');
  });
});
