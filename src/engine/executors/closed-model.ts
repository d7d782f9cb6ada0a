import type { Stage } from './kind.js';
import { VirtualUser, type RunContext } from '../vu.js';
import { pause, type Executor } from './base.js';

/** How many VUs a closed-model executor wants at each moment. */
export interface VuSchedule {
  durationMs: number;
  maxVus: number;
  vusAt(elapsedMs: number): number;
}

/** A fixed number of VUs for the whole duration. */
export function constantVus(vus: number, durationMs: number): VuSchedule {
  return { durationMs, maxVus: vus, vusAt: () => vus };
}

/** k6's ramping-vus: from `startVus`, each stage moves the VU count linearly to its target. */
export function rampingVus(startVus: number, stages: readonly Stage[]): VuSchedule {
  const durationMs = stages.reduce((sum, st) => sum + st.durationMs, 0);
  return {
    durationMs,
    maxVus: Math.max(startVus, ...stages.map((st) => st.target)),
    vusAt(elapsedMs) {
      let from = startVus;
      let stageStart = 0;
      for (const stage of stages) {
        if (elapsedMs < stageStart + stage.durationMs) {
          return Math.round(from + ((stage.target - from) * (elapsedMs - stageStart)) / stage.durationMs);
        }
        stageStart += stage.durationMs;
        from = stage.target;
      }
      return from;
    },
  };
}

const TICK_MS = 50;

/**
 * The closed model: VUs loop over iterations back to back. The executor starts VUs when the schedule
 * wants more and retires the newest when it wants fewer (they leave after their current step).
 */
export class ClosedModelExecutor implements Executor {
  readonly vus: VirtualUser[] = [];
  private readonly running: Promise<void>[] = [];
  private active = 0;

  constructor(
    private readonly schedule: VuSchedule,
    private readonly ctx: RunContext,
  ) {}

  get durationMs(): number {
    return this.schedule.durationMs;
  }

  get maxVus(): number {
    return this.schedule.maxVus;
  }

  get activeCount(): number {
    return this.active;
  }

  /** Starts `count` VUs, the j-th after (j + 1) / count of `overMs`, or all at once when `overMs` is 0. */
  private start(count: number, overMs: number): void {
    for (let j = 0; j < count; j++) {
      const vu = new VirtualUser(this.ctx.vuId(this.vus.length + 1), this.ctx);
      this.vus.push(vu);
      this.active++;
      // VUs started in one burst spread themselves out after their first iteration (see VirtualUser.run).
      this.running.push(vu.run(overMs > 0 ? ((j + 1) / count) * overMs : 0, overMs === 0 && count > 1));
    }
  }

  /** Retires the newest VUs until `target` are left; each leaves after its current step. */
  private retireTo(target: number): void {
    for (let i = this.vus.length - 1; i >= 0 && this.active > target; i--) {
      if (!this.vus[i]!.retired) {
        this.vus[i]!.retired = true;
        this.active--;
      }
    }
  }

  async drive(signal: AbortSignal): Promise<void> {
    const start = performance.now();
    while (!signal.aborted) {
      const elapsed = performance.now() - start;
      if (elapsed >= this.schedule.durationMs) break;
      const tick = Math.min(TICK_MS, this.schedule.durationMs - elapsed);
      const now = this.schedule.vusAt(elapsed);
      const ahead = this.schedule.vusAt(elapsed + tick);
      if (now > this.active) this.start(now - this.active, 0);
      // A ramp's VUs for the coming tick start spread over it, not in one burst at its start: bursts of
      // starts stay bursts of requests (and of streamed tokens) for the whole run and skew timings.
      if (ahead > this.active) this.start(ahead - this.active, tick);
      this.retireTo(Math.max(now, ahead));
      await pause(tick, signal);
    }
  }

  async windDown(): Promise<void> {
    this.retireTo(0);
    await Promise.all(this.running);
  }
}
