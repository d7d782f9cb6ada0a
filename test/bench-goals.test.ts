import { describe, expect, it } from 'vitest';
import { goalRows, goalTable, type BenchFound } from '../bench/goals.mjs';

// The goal table is what a reader of `npm run bench` takes away: each verdict must follow from the figures.
const row = (found: BenchFound, start: string) => goalRows(found).goals.find((r) => r.goal.startsWith(start))!;
const held = (streams: number, offTruthMs: number, peakMb: number, offFloorMs = 0) => ({ streams, offTruthMs, offFloorMs, peakMb });

describe('bench: goal table', () => {
  it('judges a ratio goal against nginx by the median of the rounds and says in how many rounds it held', () => {
    const found: BenchFound = {
      pinned: true,
      clientBound: {
        50: { cpu: [0.57, 0.59, 0.65, 0.5, 0.62], rps: [1.42, 1.38, 1.44], ofMedians: { cpu: 0.58, rps: 1.41 } },
        200: { cpu: [0.55, 0.63, 0.62, 0.7, 0.61], rps: [1.37] },
      },
    };
    expect(row(found, "CPU per request ≤ 0.6 × autocannon's, 50 connections, pinned, nginx")).toEqual({
      goal: "CPU per request ≤ 0.6 × autocannon's, 50 connections, pinned, nginx",
      measured: "0.59 (rounds 0.50–0.65; clients' medians 0.58)",
      status: 'met',
      verdict: 'met, 3 of 5 rounds',
    });
    expect(row(found, "req/s ≥ 1.4 × autocannon's, 50").verdict).toBe('met, 2 of 3 rounds');
    expect(row(found, "CPU per request ≤ 0.6 × autocannon's, 200")).toMatchObject({
      measured: '0.62 (rounds 0.55–0.70)',
      verdict: 'missed, 1 of 5 rounds',
    });
    expect(row(found, "req/s ≥ 1.4 × autocannon's, 200")).toMatchObject({ measured: '1.37', verdict: 'missed, 0 of 1 rounds' });
  });

  it("reads undecided when the clients' own medians fall on the other side of the goal", () => {
    const found: BenchFound = {
      pinned: false,
      clientBound: { 50: { cpu: [0.58, 0.64, 0.7], rps: [1.41], ofMedians: { cpu: 0.58, rps: 1.39 } } },
    };
    expect(row(found, "CPU per request ≤ 0.6 × autocannon's, 50")).toMatchObject({
      measured: "0.64 (rounds 0.58–0.70; clients' medians 0.58)",
      status: 'undecided',
      verdict: "undecided: missed by the rounds' median, met by the clients' medians; 1 of 3 rounds",
    });
    expect(row(found, "req/s ≥ 1.4 × autocannon's, 50").verdict).toBe(
      "undecided: met by the rounds' median, missed by the clients' medians; 1 of 1 rounds",
    );
    expect(goalTable(found)).toContain('Of 2 goals run: 0 met, 0 missed, 2 undecided (12 not run).');
  });

  it('shows a third decimal where two would put a ratio on the wrong side of the goal', () => {
    const found: BenchFound = {
      pinned: false,
      clientBound: { 50: { cpu: [0.6012, 0.58, 0.63], rps: [1.396, 1.5], ofMedians: { cpu: 0.5949, rps: 1.404 } } },
    };
    expect(row(found, "CPU per request ≤ 0.6 × autocannon's, 50")).toMatchObject({
      measured: "0.601 (rounds 0.58–0.63; clients' medians 0.59)",
      verdict: "undecided: missed by the rounds' median, met by the clients' medians; 1 of 3 rounds",
    });
    expect(row(found, "req/s ≥ 1.4 × autocannon's, 50").measured).toBe("1.50 (rounds 1.396–1.50; clients' medians 1.40)");
  });

  it('judges ours against wrk and Locust, and the undici transport against autocannon, each from its own rounds', () => {
    const found: BenchFound = {
      pinned: true,
      clientBound: {
        50: {
          cpu: [0.5],
          rps: [1.6],
          peersCpu: { wrk: 0.42, 'bare node': 0.45 },
          vs: { wrk: { cpu: [1.2, 1.25, 1.4], rps: [0.9] }, locust: { cpu: [0.08, 0.09, 0.1], rps: [4] } },
          undici: { cpu: [1.1, 1.35, 1.2], ofMedians: { cpu: 1.18 } },
        },
      },
    };
    expect(row(found, "CPU per request ≤ 0.6 × autocannon's, 50").measured).toBe('0.50 (peers: wrk 0.42, bare node 0.45)');
    expect(row(found, "CPU per request ≤ 1.3 × wrk's, 50")).toMatchObject({
      measured: '1.25 (rounds 1.20–1.40)',
      verdict: 'met, 2 of 3 rounds',
    });
    expect(row(found, 'CPU per request ≤ 0.125 × Locust')).toMatchObject({
      measured: '0.09 (rounds 0.08–0.10)',
      verdict: 'met, 3 of 3 rounds',
    });
    expect(row(found, "undici transport: CPU per request ≤ 1.3 × autocannon's, 50")).toMatchObject({
      measured: "1.20 (rounds 1.10–1.35; clients' medians 1.18)",
      verdict: 'met, 2 of 3 rounds',
    });
    // Without wrk or Locust installed, their goals are not run (and not counted).
    expect(row({ pinned: true, clientBound: { 50: { cpu: [0.5], rps: [1.6] } } }, "CPU per request ≤ 1.3 × wrk's, 50").status).toBe(
      'not run',
    );
  });

  it('prints the Node server cells as information, never judged or counted', () => {
    const found: BenchFound = {
      pinned: false,
      throughput: { 50: { cpu: [0.8, 0.82, 0.79], rps: [0.97, 1.01, 0.99], ofMedians: { cpu: 0.81, rps: 0.99 } } },
    };
    const { goals, information } = goalRows(found);
    expect(goals.every((r) => r.status === 'not run' || !r.goal.includes('Node server'))).toBe(true);
    expect(information[0]).toEqual({
      goal: "CPU per request over autocannon's, 50 connections, unpinned, Node server",
      measured: "0.80 (rounds 0.79–0.82; clients' medians 0.81)",
      status: 'info',
      verdict: 'information (the server is the ceiling)',
    });
    const lines = goalTable(found);
    expect(lines).toContain('Of 0 goals run: 0 met, 0 missed, 0 undecided (14 not run).');
    expect(lines.at(-1)).toBe("| req/s over autocannon's, 200 connections, unpinned, Node server | – | not run |");
  });

  it('names the mode the run was in', () => {
    expect(goalRows({ pinned: false }).goals[0]!.goal).toMatch(/50 connections, unpinned, nginx$/);
  });

  it('meets the one-thread streams goal only with 10,000 streams, TTFT within 1 ms of the server and under 1 GiB', () => {
    const streams = (rounds: ReturnType<typeof held>[]) => row({ pinned: true, streams: rounds }, '10,000 concurrent SSE');
    expect(streams([held(1000, 0.5, 122), held(5000, 0.7, 194), held(10_000, 0.92, 293)])).toMatchObject({
      measured: '10,000 streams: TTFT +0.92 ms, 293 MB',
      verdict: 'met',
    });
    expect(streams([held(10_000, 1.64, 300, 1.2)])).toEqual(
      expect.objectContaining({ measured: '10,000 streams: TTFT +1.64 ms; the stamp-only client read +1.20, 300 MB', verdict: 'missed' }),
    );
    expect(streams([held(10_000, 0.5, 1100)]).verdict).toBe('missed');
    expect(streams([held(1000, 0.5, 122), held(5000, 0.9, 194)]).verdict).toBe('missed');
  });

  it('judges 20,000 streams with --workers auto within 2 ms, or says why the round could not run', () => {
    const wide = (rounds: BenchFound['streamsWide']) => row({ pinned: true, streamsWide: rounds }, '20,000 concurrent SSE');
    expect(wide([held(20_000, 1.64, 610)])).toMatchObject({ measured: '20,000 streams: TTFT +1.64 ms, 610 MB', verdict: 'met' });
    expect(wide([held(20_000, 2.5, 610)]).verdict).toBe('missed');
    expect(wide([{ streams: 20_000, notRun: 'a process may hold 20,000 open files here' }])).toEqual(
      expect.objectContaining({ measured: '–', status: 'not run', verdict: 'not run: a process may hold 20,000 open files here' }),
    );
  });
  it('judges latency and start-up against their limits, and counts only the goals run', () => {
    expect(row({ pinned: true, latencyP50Ms: 50.207 }, 'latency')).toMatchObject({ measured: '50.207 ms', verdict: 'met' });
    expect(row({ pinned: true, latencyP50Ms: 51.2 }, 'latency').verdict).toBe('missed');
    expect(row({ pinned: true, latencyP50Ms: 48.9 }, 'latency').verdict).toBe('missed');
    expect(row({ pinned: true, startupMs: 290 }, 'action start-up')).toMatchObject({ measured: '290 ms', verdict: 'met' });
    expect(row({ pinned: true, startupMs: 500 }, 'action start-up').verdict).toBe('missed');
    const lines = goalTable({ pinned: true, latencyP50Ms: 50.2, startupMs: 700 });
    expect(lines[0]).toBe('| goal | this run | verdict |');
    expect(lines).toContain('Of 2 goals run: 1 met, 1 missed, 0 undecided (12 not run).');
  });
});
