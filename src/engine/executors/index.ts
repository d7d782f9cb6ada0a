import type { LoadConfig } from '../../config/schema.js';
import type { VuSchedule } from './closed-model.js';
import { constantVus } from './constant-vus.js';
import { rampingVus } from './ramping-vus.js';

export function scheduleFor(load: LoadConfig): VuSchedule {
  switch (load.executor) {
    case 'constant-vus':
      return constantVus(load.vus!, load.duration!);
    case 'ramping-vus':
      return rampingVus(
        load.start_vus,
        load.stages!.map((s) => ({ durationMs: s.duration, target: s.target })),
      );
  }
}
