import { describe, expect, it } from 'vitest';
import { goalRows, goalTable, type BenchFound } from '../bench/goals.mjs';

// The goal table is what a reader of `npm run bench` takes away: each verdict must follow from the figures.
const row = (found: BenchFound, start: string) => goalRows(found).issue.find((r) => r.goal.startsWith(start))!;
const held = (streams: number, offTruthMs: number, peakMb: number, offFloorMs = 0) => ({ streams, offTruthMs, offFloorMs, peakMb });

describe('bench: goal table', () => {
  it('judges a ratio goal by the median of the rounds and says in how many rounds it held', () => {
    const found: BenchFound = {
      pinned: true,
      throughput: {
        50: { cpu: [0.71, 0.74, 0.79, 0.64, 0.77], rps: [1.02, 0.98, 1.04], ofMedians: { cpu: 0.72, rps: 1.01 } },
        200: { cpu: [0.69, 0.83, 0.8, 0.9, 0.71], rps: [0.97] },
      },
    };
    expect(row(found, "CPU per request ≤ 0.75 × autocannon's, 50 connections, pinned")).toEqual({
      goal: "CPU per request ≤ 0.75 × autocannon's, 50 connections, pinned",
      measured: "0.74 (rounds 0.64–0.79; clients' medians 0.72)",
      status: 'met',
      verdict: 'met, 3 of 5 rounds',
    });
    expect(row(found, "req/s ≥ autocannon's, 50").verdict).toBe('met, 2 of 3 rounds');
    expect(row(found, "CPU per request ≤ 0.75 × autocannon's, 200")).toMatchObject({
      measured: '0.80 (rounds 0.69–0.90)',
      verdict: 'missed, 2 of 5 rounds',
    });
    expect(row(found, "req/s ≥ autocannon's, 200")).toMatchObject({ measured: '0.97', verdict: 'missed, 0 of 1 rounds' });
  });

  it("reads undecided when the clients' own medians fall on the other side of the goal", () => {
    // Figures of an unpinned run at 50 connections: the rounds' ratios say missed, the clients' medians say met.
    const found: BenchFound = {
      pinned: false,
      throughput: { 50: { cpu: [0.72, 0.82, 0.88], rps: [1.01], ofMedians: { cpu: 0.72, rps: 0.99 } } },
    };
    expect(row(found, "CPU per request ≤ 0.75 × autocannon's, 50")).toMatchObject({
      measured: "0.82 (rounds 0.72–0.88; clients' medians 0.72)",
      status: 'undecided',
      verdict: "undecided: missed by the rounds' median, met by the clients' medians; 1 of 3 rounds",
    });
    expect(row(found, "req/s ≥ autocannon's, 50").verdict).toBe(
      "undecided: met by the rounds' median, missed by the clients' medians; 1 of 1 rounds",
    );
    expect(goalTable(found)).toContain('Of 2 goals run: 0 met, 0 missed, 2 undecided (5 not run).');
  });

  it('shows a third decimal where two would put a ratio on the wrong side of the goal', () => {
    const found: BenchFound = {
      pinned: false,
      throughput: { 50: { cpu: [0.7512, 0.7, 0.78], rps: [0.996, 1.2], ofMedians: { cpu: 0.7449, rps: 1.004 } } },
    };
    expect(row(found, "CPU per request ≤ 0.75 × autocannon's, 50")).toMatchObject({
      measured: "0.751 (rounds 0.70–0.78; clients' medians 0.74)",
      verdict: "undecided: missed by the rounds' median, met by the clients' medians; 1 of 3 rounds",
    });
    expect(row(found, "req/s ≥ autocannon's, 50").measured).toBe("1.20 (rounds 0.996–1.20; clients' medians 1.00)");
  });

  it("shows the cheaper peers' CPU per request beside the CPU goal, judged on ours alone", () => {
    // Figures of a pinned run at 50 connections: wrk and the bare loop themselves only just under the goal.
    const found: BenchFound = {
      pinned: true,
      throughput: {
        50: { cpu: [0.79, 0.82, 0.83], rps: [0.99], ofMedians: { cpu: 0.83, rps: 0.98 }, peersCpu: { wrk: 0.7261, 'bare node': 0.7123 } },
      },
    };
    expect(row(found, "CPU per request ≤ 0.75 × autocannon's, 50")).toMatchObject({
      measured: "0.82 (rounds 0.79–0.83; clients' medians 0.83; peers: wrk 0.73, bare node 0.71)",
      verdict: 'missed, 0 of 3 rounds',
    });
    expect(row(found, "req/s ≥ autocannon's, 50").measured).toBe("0.99 (clients' medians 0.98)");
  });

  it('names the mode the run was in', () => {
    expect(goalRows({ pinned: false }).issue[0]!.goal).toMatch(/50 connections, unpinned$/);
  });

  it('meets the streams goal only with 10,000 streams, TTFT within 2 ms of the server and under 1 GiB', () => {
    const streams = (rounds: ReturnType<typeof held>[]) => row({ pinned: true, streams: rounds }, '10,000 concurrent SSE');
    expect(streams([held(1000, 0.5, 122), held(5000, 0.7, 194), held(10_000, 1.64, 293)])).toMatchObject({
      measured: '10,000 streams: TTFT +1.64 ms, 293 MB',
      verdict: 'met',
    });
    // Within 2 ms of a stamp-only client is not within 2 ms of the server: missed, with the floor shown.
    expect(streams([held(10_000, 3.1, 300, 2.2)])).toEqual(
      expect.objectContaining({ measured: '10,000 streams: TTFT +3.10 ms; the stamp-only client read +2.20, 300 MB', verdict: 'missed' }),
    );
    expect(streams([held(10_000, 1, 1100)]).verdict).toBe('missed');
    expect(streams([held(1000, 0.5, 122), held(5000, 2.5, 194)]).verdict).toBe('missed'); // stopped before 10,000
  });

  it('judges latency and start-up against their limits', () => {
    expect(row({ pinned: true, latencyP50Ms: 50.207 }, 'latency')).toMatchObject({ measured: '50.207 ms', verdict: 'met' });
    expect(row({ pinned: true, latencyP50Ms: 51.2 }, 'latency').verdict).toBe('missed');
    expect(row({ pinned: true, latencyP50Ms: 48.9 }, 'latency').verdict).toBe('missed');
    expect(row({ pinned: true, startupMs: 290 }, 'action start-up')).toMatchObject({ measured: '290 ms', verdict: 'met' });
    expect(row({ pinned: true, startupMs: 500 }, 'action start-up').verdict).toBe('missed');
  });

  it('says which goals this run did not measure, and counts only the ones it did', () => {
    const lines = goalTable({ pinned: true, latencyP50Ms: 50.2, startupMs: 700 });
    expect(lines[0]).toBe('| goal | this run | verdict |');
    const issue = lines.slice(0, lines.indexOf('') + 2);
    expect(issue.filter((l) => l.endsWith('| – | not run |'))).toHaveLength(5);
    expect(issue.at(-1)).toBe('Of 2 goals run: 1 met, 1 missed, 0 undecided (5 not run).');
    // The client-bound block: its four ratio goals, none run.
    expect(lines.slice(issue.length).filter((l) => l.endsWith(', nginx | – | not run |'))).toHaveLength(4);
    expect(lines.at(-1)).toBe('Of 0 goals run: 0 met, 0 missed, 0 undecided (4 not run).');
  });

  it("judges the ratio goals against nginx on their own, apart from the issue's count", () => {
    const found: BenchFound = {
      pinned: false,
      throughput: { 50: { cpu: [0.8, 0.82, 0.79], rps: [0.97, 1.01, 0.99] } },
      clientBound: {
        50: { cpu: [0.57, 0.59, 0.58], rps: [1.62, 1.7, 1.66], ofMedians: { cpu: 0.58, rps: 1.66 } },
        200: { cpu: [0.76, 0.7, 0.74], rps: [1.9, 2.1, 2.0], ofMedians: { cpu: 0.77, rps: 2.0 } },
      },
    };
    const { issue, clientBound } = goalRows(found);
    expect(issue.filter((r) => r.status === 'missed')).toHaveLength(2); // the Node server's 50-connection cells
    expect(clientBound.map((r) => [r.goal, r.verdict])).toEqual([
      ["CPU per request ≤ 0.75 × autocannon's, 50 connections, unpinned, nginx", 'met, 3 of 3 rounds'],
      ["req/s ≥ autocannon's, 50 connections, unpinned, nginx", 'met, 3 of 3 rounds'],
      [
        "CPU per request ≤ 0.75 × autocannon's, 200 connections, unpinned, nginx",
        "undecided: met by the rounds' median, missed by the clients' medians; 2 of 3 rounds",
      ],
      ["req/s ≥ autocannon's, 200 connections, unpinned, nginx", 'met, 3 of 3 rounds'],
    ]);
    const lines = goalTable(found);
    expect(lines).toContain('Of 2 goals run: 0 met, 2 missed, 0 undecided (5 not run).');
    expect(lines.at(-1)).toBe('Of 4 goals run: 3 met, 0 missed, 1 undecided.');
  });
});
