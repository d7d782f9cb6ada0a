import type { Stage } from './kind.js';
import { VirtualUser, type RunContext } from '../vu.js';
import { nextTurn, pause, type Executor } from './base.js';
import type { Vars } from '../../core/template.js';

/**
 * How early an iteration may start: one wake launches every iteration due within the next millisecond,
 * so no wait is shorter than a timer can keep (past 1,000 iterations/s they are due less than 1 ms apart).
 * An iteration started early is timed from its send, so its latency is not shortened.
 */
const LAUNCH_AHEAD_MS = 1;
/**
 * Most iterations started at once. Behind schedule (a stall, a cold start) the overdue ones start in
 * slices a millisecond apart, with responses read and connections completed between them: in one burst
 * each would find every VU busy, open its own connection, and block the loop for as long as that takes.
 */
const MAX_LAUNCHES_PER_TURN = 100;

/** When each iteration of an open-model run is due. */
export interface ArrivalSchedule {
  durationMs: number;
  preAllocatedVus: number;
  maxVus: number;
  /** Start time of the i-th iteration (ms from the run's start), or undefined past the end. */
  timeOf(i: number): number | undefined;
  /** Variables the i-th iteration starts with (a trace's row: its prompt and max_tokens). */
  varsOf?(i: number, vars: Vars): void;
}

export function constantArrivalRate(
  ratePerS: number,
  durationMs: number,
  preAllocatedVus: number,
  maxVus: number,
  count: (i: number) => number = (i) => i,
): ArrivalSchedule {
  const interval = 1000 / ratePerS;
  return {
    durationMs,
    preAllocatedVus,
    maxVus,
    timeOf: (i) => {
      const t = count(i) * interval;
      return t < durationMs ? t : undefined;
    },
  };
}

/**
 * k6's ramping-arrival-rate: the rate moves linearly through the stages, and the i-th iteration is due
 * when the integral of the rate reaches i (solved per stage in closed form).
 */
export function rampingArrivalRate(
  startRatePerS: number,
  stages: readonly Stage[],
  preAllocatedVus: number,
  maxVus: number,
  count: (i: number) => number = (i) => i,
): ArrivalSchedule {
  const durationMs = stages.reduce((sum, st) => sum + st.durationMs, 0);
  return {
    durationMs,
    preAllocatedVus,
    maxVus,
    timeOf(n) {
      const i = count(n);
      let before = 0; // iterations due before this stage
      let stageStart = 0;
      let from = startRatePerS / 1000; // per ms
      for (const stage of stages) {
        const to = stage.target / 1000;
        const d = stage.durationMs;
        const inStage = ((from + to) / 2) * d;
        if (i < before + inStage) {
          const need = i - before;
          const slope = (to - from) / d;
          const t = Math.abs(slope) < 1e-15 ? need / from : (-from + Math.sqrt(Math.max(0, from * from + 2 * slope * need))) / slope;
          return stageStart + t;
        }
        before += inStage;
        stageStart += d;
        from = to;
      }
      return undefined;
    },
  };
}

/**
 * The open model: iterations start on schedule whether or not earlier ones finished. Each takes an idle
 * VU, or a new one up to max_vus; when none can be had the iteration is dropped and counted. The first
 * request of an iteration is timed from when it was due, so a slow service cannot hide its queueing.
 */
export class OpenModelExecutor implements Executor {
  readonly vus: VirtualUser[] = [];
  /** VUs free for an iteration, each with its own end-of-iteration callback (made once per VU). */
  private readonly idle: PooledVu[] = [];
  private busy = 0;
  private stopping = false;
  /** The first error that broke an iteration: the run fails with it once the load has wound down. */
  private failure: { error: unknown } | undefined;
  private allDone: (() => void) | undefined;

  constructor(
    private readonly schedule: ArrivalSchedule,
    private readonly ctx: RunContext,
  ) {
    for (let i = 0; i < schedule.preAllocatedVus; i++) this.idle.push(this.newVu());
  }

  get durationMs(): number {
    return this.schedule.durationMs;
  }

  get maxVus(): number {
    return this.schedule.maxVus;
  }

  get activeCount(): number {
    return this.busy;
  }

  private newVu(): PooledVu {
    const vu = new VirtualUser(this.ctx.vuId(this.vus.length + 1), this.ctx);
    this.vus.push(vu);
    const entry: PooledVu = {
      vu,
      inIteration: false,
      done: (error) => {
        if (!entry.inIteration) return; // told twice (a failure after the end): the first word stands
        entry.inIteration = false;
        this.busy--;
        // A VU whose iteration broke is not given another.
        if (error !== undefined) this.failure ??= { error };
        else if (!this.stopping) this.idle.push(entry);
        if (this.busy === 0) this.allDone?.();
      },
    };
    return entry;
  }

  private launch(scheduledAt: number, index: number): void {
    const entry = this.idle.pop() ?? (this.vus.length < this.schedule.maxVus ? this.newVu() : undefined);
    if (!entry) {
      this.ctx.recorder.droppedIterations++;
      return;
    }
    this.busy++;
    entry.inIteration = true;
    const varsOf = this.schedule.varsOf;
    entry.vu.iterate(scheduledAt, entry.done, varsOf && ((vars) => varsOf(index, vars)));
  }

  async drive(signal: AbortSignal): Promise<void> {
    const start = performance.now();
    let i = 0;
    let sliced = false;
    let sliceEnd = 0;
    for (let due = this.schedule.timeOf(0); due !== undefined && !signal.aborted; due = this.schedule.timeOf(i)) {
      // Every batch waits for at least one turn of the event loop, so responses are read and timers fire
      // even when iterations are due closer together than a timer can wait; after a full slice (behind
      // schedule), a millisecond, so the answers to that slice can come back and free their VUs.
      const wait = start + due - performance.now();
      await (wait > LAUNCH_AHEAD_MS ? pause(wait - LAUNCH_AHEAD_MS, signal) : sliced ? pause(1, signal) : nextTurn());
      // A timer counts from the loop's cached clock, which a long slice leaves behind: wait out the rest.
      while (sliced && !signal.aborted && performance.now() - sliceEnd < 1) await pause(1, signal);
      if (signal.aborted) break;
      const horizon = performance.now() - start + LAUNCH_AHEAD_MS;
      let launched = 0;
      for (let next: number | undefined = due; next !== undefined && next <= horizon && launched < MAX_LAUNCHES_PER_TURN; launched++) {
        this.launch(start + next, i);
        next = this.schedule.timeOf(++i);
      }
      sliced = launched === MAX_LAUNCHES_PER_TURN;
      sliceEnd = performance.now();
    }
    // Let the last scheduled slot's time pass, so the run lasts its full duration.
    const left = start + this.schedule.durationMs - performance.now();
    if (left > 0 && !signal.aborted) await pause(left, signal);
  }

  async windDown(): Promise<void> {
    this.stopping = true;
    if (this.busy > 0) await new Promise<void>((resolve) => (this.allDone = resolve));
    if (this.failure) throw this.failure.error;
  }
}

interface PooledVu {
  vu: VirtualUser;
  inIteration: boolean;
  done: (error?: unknown) => void;
}
