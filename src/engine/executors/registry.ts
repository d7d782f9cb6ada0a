import type { LoadConfig } from '../../config/schema.js';
import { checkLoadFields } from '../../config/load-fields.js';
import type { Shard } from '../shard.js';
import type { RunContext } from '../vu.js';
import type { Executor } from './base.js';
import { constantArrivalRate, type ConstantArrivalRatePlan } from './constant-arrival-rate.js';
import { constantVus, type ConstantVusPlan } from './constant-vus.js';
import type { ExecutorKind } from './kind.js';
import { rampingArrivalRate, type RampingArrivalRatePlan } from './ramping-arrival-rate.js';
import { rampingVus, type RampingVusPlan } from './ramping-vus.js';
import { shapePlan } from './shapes.js';
import { traceReplay, type TraceReplayPlan } from './trace-replay.js';

/** What an executor runs, with every default filled in and rates per second. */
export type LoadPlan = ConstantVusPlan | RampingVusPlan | ConstantArrivalRatePlan | RampingArrivalRatePlan | TraceReplayPlan;

/** Every executor, by the name `load.executor` gives it. */
const EXECUTORS: { [K in LoadPlan['executor']]: ExecutorKind<Extract<LoadPlan, { executor: K }>> } = {
  'constant-vus': constantVus,
  'ramping-vus': rampingVus,
  'constant-arrival-rate': constantArrivalRate,
  'ramping-arrival-rate': rampingArrivalRate,
  'trace-replay': traceReplay,
};

const kindOf = <P extends LoadPlan>(plan: P): ExecutorKind<P> => EXECUTORS[plan.executor] as unknown as ExecutorKind<P>;

/** Turns `load:` into a plan: its executor's, or a named shape expanded into stages (baseline, spike, endurance). */
export function planLoad(load: LoadConfig): LoadPlan {
  if (load.shape) return shapePlan({ ...load, shape: load.shape });
  checkLoadFields(load);
  return EXECUTORS[load.executor ?? 'constant-vus'].plan(load);
}

/** Whether the plan is the open model: iterations start on a schedule (rates, a trace), not when VUs are free. */
export const isOpenModel = (plan: LoadPlan): boolean => plan.executor.endsWith('arrival-rate') || plan.executor === 'trace-replay';

export const shardPlan = (plan: LoadPlan, shard: Shard): LoadPlan => (shard.count === 1 ? plan : kindOf(plan).shard(plan, shard));
export const lasting = (plan: LoadPlan, ms: number): LoadPlan => kindOf(plan).lasting(plan, ms);
export const workerUnits = (plan: LoadPlan): number => kindOf(plan).workerUnits(plan);
export const createExecutor = (plan: LoadPlan, ctx: RunContext): Executor => kindOf(plan).create(plan, ctx);

/**
 * What one machine can run: 100,000 VUs (an idle one holds ~12 KB and a connection; the bench held 10,000
 * streams in 300 MB) and 200,000 iterations a second (the open model kept up with 30,000/s on 2 cores).
 */
export const MACHINE_LIMITS = { vus: 100_000, ratePerS: 200_000 };

/** Why this machine's share of the load is more than one machine can run, or undefined when it fits. */
export function beyondOneMachine(plan: LoadPlan): string | undefined {
  const vus = kindOf(plan).maxVus(plan);
  const rate = kindOf(plan).peakRatePerS(plan);
  const split = 'split the load over several runners with --shard I/K (action input shard), each running a K-th of it';
  if (vus > MACHINE_LIMITS.vus) return `load: ${vus} VUs on one machine is more than it can run (at most ${MACHINE_LIMITS.vus}): ${split}`;
  if (rate > MACHINE_LIMITS.ratePerS)
    return `load: ${rate} iterations a second on one machine is more than it can run (at most ${MACHINE_LIMITS.ratePerS}): ${split}`;
  return undefined;
}
