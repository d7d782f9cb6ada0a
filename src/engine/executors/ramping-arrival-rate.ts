import { OpenModelExecutor, rampingArrivalRate as schedule } from './open-model.js';
import { arrivalRandom, budgetShare, scaleStages, stagesOf, timeUnitS, vuBudget, type ExecutorKind, type Stage } from './kind.js';
import { arrivalCounts, type ArrivalProcess } from './arrivals.js';

export interface RampingArrivalRatePlan {
  executor: 'ramping-arrival-rate';
  startRatePerS: number;
  stages: Stage[];
  preAllocatedVus: number;
  maxVus: number;
  arrival: ArrivalProcess;
}

const peakRate = (plan: RampingArrivalRatePlan) => Math.max(plan.startRatePerS, ...plan.stages.map((st) => st.target));

/** k6's ramping-arrival-rate: from `start_rate`, each stage moves the arrival rate linearly to its target. */
export const rampingArrivalRate: ExecutorKind<RampingArrivalRatePlan> = {
  name: 'ramping-arrival-rate',
  plan: (load) => {
    const stages = stagesOf(load, timeUnitS(load));
    const startRatePerS = load.start_rate / timeUnitS(load);
    const plan = { executor: 'ramping-arrival-rate' as const, startRatePerS, stages };
    return { ...plan, ...vuBudget(load, Math.max(startRatePerS, ...stages.map((st) => st.target))), arrival: load.arrival };
  },
  shard: (plan, shard) => ({
    ...plan,
    startRatePerS: plan.startRatePerS / shard.count,
    stages: plan.stages.map((st) => ({ ...st, target: st.target / shard.count })),
    preAllocatedVus: budgetShare(plan.preAllocatedVus, shard),
    maxVus: budgetShare(plan.maxVus, shard),
  }),
  maxVus: (plan) => plan.maxVus,
  peakRatePerS: peakRate,
  lasting: (plan, ms) => ({ ...plan, stages: scaleStages(plan.stages, ms) }),
  workerUnits: (plan) => peakRate(plan) / 500,
  create: (plan, ctx) =>
    new OpenModelExecutor(
      schedule(plan.startRatePerS, plan.stages, plan.preAllocatedVus, plan.maxVus, arrivalCounts(plan.arrival, arrivalRandom(ctx))),
      ctx,
    ),
};
