import { VirtualUser, type RunContext } from '../vu.js';

/** How many VUs a closed-model executor wants at each moment. */
export interface VuSchedule {
  durationMs: number;
  maxVus: number;
  vusAt(elapsedMs: number): number;
}

const TICK_MS = 50;

/**
 * The pool of VUs a closed-model run drives: starts VUs when the schedule wants more, retires the newest
 * when it wants fewer (they leave after their current step), until the schedule ends or `signal` aborts.
 */
export class VuPool {
  readonly all: VirtualUser[] = [];
  private readonly running: Promise<void>[] = [];
  private active = 0;
  private nextId = 1;

  constructor(private readonly ctx: RunContext) {}

  get activeCount(): number {
    return this.active;
  }

  scaleTo(target: number): void {
    while (this.active < target) {
      const vu = new VirtualUser(this.nextId++, this.ctx);
      this.all.push(vu);
      this.active++;
      this.running.push(vu.run());
    }
    for (let i = this.all.length - 1; i >= 0 && this.active > target; i--) {
      if (!this.all[i]!.retired) {
        this.all[i]!.retired = true;
        this.active--;
      }
    }
  }

  /** Resolves when every VU has left. */
  settled(): Promise<void> {
    return Promise.all(this.running).then(() => undefined);
  }
}

export async function driveClosedModel(schedule: VuSchedule, pool: VuPool, signal: AbortSignal): Promise<void> {
  const start = performance.now();
  while (!signal.aborted) {
    const elapsed = performance.now() - start;
    if (elapsed >= schedule.durationMs) break;
    pool.scaleTo(schedule.vusAt(elapsed));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.min(TICK_MS, schedule.durationMs - elapsed));
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
