import type { LoadPlan } from '../../config/load-plan.js';
import type { RunContext } from '../vu.js';
import type { Executor } from './base.js';
import { ClosedModelExecutor, constantVus, rampingVus } from './closed-model.js';
import { constantArrivalRate, OpenModelExecutor, rampingArrivalRate } from './open-model.js';

export function createExecutor(plan: LoadPlan, ctx: RunContext): Executor {
  switch (plan.executor) {
    case 'constant-vus':
      return new ClosedModelExecutor(constantVus(plan.vus, plan.durationMs), ctx);
    case 'ramping-vus':
      return new ClosedModelExecutor(rampingVus(plan.startVus, plan.stages), ctx);
    case 'constant-arrival-rate':
      return new OpenModelExecutor(constantArrivalRate(plan.ratePerS, plan.durationMs, plan.preAllocatedVus, plan.maxVus), ctx);
    case 'ramping-arrival-rate':
      return new OpenModelExecutor(rampingArrivalRate(plan.startRatePerS, plan.stages, plan.preAllocatedVus, plan.maxVus), ctx);
  }
}
