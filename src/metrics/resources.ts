/** One reading of one service's memory and CPU. */
export interface ResourceSample {
  service: string;
  memoryBytes: number;
  /** Percent of one core; null when the source does not say. */
  cpuPercent: number | null;
}

/** Where readings come from: a process tree, docker stats, or a Prometheus endpoint. */
export interface ResourceSampler {
  readonly source: string;
  sample(): Promise<ResourceSample[]>;
}

export interface ResourcePoint {
  /** Epoch seconds. */
  t: number;
  memoryMB: number;
  cpuPercent: number | null;
}

export interface ResourcesResults {
  source: string;
  services: Record<string, { points: ResourcePoint[]; peakMemoryMB: number }>;
}

/** Readings per service, bounded like the timeline: past `max` points, neighbours are averaged in pairs. */
export class ResourceRecorder {
  private readonly series = new Map<string, { points: ResourcePoint[]; peak: number }>();

  constructor(
    readonly source: string,
    private readonly max = 600,
  ) {}

  add(epochMs: number, samples: ResourceSample[]): void {
    for (const s of samples) {
      let entry = this.series.get(s.service);
      if (!entry) this.series.set(s.service, (entry = { points: [], peak: 0 }));
      const memoryMB = s.memoryBytes / 1e6;
      entry.peak = Math.max(entry.peak, memoryMB);
      entry.points.push({ t: epochMs / 1000, memoryMB, cpuPercent: s.cpuPercent });
      if (entry.points.length > this.max) entry.points = halve(entry.points);
    }
  }

  finish(): ResourcesResults {
    const round = (v: number) => Number(v.toFixed(3));
    return {
      source: this.source,
      services: Object.fromEntries(
        [...this.series].map(([name, { points, peak }]) => [
          name,
          {
            peakMemoryMB: round(peak),
            points: points.map((p) => ({
              t: round(p.t),
              memoryMB: round(p.memoryMB),
              cpuPercent: p.cpuPercent === null ? null : round(p.cpuPercent),
            })),
          },
        ]),
      ),
    };
  }
}

function halve(points: ResourcePoint[]): ResourcePoint[] {
  const out: ResourcePoint[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const a = points[i]!;
    const b = points[i + 1];
    if (!b) out.push(a);
    else {
      const cpu = a.cpuPercent === null || b.cpuPercent === null ? (a.cpuPercent ?? b.cpuPercent) : (a.cpuPercent + b.cpuPercent) / 2;
      out.push({ t: (a.t + b.t) / 2, memoryMB: (a.memoryMB + b.memoryMB) / 2, cpuPercent: cpu });
    }
  }
  return out;
}

/** Puts each window's service memory (sum over services of their mean reading in it) on the timeline. */
export function annotateTimeline(windows: { t: number; s: number; memoryMB?: number | null }[], resources: ResourcesResults): void {
  for (const w of windows) {
    let total = 0;
    let any = false;
    for (const { points } of Object.values(resources.services)) {
      const inside = points.filter((p) => p.t >= w.t && p.t < w.t + w.s);
      if (inside.length === 0) continue;
      any = true;
      total += inside.reduce((sum, p) => sum + p.memoryMB, 0) / inside.length;
    }
    w.memoryMB = any ? Number(total.toFixed(3)) : null;
  }
}
