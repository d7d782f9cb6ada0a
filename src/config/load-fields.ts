import { ConfigError } from '../core/errors.js';
import type { LoadConfig } from './schema.js';

/** The fields each executor needs in `load:` (a named shape fills in its own), each with an example. */
const NEEDS = {
  'constant-vus': { vus: 'vus (e.g. vus: 10)', duration: 'duration (e.g. duration: 30s)' },
  'ramping-vus': { stages: 'stages (e.g. [{duration: 1m, target: 10}])' },
  'constant-arrival-rate': {
    rate: 'rate (iterations per time_unit, e.g. rate: 50)',
    duration: 'duration (e.g. duration: 1m)',
  },
  'ramping-arrival-rate': { stages: 'stages of target rates (e.g. [{duration: 1m, target: 50}])' },
  'trace-replay': { file: 'file, a JSONL trace (e.g. file: traces/mooncake.jsonl)' },
} as const;

/** Throws a ConfigError naming the first field the load's executor needs and lacks. */
export function checkLoadFields(load: LoadConfig): void {
  if (load.shape) return;
  const executor = load.executor ?? 'constant-vus';
  if (load.arrival.process !== 'constant' && !executor.endsWith('arrival-rate'))
    throw new ConfigError(
      `load.arrival: ${load.arrival.process} arrivals are for the open model, not ${executor}`,
      'use executor: constant-arrival-rate (or ramping-arrival-rate) with a rate, or drop load.arrival',
    );
  for (const [field, what] of Object.entries(NEEDS[executor])) {
    if (load[field as keyof LoadConfig] === undefined)
      throw new ConfigError(
        `load.${field}: ${executor} needs ${what}`,
        'see the load models in the README for the fields each executor takes',
      );
  }
}
