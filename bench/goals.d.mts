export interface BenchFound {
  pinned: boolean;
  throughput?: Record<number, { cpu: number[]; rps: number[]; ofMedians?: { cpu: number; rps: number } }>;
  latencyP50Ms?: number;
  streams?: { streams: number; offTruthMs: number; offFloorMs: number; peakMb: number }[];
  startupMs?: number;
}

export function goalRows(found: BenchFound): {
  goal: string;
  measured: string;
  status: 'met' | 'missed' | 'undecided' | 'not run';
  verdict: string;
}[];
export function goalTable(found: BenchFound): string[];
export function median(xs: number[]): number;
