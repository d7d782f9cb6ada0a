import { constantArrivalRate as schedule, OpenModelExecutor } from './open-model.js';
import { budgetShare, timeUnitS, vuBudget, type ExecutorKind } from './kind.js';
import { arrivalCounts, type ArrivalProcess } from './arrivals.js';
import { arrivalRandom } from './kind.js';

export interface ConstantArrivalRatePlan {
  executor: 'constant-arrival-rate';
  ratePerS: number;
  durationMs: number;
  preAllocatedVus: number;
  maxVus: number;
  arrival: ArrivalProcess;
}

/** k6's constant-arrival-rate: `rate` iterations per `time_unit` start on time, whatever the service does. */
export const constantArrivalRate: ExecutorKind<ConstantArrivalRatePlan> = {
  name: 'constant-arrival-rate',
  plan: (load) => {
    const ratePerS = load.rate! / timeUnitS(load);
    return { executor: 'constant-arrival-rate', ratePerS, durationMs: load.duration!, ...vuBudget(load, ratePerS), arrival: load.arrival };
  },
  shard: (plan, shard) => ({
    ...plan,
    ratePerS: plan.ratePerS / shard.count,
    preAllocatedVus: budgetShare(plan.preAllocatedVus, shard),
    maxVus: budgetShare(plan.maxVus, shard),
  }),
  maxVus: (plan) => plan.maxVus,
  peakRatePerS: (plan) => plan.ratePerS,
  lasting: (plan, ms) => ({ ...plan, durationMs: ms }),
  workerUnits: (plan) => plan.ratePerS / 500,
  create: (plan, ctx) =>
    new OpenModelExecutor(
      schedule(plan.ratePerS, plan.durationMs, plan.preAllocatedVus, plan.maxVus, arrivalCounts(plan.arrival, arrivalRandom(ctx))),
      ctx,
    ),
};
