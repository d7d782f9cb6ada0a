import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';

/** How hard the load generator itself worked: so a saturated client is never mistaken for a slow service. */
export interface GeneratorHealth {
  /** Share of the time the event loop was busy (per thread; merged: the busiest). */
  eventLoopUtilization: number;
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
  /** Process CPU over the run, % of one core. */
  cpuPercent: number;
  threads: number;
  /** Open model: scheduled → sent, p99, ms. */
  sendLagP99Ms: number | null;
  saturated: boolean;
  /** Why it counts as saturated, in plain words. */
  reasons: string[];
}

const ELU_LIMIT = 0.9;
const LAG_LIMIT_MS = 20;
const SEND_LAG_LIMIT_MS = 10;

export function judgeGenerator(health: Omit<GeneratorHealth, 'saturated' | 'reasons'>): GeneratorHealth {
  const reasons: string[] = [];
  if (health.eventLoopUtilization > ELU_LIMIT)
    reasons.push(`its event loop was busy ${(health.eventLoopUtilization * 100).toFixed(0)}% of the time`);
  if (health.eventLoopLagP99Ms > LAG_LIMIT_MS) reasons.push(`its event loop lagged ${health.eventLoopLagP99Ms.toFixed(1)} ms (p99)`);
  if (health.sendLagP99Ms !== null && health.sendLagP99Ms > SEND_LAG_LIMIT_MS)
    reasons.push(`requests left ${health.sendLagP99Ms.toFixed(1)} ms after they were due (p99)`);
  return { ...health, saturated: reasons.length > 0, reasons };
}

type Readings = Omit<GeneratorHealth, 'sendLagP99Ms' | 'saturated' | 'reasons'>;

/** Watches this thread's event loop and the process's CPU while a run goes. */
export class GeneratorMonitor {
  private readonly delay = monitorEventLoopDelay({ resolution: 10 });
  private readonly elu: EventLoopUtilization = performance.eventLoopUtilization();
  private readonly cpu = process.cpuUsage();
  private readonly wall = performance.now();
  private readings: Readings | undefined;

  constructor() {
    this.delay.enable();
  }

  /**
   * The load is over: what comes after (closing ten thousand connections at once, building the results)
   * is not the generator's and must not read as event-loop lag or load. Later calls change nothing.
   */
  end(): void {
    if (this.readings) return;
    this.delay.disable();
    const elu = performance.eventLoopUtilization(this.elu);
    const cpu = process.cpuUsage(this.cpu);
    const wallMs = Math.max(1, performance.now() - this.wall);
    // The delay histogram counts in ns, and includes the resolution's own 10 ms.
    const lag = (ns: number) => Math.max(0, ns / 1e6 - 10);
    this.readings = {
      eventLoopUtilization: Number(elu.utilization.toFixed(3)),
      eventLoopLagP99Ms: Number(lag(this.delay.percentile(99)).toFixed(3)),
      eventLoopLagMaxMs: Number(lag(this.delay.max).toFixed(3)),
      cpuPercent: Number((((cpu.user + cpu.system) / 1000 / wallMs) * 100).toFixed(1)),
      threads: 1,
    };
  }

  /** The health over the run, up to end() (or now, if it was not called). */
  stop(sendLagP99Ms: number | null): GeneratorHealth {
    this.end();
    return judgeGenerator({ ...this.readings!, sendLagP99Ms });
  }
}

/** Worker threads merged: the busiest thread speaks for the generator. */
export function mergeGenerator(parts: (GeneratorHealth | undefined)[]): GeneratorHealth | undefined {
  const present = parts.filter((p): p is GeneratorHealth => p !== undefined);
  if (present.length === 0) return undefined;
  const max = (pick: (g: GeneratorHealth) => number) => Math.max(...present.map(pick));
  const sendLags = present.map((p) => p.sendLagP99Ms).filter((v): v is number => v !== null);
  return judgeGenerator({
    eventLoopUtilization: max((g) => g.eventLoopUtilization),
    eventLoopLagP99Ms: max((g) => g.eventLoopLagP99Ms),
    eventLoopLagMaxMs: max((g) => g.eventLoopLagMaxMs),
    cpuPercent: max((g) => g.cpuPercent),
    threads: present.reduce((n, g) => n + g.threads, 0),
    sendLagP99Ms: sendLags.length ? Math.max(...sendLags) : null,
  });
}

/** The plain-words warning every report shows when the generator was the bottleneck. */
export function saturationWarning(health: GeneratorHealth | undefined): string | undefined {
  if (!health?.saturated) return undefined;
  return (
    `The load generator was the bottleneck: ${health.reasons.join('; ')}. ` +
    'The service may be faster than these figures say: use more --workers, or more runners with --shard.'
  );
}
