/**
 * Per connection count: the per-round ratios ours/autocannon, the ratios of the clients' own medians, and
 * the other peers' CPU per request over autocannon's (by name, e.g. wrk, bare node).
 */
export type RatioRounds = Record<
  number,
  {
    cpu: number[];
    rps: number[];
    ofMedians?: { cpu: number; rps: number };
    peersCpu?: Record<string, number>;
    /** Ours over each peer, per round and by the clients' medians (wrk, locust, …). */
    vs?: Record<string, { cpu: number[]; rps: number[]; ofMedians?: { cpu: number; rps: number } }>;
    /** The undici transport's CPU per request over autocannon's, per round and by the medians. */
    undici?: { cpu: number[]; ofMedians?: { cpu: number } };
  }
>;

export interface GoalRow {
  goal: string;
  measured: string;
  status: 'met' | 'missed' | 'undecided' | 'not run' | 'info';
  verdict: string;
}

export interface BenchFound {
  pinned: boolean;
  throughput?: RatioRounds;
  clientBound?: RatioRounds;
  latencyP50Ms?: number;
  streams?: { streams: number; offTruthMs: number; offFloorMs: number; peakMb: number }[];
  /** The 20,000-stream round with --workers auto, or why it could not run. */
  streamsWide?: ({ streams: number; offTruthMs: number; offFloorMs: number; peakMb: number } | { streams: number; notRun: string })[];
  startupMs?: number;
}

export function goalRows(found: BenchFound): { goals: GoalRow[]; information: GoalRow[] };
export function goalTable(found: BenchFound): string[];
export function median(xs: number[]): number;
