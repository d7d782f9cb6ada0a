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
    return { t, s: this.windowS, requests: 0, failures: 0, vus, p50: null, p95: null };
  }

  private close(window: TimelineWindow): void {
    if (this.latency.totalCount > 0) {
      window.p50 = this.latency.getValueAtPercentile(50) / 1000;
      window.p95 = this.latency.getValueAtPercentile(95) / 1000;
    }
    this.latency.reset();
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

  record(epochMs: number, latencyMs: number | undefined, failed: boolean): void {
    const window = this.advance(epochMs);
    window.requests++;
    if (failed) window.failures++;
    else if (latencyMs !== undefined) recordMs(this.latency, latencyMs);
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
    p95: a.p95 === null ? b.p95 : b.p95 === null ? a.p95 : Math.max(a.p95, b.p95),
  };
}
