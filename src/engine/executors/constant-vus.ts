import type { VuSchedule } from './closed-model.js';

/** A fixed number of VUs for the whole duration. */
export function constantVus(vus: number, durationMs: number): VuSchedule {
  return { durationMs, maxVus: vus, vusAt: () => vus };
}
