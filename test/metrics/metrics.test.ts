import * as hdr from 'hdr-histogram-js';
import { describe, expect, it } from 'vitest';
import { createHistogram, decodeHistogram, moments, recordMs, summarize } from '../../src/metrics/histogram.js';
import { MetricsRecorder } from '../../src/metrics/recorder.js';
import { plainLatency, TimelineRecorder } from '../../src/metrics/timeline.js';
import type { LlmMeasures } from '../../src/protocols/stream.js';
import { registerSecret, clearSecrets } from '../../src/core/secrets.js';

describe('histogram summary', () => {
  it('reports percentiles in ms at 3 significant digits and round-trips through its encoding', () => {
    const h = createHistogram();
    for (let i = 1; i <= 1000; i++) recordMs(h, i); // 1..1000 ms
    const s = summarize(h);
    expect(s.count).toBe(1000);
    expect(s.min).toBeCloseTo(1, 2);
    expect(s.p50).toBeCloseTo(500, -1);
    expect(Math.abs(s.p99! - 990) / 990).toBeLessThan(0.002);
    expect(s.mean).toBeCloseTo(500.5, 0);
    const decoded = decodeHistogram(s.hdr);
    expect(decoded.totalCount).toBe(1000);
    expect(decoded.getValueAtPercentile(99)).toBe(h.getValueAtPercentile(99));
  });

  it("records every value at the library's own counts index (the bit-arithmetic index equals its log2 one)", () => {
    const ours = createHistogram() as hdr.JsHistogram;
    const library = hdr.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000_000,
      numberOfSignificantValueDigits: 3,
    }) as hdr.JsHistogram;
    const values = [
      0,
      0.4,
      1,
      2,
      3,
      1023,
      1024,
      2047,
      2048,
      2049,
      4095,
      4096,
      65_535,
      65_536,
      1e6 + 1,
      2 ** 31 - 1,
      2 ** 31,
      3_600_000_000,
    ];
    for (let i = 0; i < 20_000; i++) values.push(Math.floor(Math.random() * 2 ** Math.floor(Math.random() * 32)));
    for (const value of values) {
      const clamped = Math.min(value, 3_600_000_000);
      expect(ours.countsArrayIndex(clamped)).toBe(library.countsArrayIndex(clamped));
      ours.recordValue(clamped);
      library.recordValue(clamped);
    }
    for (const p of [1, 50, 90, 99, 99.9, 100]) expect(ours.getValueAtPercentile(p)).toBe(library.getValueAtPercentile(p));
    expect(hdr.encodeIntoCompressedBase64(ours)).toBe(hdr.encodeIntoCompressedBase64(library));
  });

  it("gives the library's mean and standard deviation, also for a decoded histogram", () => {
    const h = createHistogram();
    for (let i = 0; i < 5000; i++) recordMs(h, Math.random() ** 3 * 10_000);
    recordMs(h, 3_600_000); // the top of the range
    for (const histogram of [h, decodeHistogram(summarize(h).hdr)]) {
      const { mean, stddev } = moments(histogram);
      expect(mean / histogram.mean).toBeCloseTo(1, 12);
      expect(stddev / histogram.stdDeviation).toBeCloseTo(1, 12);
    }
    expect(moments(createHistogram())).toEqual({ mean: 0, stddev: 0 });
  });

  it('gives nulls for an empty histogram', () => {
    const s = summarize(createHistogram());
    expect(s).toMatchObject({ count: 0, p50: null, max: null, mean: null });
  });
});

describe('timeline', () => {
  it('keeps one window per second and fills gaps', () => {
    const t = new TimelineRecorder();
    const base = 1_700_000_000_000;
    t.record(base + 100, 10, false);
    t.record(base + 900, 30, false);
    t.record(base + 1500, undefined, true);
    t.record(base + 3200, 20, false);
    const { windowS, windows } = t.finish();
    expect(windowS).toBe(1);
    expect(windows.map((w) => [w.t - base / 1000, w.requests, w.failures])).toEqual([
      [0, 2, 0],
      [1, 1, 1],
      [2, 0, 0],
      [3, 1, 0],
    ]);
    expect(windows[0]!.p95).toBeCloseTo(30, 0);
  });

  it('stays bounded however long the run: windows merge in pairs', () => {
    const t = new TimelineRecorder(100);
    const base = 1_700_000_000_000;
    for (let s = 0; s < 10_000; s++) t.record(base + s * 1000, s % 100, false);
    const { windowS, windows } = t.finish();
    expect(windows.length).toBeLessThanOrEqual(100);
    expect(windowS).toBe(128);
    expect(windows.reduce((n, w) => n + w.requests, 0)).toBe(10_000);
  });

  it('keeps the latency of requests that were not LLM responses apart, exactly through downsampling', () => {
    const llm = (e2eMs: number): LlmMeasures => ({
      ttftMs: 100,
      ttfoMs: 100,
      e2eMs,
      tpotMs: undefined,
      outputTokens: 1,
      tokenSource: 'events',
      tokensDisagree: false,
      toolCall: false,
      inputTokens: undefined,
      vectors: 0,
      itlGaps: new Float64Array(0),
      itlTokens: new Uint32Array(0),
      itlCount: 0,
      finishReason: 'stop',
    });
    const t = new TimelineRecorder(4);
    const base = 1_700_000_000_000;
    // Plain calls of 2 ms every second; from second 3 on, streams of 1.5 s beside them (window 0-3 mixes both).
    for (let s = 0; s < 8; s++)
      for (let i = 0; i < 20; i++) {
        t.record(base + s * 1000 + i, 2, false);
        if (s >= 3) t.record(base + s * 1000 + i, 1500, false, llm(1500));
      }
    const { windowS, windows } = t.finish();
    expect(windowS).toBe(4); // merged twice
    expect(windows.map((w) => decodeHistogram(plainLatency(w)!).totalCount)).toEqual([80, 80]);
    for (const w of windows) expect(decodeHistogram(plainLatency(w)!).maxValue / 1000).toBeCloseTo(2, 1);
    expect(windows.map((w) => w.p95! > 1000)).toEqual([true, true]); // all requests mixed
    const plainOnly = new TimelineRecorder();
    plainOnly.record(base, 2, false);
    const [only] = plainOnly.finish().windows;
    expect(only!.plainHdr).toBeUndefined(); // a window without streams keeps it once, as hdr
    expect(decodeHistogram(plainLatency(only!)!).totalCount).toBe(1);
  });
});

describe('MetricsRecorder', () => {
  it('sums the whole run from the endpoints, LLM metrics included', () => {
    const r = new MetricsRecorder(['POST /chat', 'POST /complete'], ['a', 'b']);
    const llm = (ttftMs: number, outputTokens: number) => ({
      ttftMs,
      ttfoMs: ttftMs,
      e2eMs: ttftMs + 100,
      tpotMs: 10,
      outputTokens,
      tokenSource: 'usage' as const,
      tokensDisagree: false,
      toolCall: false,
      inputTokens: undefined,
      vectors: 0,
      itlGaps: new Float64Array([10, 12]),
      itlTokens: new Uint32Array([1, 1]),
      itlCount: 2,
      finishReason: 'stop',
    });
    r.record({ endpoint: 0, scenario: 0, latencyMs: 120, status: 200, llm: llm(20, 7) });
    r.record({ endpoint: 1, scenario: 1, latencyMs: 250, status: 200, llm: llm(50, 5) });
    r.record({ endpoint: 1, scenario: 1, latencyMs: 3, status: 429, error: 'http_429' });
    const overall = r.overall;
    expect([overall.requests, overall.failures, overall.statusCodes.get(200), overall.statusCodes.get(429)]).toEqual([3, 1, 2, 1]);
    expect(overall.latency.totalCount).toBe(2);
    expect(overall.latency.maxValue).toBeGreaterThanOrEqual(250_000);
    expect(overall.llm!.tokens).toBe(12);
    expect(overall.llm!.tokenSource).toEqual({ usage: 2, events: 0, disagree: 0 });
    expect([overall.llm!.ttft.totalCount, overall.llm!.itl.totalCount]).toEqual([2, 4]);
    // A fresh sum at every read: changing one does not change the endpoints.
    overall.requests = 0;
    expect(r.overall.requests).toBe(3);
  });

  it('counts per endpoint, status and error kind, keeping at most 5 scrubbed examples', () => {
    clearSecrets();
    registerSecret('sekret-token-123');
    const r = new MetricsRecorder(['GET /a', 'POST /b'], ['s']);
    r.record({ endpoint: 0, scenario: 0, latencyMs: 5, status: 200 });
    for (let i = 0; i < 8; i++) {
      r.record({ endpoint: 1, scenario: 0, latencyMs: 1, status: 500, error: 'http_5xx', message: `boom ${i} sekret-token-123` });
    }
    expect(r.overall.requests).toBe(9);
    expect(r.endpoints[1]!.failures).toBe(8);
    expect(r.endpoints[0]!.latency.totalCount).toBe(1);
    expect(r.endpoints[1]!.latency.totalCount).toBe(0);
    expect(r.overall.statusCodes.get(500)).toBe(8);
    expect(r.overall.statusCodes.get(200)).toBe(1);
    expect(r.overall.failures).toBe(8);
    expect(r.overall.latency.totalCount).toBe(1);
    const errors = r.errors.get('http_5xx')!;
    expect(errors.count).toBe(8);
    expect(errors.examples).toHaveLength(5);
    expect(errors.examples[0]).toBe('boom 0 ***');
    clearSecrets();
  });
});
