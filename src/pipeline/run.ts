import { dirname } from 'node:path';
import type { Profile } from '../config/schema.js';
import { ExitCode } from '../core/errors.js';
import { makeFolder } from '../core/files.js';
import { writeFile } from 'node:fs/promises';
import type { RunOptions } from '../engine/options.js';
import { cancelledResults, runProfile } from '../engine/run.js';
import { goodputLimits } from '../gate/verdict.js';
import type { Progress } from '../metrics/progress.js';
import type { Results } from '../results/results.js';
import { bootStack, type BootOptions } from '../stack/boot.js';
import { combineSamplers, profileSamplers } from '../stack/samplers.js';
import type { Stack, StackConfig } from '../stack/stack.js';
import { currentCommit } from './commit.js';
import { gateResults, type GateStep } from './gate.js';
import { freePort } from '../core/port.js';

export interface PipelineOptions {
  profilePath?: string;
  /** The stack to boot: the profile's, or the action's inputs over it. None: the target is already up. */
  stack?: StackConfig;
  /** Where the stack boots (its checkout), extra environment for it, where its logs go, teardown hand-off. */
  boot: Pick<BootOptions, 'cwd' | 'env' | 'logDir' | 'onHandoff'> & { name?: string };
  signal: AbortSignal;
  log: (line: string) => void;
  debug?: (line: string) => void;
  onProgress?: (progress: Progress) => void;
  /** What the engine takes from the face: seed, secret headers, token, workers, shard, secrets. */
  engine: Pick<RunOptions, 'seed' | 'extraHeaders' | 'jwtToken' | 'workers' | 'shard' | 'secrets'>;
  /** The commit under test (default: GITHUB_SHA, else git's HEAD where the stack boots). */
  commit?: string | null;
  resultsPath: string;
  gate: GateStep;
}

export async function writeResults(file: string, results: Results): Promise<void> {
  await makeFolder(dirname(file));
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * LLM_LOAD_PORT for a profile that takes its port from it (so one profile serves \`run\` and \`ab\`): the
 * caller's own value, else a port free now. Added to the environment the profile is read in and the
 * stack boots in.
 */
export async function portEnvironment(): Promise<Record<string, string>> {
  return process.env.LLM_LOAD_PORT ? {} : { LLM_LOAD_PORT: String(await freePort()) };
}

/** The stack from a profile's `stack` section, or undefined when it boots nothing and checks nothing. */
export function profileStack(profile: Profile): StackConfig | undefined {
  const stack = profile.stack;
  if (!stack || (!stack.compose && !stack.command && stack.health.length === 0)) return undefined;
  return {
    compose: stack.compose,
    command: stack.command,
    env: stack.env,
    health: stack.health,
    timeoutMs: stack.timeout,
    http: { settings: profile.http, insecure: profile.insecure },
  };
}

/** Boots the stack, runs the load, and takes the stack down, whatever happens in between. */
async function loadOnStack(profile: Profile, options: PipelineOptions, commit: string | null): Promise<Results> {
  const { signal } = options;
  const name = options.boot.name ?? profile.name;
  await using stack: Stack | undefined = options.stack
    ? await bootStack(options.stack, { ...options.boot, name, signal, log: options.log, debug: options.debug })
    : undefined;
  if (signal.aborted) return cancelledResults(profile, String(signal.reason), options.profilePath, commit);
  const sampler = combineSamplers([
    ...(stack ? [stack.sampler()] : []),
    ...profileSamplers(profile.resources, { settings: profile.http, insecure: profile.insecure }),
  ]);
  // Awaited here, not returned: the stack is disposed when this function ends, and it must outlive the load.
  return await runProfile(profile, {
    ...options.engine,
    signal,
    onProgress: options.onProgress,
    profilePath: options.profilePath,
    goodput: goodputLimits(profile.thresholds),
    resources: sampler ? { sampler, intervalMs: profile.resources?.interval ?? 5000 } : undefined,
    commit,
  });
}

/**
 * The one pipeline both faces run: stack → health → auth and load (the engine) → stack down → results
 * written → gate → results written again with the verdict. Results are on disk before the gate asks for
 * a baseline, so a baseline store that never answers cannot cost them.
 */
export async function runPipeline(profile: Profile, options: PipelineOptions): Promise<Results> {
  const commit = options.commit !== undefined ? options.commit : currentCommit(options.boot.cwd);
  const results = await loadOnStack(profile, options, commit);
  await judgeAndWrite(results, profile, options.gate, options.resultsPath);
  return results;
}

/** Writes the results, gates them, and writes them again with the verdict (a run, or merged shards). */
export async function judgeAndWrite(results: Results, profile: Profile, gate: GateStep, resultsPath: string): Promise<void> {
  await writeResults(resultsPath, results);
  if (results.meta.interrupted && results.totals.requests === 0 && !gate.always) return;
  await gateResults(results, profile, gate);
  await writeResults(resultsPath, results);
}

/** The exit code a run ends with: cancelled (130/143), gate failed (1), or 0. */
export function exitCodeOf(results: Results): number {
  if (results.meta.interrupted === 'SIGINT') return ExitCode.sigint;
  if (results.meta.interrupted === 'SIGTERM') return ExitCode.sigterm;
  return results.gate?.failed ? ExitCode.gateFailed : ExitCode.ok;
}
