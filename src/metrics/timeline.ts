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
  /**
   * ITL, TPOT and e2e histograms of the window's LLM responses: the gate splits a run into blocks of
   * windows and reads each block's statistics, so its interval comes from the run itself.
   */
  itlHdr?: string;
  tpotHdr?: string;
  e2eHdr?: string;
  /**
   * Latency of the successful requests that were not LLM responses, in a window that also had LLM
   * responses (e2eHdr set); in any other window it is `hdr` and not kept twice. See plainLatency.
   */
  plainHdr?: string;
}

/** The encoded histograms a window may hold, by field. */
export const WINDOW_HISTOGRAMS = ['hdr', 'ttftHdr', 'itlHdr', 'tpotHdr', 'e2eHdr', 'plainHdr'] as const;
export type WindowHistogram = (typeof WINDOW_HISTOGRAMS)[number];

export interface Timeline {
  windowS: number;
  windows: TimelineWindow[];
}

const encode = (h: Histogram) => (h.totalCount ? encodeHistogram(h) : undefined);
const percentile = (h: Histogram, p: number) => (h.totalCount ? Math.min(h.getValueAtPercentile(p), h.maxValue) / 1000 : null);

/** vLLM's ITL: every gap, pooled; a gap before an event of k tokens counts as k gaps of gap / k. */
export function recordItl(histogram: Histogram, m: LlmMeasures): void {
  for (let i = 0; i < m.itlCount; i++) {
    const k = m.itlTokens[i]!;
    recordMs(histogram, m.itlGaps[i]! / k, k);
  }
}

/** A window's histogram of the requests that were not LLM responses (a CRUD call beside the streams). */
export const plainLatency = (w: TimelineWindow): string | undefined => (w.e2eHdr ? w.plainHdr : w.hdr);

/** Adds encoded histograms into `into` (decoding each). */
function addEncoded(into: Histogram, ...encoded: (string | undefined)[]): void {
  for (const e of encoded) if (e) into.add(decodeHistogram(e));
}

/** Two windows (of one run, or of shards) as one: counts add, percentiles come from the merged histograms. */
export function mergeWindows(a: TimelineWindow, b: TimelineWindow, t: number, s: number, sameRun: boolean): TimelineWindow {
  const merged: Partial<Record<WindowHistogram, Histogram>> = {};
  for (const field of WINDOW_HISTOGRAMS) {
    if (!a[field] && !b[field]) continue;
    const h = (merged[field] = createHistogram());
    addEncoded(h, a[field], b[field]);
  }
  delete merged.plainHdr;
  if (merged.e2eHdr) addEncoded((merged.plainHdr = createHistogram()), plainLatency(a), plainLatency(b));
  const memory =
    a.memoryMB == null ? b.memoryMB : b.memoryMB == null ? a.memoryMB : sameRun ? (a.memoryMB + b.memoryMB) / 2 : a.memoryMB + b.memoryMB;
  const out: TimelineWindow = {
    t,
    s,
    requests: a.requests + b.requests,
    failures: a.failures + b.failures,
    // Neighbouring windows of one run: the most VUs in either; shards running side by side: the sum.
    vus: sameRun ? Math.max(a.vus, b.vus) : a.vus + b.vus,
    p50: merged.hdr ? percentile(merged.hdr, 50) : null,
    p95: merged.hdr ? percentile(merged.hdr, 95) : null,
    ttftP95: merged.ttftHdr ? percentile(merged.ttftHdr, 95) : null,
    tokens: a.tokens + b.tokens,
    ...(memory !== undefined ? { memoryMB: memory } : {}),
  };
  for (const field of WINDOW_HISTOGRAMS) {
    const encoded = merged[field] && encode(merged[field]);
    if (encoded) out[field] = encoded;
  }
  return out;
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
  /** The open window's histograms, one per WINDOW_HISTOGRAMS field. */
  private readonly latency: Histogram = createHistogram();
  private readonly ttft: Histogram = createHistogram();
  private readonly itl: Histogram = createHistogram();
  private readonly tpot: Histogram = createHistogram();
  private readonly e2e: Histogram = createHistogram();
  /**
   * Latency of the window's successful LLM responses: the plain requests' histogram is `latency` less this
   * one, made when the window closes, so a plain request costs no second record.
   */
  private readonly llmLatency: Histogram = createHistogram();
  private readonly plain: Histogram = createHistogram();
  private readonly open: Record<WindowHistogram, Histogram> = {
    hdr: this.latency,
    ttftHdr: this.ttft,
    itlHdr: this.itl,
    tpotHdr: this.tpot,
    e2eHdr: this.e2e,
    plainHdr: this.plain,
  };

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
    const hadLlm = this.e2e.totalCount > 0;
    if (hadLlm) {
      this.plain.add(this.latency);
      this.plain.subtract(this.llmLatency);
    }
    this.llmLatency.reset();
    for (const field of WINDOW_HISTOGRAMS) {
      const histogram = this.open[field];
      const encoded = field === 'plainHdr' && !hadLlm ? undefined : encode(histogram);
      if (encoded) window[field] = encoded;
      histogram.reset();
    }
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
    else if (latencyMs !== undefined) {
      recordMs(this.latency, latencyMs);
      if (llm) recordMs(this.llmLatency, latencyMs);
    }
    if (llm) {
      window.tokens += llm.outputTokens;
      if (llm.ttftMs !== undefined) recordMs(this.ttft, llm.ttftMs);
      if (llm.tpotMs !== undefined) recordMs(this.tpot, llm.tpotMs);
      recordMs(this.e2e, llm.e2eMs);
      recordItl(this.itl, llm);
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
