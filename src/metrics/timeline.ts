import type { LlmMeasures } from '../protocols/stream.js';
import { createHistogram, decodeHistogram, encodeHistogram, recordMs, type Histogram } from './histogram.js';

export interface TimelineWindow {
  /** Window start, epoch seconds (so timelines from several machines or workers line up). */
  t: number;
  /** Window length in seconds; grows when old windows are merged to keep the count bounded. */
  s: number;
  requests: number;
  failures: number;
  /** Most VUs active during the window (merged shards: the sum). */
  vus: number;
  /** Latency of successful requests that ended in the window, ms. */
  p50: number | null;
  p95: number | null;
  /** TTFT p95 of the LLM responses that ended in the window, ms. */
  ttftP95: number | null;
  /** Output tokens of the LLM responses that ended in the window. */
  tokens: number;
  /** Memory of all sampled services in the window (sum of each one's mean), MB; set when sampled. */
  memoryMB?: number | null;
  /** The window's latency and TTFT histograms, encoded, so windows merge exactly (downsampling, shards). */
  hdr?: string;
  ttftHdr?: string;
}

export interface Timeline {
  windowS: number;
  windows: TimelineWindow[];
}

const encode = (h: Histogram) => (h.totalCount ? encodeHistogram(h) : undefined);
const percentile = (h: Histogram, p: number) => (h.totalCount ? Math.min(h.getValueAtPercentile(p), h.maxValue) / 1000 : null);

/** Adds encoded histograms into `into` (decoding each). */
function addEncoded(into: Histogram, ...encoded: (string | undefined)[]): void {
  for (const e of encoded) if (e) into.add(decodeHistogram(e));
}

/** Two windows (of one run, or of shards) as one: counts add, percentiles come from the merged histograms. */
export function mergeWindows(a: TimelineWindow, b: TimelineWindow, t: number, s: number, sameRun: boolean): TimelineWindow {
  const latency = createHistogram();
  addEncoded(latency, a.hdr, b.hdr);
  const ttft = createHistogram();
  addEncoded(ttft, a.ttftHdr, b.ttftHdr);
  const memory =
    a.memoryMB == null ? b.memoryMB : b.memoryMB == null ? a.memoryMB : sameRun ? (a.memoryMB + b.memoryMB) / 2 : a.memoryMB + b.memoryMB;
  return {
    t,
    s,
    requests: a.requests + b.requests,
    failures: a.failures + b.failures,
    // Neighbouring windows of one run: the most VUs in either; shards running side by side: the sum.
    vus: sameRun ? Math.max(a.vus, b.vus) : a.vus + b.vus,
    p50: percentile(latency, 50),
    p95: percentile(latency, 95),
    ttftP95: percentile(ttft, 95),
    tokens: a.tokens + b.tokens,
    ...(memory !== undefined ? { memoryMB: memory } : {}),
    hdr: encode(latency),
    ttftHdr: encode(ttft),
  };
}

/**
 * Per-second windows of what happened, bounded in memory however long the run: when there are more than
 * `maxWindows`, neighbours are merged in pairs (exactly, through their histograms) and new windows are
 * twice as long from then on.
 */
export class TimelineRecorder {
  private windowS = 1;
  private windows: TimelineWindow[] = [];
  private current: TimelineWindow | undefined;
  private readonly latency: Histogram = createHistogram();
  private readonly ttft: Histogram = createHistogram();

  constructor(private readonly maxWindows = 600) {}

  private windowStart(epochMs: number): number {
    return Math.floor(epochMs / 1000 / this.windowS) * this.windowS;
  }

  /** Moves to the window that holds `epochMs`, closing the ones before it (empty gaps included). */
  private advance(epochMs: number): TimelineWindow {
    const t = this.windowStart(epochMs);
    if (this.current && this.current.t === t) return this.current;
    const vus = this.current?.vus ?? 0;
    if (this.current) {
      const closed = this.current;
      this.close(closed);
      for (let gap = closed.t + closed.s; gap < this.windowStart(epochMs); gap += this.windowS) this.push(this.emptyWindow(gap, vus));
    }
    this.current = this.emptyWindow(this.windowStart(epochMs), vus);
    return this.current;
  }

  private emptyWindow(t: number, vus: number): TimelineWindow {
    return { t, s: this.windowS, requests: 0, failures: 0, vus, p50: null, p95: null, ttftP95: null, tokens: 0 };
  }

  private close(window: TimelineWindow): void {
    window.p50 = percentile(this.latency, 50);
    window.p95 = percentile(this.latency, 95);
    window.ttftP95 = percentile(this.ttft, 95);
    const latency = encode(this.latency);
    const ttft = encode(this.ttft);
    if (latency) window.hdr = latency;
    if (ttft) window.ttftHdr = ttft;
    this.latency.reset();
    this.ttft.reset();
    this.push(window);
  }

  private push(window: TimelineWindow): void {
    this.windows.push(window);
    if (this.windows.length > this.maxWindows) this.downsample();
  }

  private downsample(): void {
    const size = this.windowS * 2;
    const merged: TimelineWindow[] = [];
    for (const w of this.windows) {
      const t = Math.floor(w.t / size) * size;
      const last = merged[merged.length - 1];
      if (last && last.t === t) merged[merged.length - 1] = mergeWindows(last, w, t, size, true);
      else merged.push({ ...w, t, s: size });
    }
    this.windows = merged;
    this.windowS = size;
  }

  record(epochMs: number, latencyMs: number | undefined, failed: boolean, llm?: LlmMeasures): void {
    const window = this.advance(epochMs);
    window.requests++;
    if (failed) window.failures++;
    else if (latencyMs !== undefined) recordMs(this.latency, latencyMs);
    if (llm) {
      window.tokens += llm.outputTokens;
      if (llm.ttftMs !== undefined) recordMs(this.ttft, llm.ttftMs);
    }
  }

  noteVus(epochMs: number, vus: number): void {
    const window = this.advance(epochMs);
    if (vus > window.vus) window.vus = vus;
  }

  /** Closes the open window and returns every window so far. */
  finish(): Timeline {
    if (this.current) {
      this.close(this.current);
      this.current = undefined;
    }
    return { windowS: this.windowS, windows: this.windows.slice() };
  }
}
