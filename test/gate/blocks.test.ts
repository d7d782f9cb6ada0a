import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/config/load.js';
import { appendToBaseline, entryFromResults, readBaseline, type BaselineFile } from '../../src/gate/baseline.js';
import { blockStatistic } from '../../src/gate/blocks.js';
import { parseMetricKey } from '../../src/thresholds/metrics.js';
import { evaluateGate } from '../../src/gate/verdict.js';
import { createHistogram, encodeHistogram, recordMs, summarize, type Histogram } from '../../src/metrics/histogram.js';
import type { Results } from '../../src/results/results.js';
import type { TimelineWindow } from '../../src/metrics/timeline.js';
import { seededRandom } from '../../src/core/random.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testMeta } from '../helpers/results.js';

const T0 = Date.parse('2026-11-30T12:00:00Z') / 1000;

/**
 * A streaming run of `seconds` one-second windows, `perWindow` replies each, with TTFT drawn around
 * `ttft(window, i)` ms (±1 % noise, seeded), ITL 10 ms and e2e = ttft + 110 ms.
 */
function streamingRun(seconds: number, perWindow: number, ttft: (window: number, i: number) => number, seed = 1): Results {
  const random = seededRandom(seed);
  const all = { ttft: createHistogram(), itl: createHistogram(), e2e: createHistogram(), tpot: createHistogram() };
  const windows: TimelineWindow[] = [];
  for (let w = 0; w < seconds; w++) {
    const h = { ttft: createHistogram(), itl: createHistogram(), e2e: createHistogram(), tpot: createHistogram() };
    for (let i = 0; i < perWindow; i++) {
      const t = ttft(w, i) * (1 + (random() - 0.5) * 0.02);
      const add = (name: keyof typeof h, ms: number, count = 1) => {
        recordMs(h[name], ms, count);
        recordMs(all[name], ms, count);
      };
      add('ttft', t);
      add('itl', 10 * (1 + (random() - 0.5) * 0.02), 11);
      add('tpot', 10);
      add('e2e', t + 110);
    }
    const enc = (x: Histogram) => encodeHistogram(x);
    windows.push({
      t: T0 + w,
      s: 1,
      requests: perWindow,
      failures: 0,
      vus: 8,
      p50: null,
      p95: null,
      ttftP95: null,
      tokens: perWindow * 12,
      hdr: enc(h.e2e),
      ttftHdr: enc(h.ttft),
      itlHdr: enc(h.itl),
      tpotHdr: enc(h.tpot),
      e2eHdr: enc(h.e2e),
    });
  }
  const requests = seconds * perWindow;
  const llm = {
    ttft: summarize(all.ttft),
    ttfo: summarize(all.ttft),
    itl: summarize(all.itl),
    tpot: summarize(all.tpot),
    e2e: summarize(all.e2e),
    output_tokens: summarize(createHistogram(), 1),
  };
  return {
    schema: 'llm-load/results@1',
    meta: testMeta({
      startedAt: new Date(T0 * 1000).toISOString(),
      endedAt: new Date((T0 + seconds) * 1000).toISOString(),
      durationS: seconds,
    }),
    totals: {
      requests,
      successes: requests,
      failures: 0,
      successRate: 1,
      errorRate: 0,
      rps: perWindow,
      iterations: requests,
      interrupted: 0,
      outputTokens: requests * 12,
      outputTokensPerS: perWindow * 12,
    },
    metrics: { latency: llm.e2e, ...llm },
    endpoints: {},
    scenarios: {},
    statusCodes: {},
    errors: {},
    timeline: { windowS: 1, windows },
  };
}

function historyOf(runs: Results[]): BaselineFile {
  let file: BaselineFile | undefined;
  for (const r of runs) file = appendToBaseline(file, 'svc', entryFromResults(r, null), 10);
  return file!;
}

const profile = validateProfile(
  { target: 'http://x', load: { vus: 1, duration: '1s' }, scenarios: { a: { flow: [{ request: 'GET /' }] } } },
  't',
);
const gate = (r: Results, baseline: BaselineFile) =>
  evaluateGate({ results: r, thresholds: {}, regression: profile.regression, baseline, failOn: 'critical' });
const rowOf = (g: ReturnType<typeof gate>, metric: string) => g.rows.find((r) => r.metric === metric)!;
const steady = (seconds: number, seed: number) => streamingRun(seconds, 40, () => 100, seed);

describe('blocks of the run', () => {
  it('cut a run into at most 10 blocks and measure each one', () => {
    const run = steady(12, 1);
    const b = blockStatistic(run, parseMetricKey('ttft.p50')!)!;
    expect(b.values).toHaveLength(10);
    for (const v of b.values) expect(v).toBeCloseTo(100, -0.5);
    expect(b.se).toBeGreaterThan(0);
    expect(b.se).toBeLessThan(0.01);
    expect(b.spans[0]!.from).toBe(T0);
  });

  it('give a tail percentile fewer blocks, each holding the samples it needs, and none for a short run', () => {
    expect(blockStatistic(steady(12, 1), parseMetricKey('ttft.p99')!)!.values).toHaveLength(4); // 480 samples, 100 a block
    expect(
      blockStatistic(
        streamingRun(12, 20, () => 100),
        parseMetricKey('ttft.p99')!,
      ),
    ).toBeUndefined(); // 240: two blocks
    expect(
      blockStatistic(
        streamingRun(3, 40, () => 100),
        parseMetricKey('ttft.p50')!,
      ),
    ).toBeUndefined(); // 3 windows
    expect(blockStatistic(steady(12, 1), parseMetricKey('ttft.p50{POST /x}')!)).toBeUndefined();
  });

  it('are kept in the baseline with each run, for e2e keys too', async () => {
    const entry = entryFromResults(steady(12, 1), 'abc');
    expect(Object.keys(entry.metrics)).toEqual(expect.arrayContaining(['ttft.p50', 'ttft.mean', 'e2e.p50', 'e2e.p95', 'ttft.p99', 'rps']));
    expect(entry.se!['ttft.p50']).toBeGreaterThan(0);
    expect(entry.durationS).toBe(12);
    const dir = await mkdtemp(join(tmpdir(), 'llm-load-blocks-'));
    const file = join(dir, 'results.json');
    await writeFile(file, JSON.stringify(steady(12, 2)));
    const one = await readBaseline(file, ['e2e.p99']);
    expect(one.history[0]!.metrics['e2e.p99']).toBeGreaterThan(0);
  });
});

describe('the gate on runs with blocks', () => {
  const history = historyOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => steady(12, seed)));

  it('passes a no-change run and fails a +10 % TTFT run, with an interval inside the change', () => {
    const same = gate(steady(12, 99), history);
    expect(same.verdict).toBe('PASS');
    const slower = gate(
      streamingRun(12, 40, () => 110, 99),
      history,
    );
    const ttft = rowOf(slower, 'ttft.p50');
    expect(ttft.result).toBe('FAIL');
    expect(ttft.ciLow!).toBeGreaterThan(0.05);
    expect(ttft.ciHigh!).toBeLessThan(0.15);
    expect(rowOf(slower, 'ttft.mean').result).toBe('FAIL');
  });

  it('reads one stalled window as an outlier, not a regression, and names the window', () => {
    // Window 6 stalls: its 40 replies take 3 × as long. The p95 doubles; p50 and mean barely move.
    const stalled = streamingRun(12, 40, (w) => (w === 6 ? 300 : 100), 99);
    const g = evaluateGate({
      results: stalled,
      thresholds: {},
      regression: { ...profile.regression, metrics: { 'ttft.p95': 0.05 } },
      baseline: history,
      failOn: 'critical',
    });
    const p95 = rowOf(g, 'ttft.p95');
    expect(p95.result).toBe('WARN');
    expect(p95.note).toMatch(
      /^one window, not a regression: \+\d+\.\d % here while ttft\.p50 and ttft\.mean do not fail; it comes from 12:00:0[5-7]–12:00:0[6-8] UTC/,
    );
    expect(rowOf(g, 'ttft.p50').result).toBe('PASS');
  });

  it('fails a tail spread over the whole run on a long run, and only warns on a short one', () => {
    const tail = (w: number, i: number) => (i % 33 === 0 ? 300 : 100); // 3 % of replies × 3, in every window
    const longHistory = historyOf([1, 2, 3, 4, 5].map((seed) => steady(30, seed)));
    const long = gate(streamingRun(30, 40, tail, 99), longHistory);
    expect(rowOf(long, 'ttft.p99')).toMatchObject({ result: 'FAIL' });
    expect(rowOf(long, 'ttft.p99').note).toMatch(/^regressed \+\d+\.\d %/);
    const short = gate(streamingRun(12, 40, tail, 99), history);
    expect(rowOf(short, 'ttft.p99').result).toBe('WARN');
    expect(rowOf(short, 'ttft.p99').note).toMatch(
      /not gated: a p99 regression counts on runs of ≥ 30 s with ≥ 1000 samples; this one has 12 s and 480$/,
    );
  });
});
