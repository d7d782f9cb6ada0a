import type { LoadConfig } from '../../config/schema.js';
import type { Shard } from '../shard.js';
import type { RunContext } from '../vu.js';
import type { Executor } from './base.js';
import { seededRandom } from '../../core/random.js';

/** A stage of a ramping executor: reach `target` (VUs, or iterations/s) over `durationMs`. */
export interface Stage {
  durationMs: number;
  target: number;
}

/**
 * Everything the engine needs of one executor, in its own module: its plan from the profile's `load:`,
 * its share on one of K shards, its VU budget and peak rate, how much work it is for worker threads, and
 * the executor that runs it.
 */
export interface ExecutorKind<P extends { executor: string }> {
  readonly name: P['executor'];
  /** The plan from `load:` (its fields checked by the profile's schema), every default filled in. */
  plan(load: LoadConfig): P;
  /** Shard I of K: the shards' VUs, stage targets and VU budgets add up to the whole; rates divide. */
  shard(plan: P, shard: Shard): P;
  /** The most VUs it may hold at once. */
  maxVus(plan: P): number;
  /** The most iterations a second it starts (0 for the closed model, where VUs set the pace). */
  peakRatePerS(plan: P): number;
  /** The same load over `ms` instead (an A/B round): a constant one runs that long, stages are scaled. */
  lasting(plan: P, ms: number): P;
  /** How many worker threads' worth of load it is: one per 50 VUs (closed) or 500 iterations/s (open). */
  workerUnits(plan: P): number;
  create(plan: P, ctx: RunContext): Executor;
}

/** The arrival process's own seeded sequence: each shard and worker draws its own, from the run's seed. */
export const arrivalRandom = (ctx: RunContext) => seededRandom((ctx.seed ^ Math.imul(ctx.vuId(1) + 0x51ed, 0x2c1b3c6d)) >>> 0);

/** VUs an open-model run keeps ready, and the most it may add when they are all busy. */
export function vuBudget(load: LoadConfig, peakPerS: number): { preAllocatedVus: number; maxVus: number } {
  const preAllocatedVus = load.pre_allocated_vus ?? Math.max(1, Math.min(1000, Math.ceil(peakPerS)));
  return { preAllocatedVus, maxVus: load.max_vus ?? Math.max(preAllocatedVus, 100, preAllocatedVus * 10) };
}

/** A shard's part of a VU budget: at least one each. */
export const budgetShare = (n: number, shard: Shard) => Math.max(1, Math.ceil(n / shard.count));

/** `load.time_unit` as seconds: rates are per second inside the engine. */
export const timeUnitS = (load: LoadConfig) => load.time_unit / 1000;

/** Stages stretched or squeezed to last `ms` in all, each keeping its share. */
export function scaleStages(stages: Stage[], ms: number): Stage[] {
  const total = stages.reduce((sum, st) => sum + st.durationMs, 0) || 1;
  return stages.map((st) => ({ ...st, durationMs: (st.durationMs * ms) / total }));
}

/** Stage targets as given, or per second for rates. */
export const stagesOf = (load: LoadConfig, perS = 1): Stage[] =>
  (load.stages ?? []).map((st) => ({ durationMs: st.duration, target: st.target / perS }));
