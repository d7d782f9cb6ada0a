import type { VuSchedule } from './closed-model.js';

export interface Stage {
  durationMs: number;
  target: number;
}

/** k6's ramping-vus: from `startVus`, each stage moves the VU count linearly to its target. */
export function rampingVus(startVus: number, stages: readonly Stage[]): VuSchedule {
  const durationMs = stages.reduce((sum, s) => sum + s.durationMs, 0);
  const maxVus = Math.max(startVus, ...stages.map((s) => s.target));
  return {
    durationMs,
    maxVus,
    vusAt(elapsedMs) {
      let from = startVus;
      let stageStart = 0;
      for (const stage of stages) {
        if (elapsedMs < stageStart + stage.durationMs) {
          const progress = (elapsedMs - stageStart) / stage.durationMs;
          return Math.round(from + (stage.target - from) * progress);
        }
        stageStart += stage.durationMs;
        from = stage.target;
      }
      return from;
    },
  };
}
