import { dirname, resolve } from 'node:path';
import { searchOf } from '../config/capacity.js';
import { beyondOneMachine, planLoad, shardPlan } from './executors/registry.js';
import type { Profile } from '../config/schema.js';
import { ConfigError } from '../core/errors.js';
import { MetricsRecorder } from '../metrics/recorder.js';
import { buildResults, type Results } from '../results/results.js';
import { VERSION } from '../core/version.js';
import { compileFlows } from './flow.js';
import { runLoad } from './load.js';
import type { RunOptions } from './options.js';
import { runSearch } from './search.js';
import { autoWorkers, runWithWorkers } from './workers.js';

/** Results of a run cancelled before its load began (while the stack booted): nothing measured, said so. */
export function cancelledResults(profile: Profile, reason: string, profilePath?: string, commit: string | null = null): Results {
  const flows = compileFlows(profile);
  const now = new Date().toISOString();
  return buildResults(
    new MetricsRecorder(
      flows.endpointKeys,
      flows.scenarios.map((s) => s.name),
      flows.tagKeys,
    ),
    {
      name: profile.name,
      target: profile.target ?? flows.scenarios[0]!.steps[0]!.origin,
      startedAt: now,
      endedAt: now,
      durationS: 0,
      executor: profile.load.executor ?? profile.load.shape ?? 'constant-vus',
      profile: profilePath ?? null,
      seed: 0,
      interrupted: reason,
      tool: { name: 'llm-load', version: VERSION, node: process.version },
      commit,
    },
  );
}

/** A trace's file, relative to the profile's folder as data files are. */
function withTraceFile(load: Profile['load'], profilePath: string | undefined): Profile['load'] {
  if (!load.file) return load;
  return { ...load, file: resolve(profilePath ? dirname(profilePath) : process.cwd(), load.file) };
}

/** Runs a profile and returns its results: its load, or the capacity search it asks for. */
export async function runProfile(profile: Profile, options: RunOptions = {}): Promise<Results> {
  const search = searchOf(profile);
  if (search) {
    if (options.shard && options.shard.count > 1)
      throw new ConfigError('a capacity search (capacity: or shape: stress) cannot be sharded', 'run it on one machine');
    return runSearch(profile, search, options);
  }
  const plan = planLoad(withTraceFile(profile.load, options.profilePath));
  const mine = shardPlan(plan, options.shard ?? { index: 1, count: 1 });
  const tooBig = beyondOneMachine(mine);
  if (tooBig) throw new ConfigError(tooBig, "split the load over runners with --shard I/K (the action's shard input) and merge the parts");
  const workers = options.workers === 'auto' ? autoWorkers(mine) : (options.workers ?? 1);
  if (workers > 1) return runWithWorkers(profile, options, workers, options.secrets ?? []);
  return runLoad(profile, options.shard ? shardPlan(plan, options.shard) : plan, options);
}
