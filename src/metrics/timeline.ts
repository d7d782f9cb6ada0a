import type { LlmMeasures } from '../protocols/stream.js';
import { createHistogram, recordMs, type Histogram } from './histogram.js';

export interface TimelineWindow {
  /** Window start, epoch seconds (so timelines from several machines line up). */
  t: number;
  /** Window length in seconds; grows when old windows are merged to keep the count bounded. */
  s: number;
  requests: number;
  failures: number;
  /** Most VUs active during the window. */
  vus: number;
  /** Latency of successful requests that ended in the window, ms. Merged windows: p50 weighted, p95 max. */
  p50: number | null;
  p95: number | null;
  /** TTFT p95 of the LLM responses that ended in the window, ms (merged windows: max). */
  ttftP95: number | null;
  /** Output tokens of the LLM responses that ended in the window. */
  tokens: number;
  /** Memory of all sampled services in the window (sum of each one's mean), MB; set when sampled. */
  memoryMB?: number | null;
}

export interface Timeline {
  windowS: number;
  windows: TimelineWindow[];
}

/**
 * Per-second windows of what happened, bounded in memory however long the run: when there are more than
 * `maxWindows`, neighbours are merged in pairs and new windows are twice as long from then on.
 */
export class TimelineRecorder {
  private windowS = 1;
  private readonly windows: TimelineWindow[] = [];
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
      this.close(this.current);
      for (let gap = this.current.t + this.windowS; gap < t; gap += this.windowS) {
        this.push(this.emptyWindow(gap, vus));
      }
    }
    this.current = this.emptyWindow(this.windowStart(epochMs), vus);
    return this.current;
  }

  private emptyWindow(t: number, vus: number): TimelineWindow {
    return { t, s: this.windowS, requests: 0, failures: 0, vus, p50: null, p95: null, ttftP95: null, tokens: 0 };
  }

  private close(window: TimelineWindow): void {
    if (this.latency.totalCount > 0) {
      window.p50 = this.latency.getValueAtPercentile(50) / 1000;
      window.p95 = this.latency.getValueAtPercentile(95) / 1000;
    }
    if (this.ttft.totalCount > 0) window.ttftP95 = this.ttft.getValueAtPercentile(95) / 1000;
    this.latency.reset();
    this.ttft.reset();
    this.push(window);
  }

  private push(window: TimelineWindow): void {
    this.windows.push(window);
    if (this.windows.length > this.maxWindows) this.downsample();
  }

  private downsample(): void {
    const merged: TimelineWindow[] = [];
    const size = this.windowS * 2;
    for (const w of this.windows) {
      const t = Math.floor(w.t / size) * size;
      const last = merged[merged.length - 1];
      if (last && last.t === t) merged[merged.length - 1] = mergeWindows(last, w, size);
      else merged.push({ ...w, t, s: size });
    }
    this.windows.splice(0, this.windows.length, ...merged);
    this.windowS = size;
    if (this.current) this.current.t = this.windowStart(this.current.t * 1000);
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

function mergeWindows(a: TimelineWindow, b: TimelineWindow, size: number): TimelineWindow {
  const okA = a.requests - a.failures;
  const okB = b.requests - b.failures;
  const p50 = a.p50 === null ? b.p50 : b.p50 === null ? a.p50 : (a.p50 * okA + b.p50 * okB) / Math.max(1, okA + okB);
  return {
    t: a.t,
    s: size,
    requests: a.requests + b.requests,
    failures: a.failures + b.failures,
    vus: Math.max(a.vus, b.vus),
    p50,
    p95: maxOf(a.p95, b.p95),
    ttftP95: maxOf(a.ttftP95, b.ttftP95),
    tokens: a.tokens + b.tokens,
  };
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
