import { decodeHistogram } from '../metrics/histogram.js';
import { plainLatency, type TimelineWindow } from '../metrics/timeline.js';
import type { Results } from '../results/results.js';

/**
 * Chart colours, each ≥ 3:1 against white and against GitHub's dark background (#0d1117), so a chart
 * reads in either theme; `square` is the emoji a text legend shows for it.
 */
export const PALETTE = {
  blue: { hex: '#3b82f6', square: '🟦' },
  orange: { hex: '#e8590c', square: '🟧' },
  green: { hex: '#16a34a', square: '🟩' },
  purple: { hex: '#8b5cf6', square: '🟪' },
  grey: { hex: '#80868f', square: '⬜' },
  red: { hex: '#dc2626', square: '🟥' },
} as const;
export type Colour = (typeof PALETTE)[keyof typeof PALETTE];

export interface KindLine {
  name: string;
  colour: Colour;
  value: (w: TimelineWindow) => number | null;
}

/** One kind of request charted on its own: a p95 over 1 ms calls and 1.5 s streams together means neither. */
export interface KindChart {
  kind: 'llm' | 'plain';
  title: string;
  lines: KindLine[];
}

const percentileOf = (encoded: string | undefined, p: number): number | null => {
  if (!encoded) return null;
  const h = decodeHistogram(encoded);
  return h.totalCount ? Math.min(h.getValueAtPercentile(p), h.maxValue) / 1000 : null;
};

/**
 * The latency charts a run needs: streamed LLM responses (TTFT and end-to-end p95), other requests
 * (latency p95 and p50), or both when a run mixes them.
 */
export function latencyByKind(results: Results): KindChart[] {
  const llm = (results.metrics.ttft?.count ?? 0) > 0;
  const charts: KindChart[] = [];
  if (llm)
    charts.push({
      kind: 'llm',
      title: 'LLM responses',
      lines: [
        { name: 'TTFT p95', colour: PALETTE.blue, value: (w) => w.ttftP95 },
        { name: 'end-to-end p95', colour: PALETTE.orange, value: (w) => percentileOf(w.e2eHdr, 95) },
      ],
    });
  // A run without LLM responses has only other requests, whose figures every window keeps as p95/p50.
  const plain: KindLine[] = llm
    ? [
        { name: 'latency p95', colour: PALETTE.blue, value: (w) => percentileOf(plainLatency(w), 95) },
        { name: 'latency p50', colour: PALETTE.green, value: (w) => percentileOf(plainLatency(w), 50) },
      ]
    : [
        { name: 'latency p95', colour: PALETTE.blue, value: (w) => w.p95 },
        { name: 'latency p50', colour: PALETTE.green, value: (w) => w.p50 },
      ];
  const hasPlain = !llm || results.timeline.windows.some((w) => plainLatency(w) !== undefined);
  if (hasPlain) charts.push({ kind: 'plain', title: llm ? 'Other requests' : 'Requests', lines: plain });
  return charts;
}
