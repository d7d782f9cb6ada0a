import type { LoadConfig } from '../../config/schema.js';
import { ConfigError } from '../../core/errors.js';
import type { RampingVusPlan } from './ramping-vus.js';

const s = (seconds: number) => seconds * 1000;
const ramping = (stages: RampingVusPlan['stages']): RampingVusPlan => ({ executor: 'ramping-vus', startVus: 0, stages });

/** A named shape (baseline, spike, endurance) as ramping-vus stages. `stress` is a search, not a plan. */
export function shapePlan(load: LoadConfig & { shape: NonNullable<LoadConfig['shape']> }): RampingVusPlan {
  switch (load.shape) {
    case 'baseline': {
      const users = load.users ?? 10;
      return ramping([
        { durationMs: load.ramp ?? s(30), target: users },
        { durationMs: load.duration ?? s(300), target: users },
      ]);
    }
    case 'spike': {
      const base = load.users ?? 10;
      const peak = load.peak ?? 500;
      const ramp = load.ramp ?? s(60);
      const hold = load.hold ?? s(60);
      return ramping([
        { durationMs: s(30), target: base },
        { durationMs: s(30), target: base },
        { durationMs: ramp, target: peak },
        { durationMs: hold, target: peak },
        { durationMs: ramp, target: base },
        { durationMs: load.duration ?? s(60), target: base },
      ]);
    }
    case 'endurance': {
      const users = load.users ?? 20;
      return ramping([
        { durationMs: load.ramp ?? s(300), target: users },
        { durationMs: load.duration ?? s(3600), target: users },
      ]);
    }
    case 'stress':
      throw new ConfigError(
        'load.shape: stress is a search; run it with runSearch',
        'run the profile with llm-load run: a stress shape steps the load up by itself',
      );
  }
}
