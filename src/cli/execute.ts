import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Profile } from '../config/schema.js';
import { cancelledResults, runProfile, type RunOptions } from '../engine/run.js';
import type { Shard } from '../engine/shard.js';
import { combineSamplers, processGroupSampler, profileSamplers } from '../metrics/resources.js';
import { ExitCode, StackError } from '../errors.js';
import { checkWritable, makeFolder } from '../files.js';
import { waitForHealth } from '../stack/health.js';
import { startProcessStack, type Stack } from '../stack/process.js';
import type { Results } from '../metrics/results.js';
import { formatSummary, progressPrinter } from '../report/console.js';
import { allSecrets, registerSecret } from '../secrets.js';
import { goodputLimits, type FailOn } from '../gate/verdict.js';
import { plainText } from '../report/escape.js';
import { gateText } from '../report/markdown.js';
import { gateResults } from './gate.js';

export interface ExecuteOptions {
  output: string;
  quiet: boolean;
  seed?: number;
  /** Headers with secrets (API keys) sent with every request; masked everywhere. */
  secretHeaders?: Record<string, string>;
  /** --jwt-token: the auth token (no login), or `Authorization: Bearer` when the profile has no auth. */
  jwtToken?: string;
  profilePath?: string;
  workers?: number | 'auto';
  shard?: Shard;
  /** Baseline file (history or a results.json) to compare with. */
  baselinePath?: string;
  failOn?: FailOn;
}

export async function writeResults(file: string, results: Results): Promise<void> {
  await makeFolder(dirname(file));
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** The stack's process group, and any Prometheus endpoint the profile names, sampled while the load runs. */
function resourceSampling(profile: Profile, stack: Stack | undefined): RunOptions['resources'] {
  const sampler = combineSamplers([...(stack ? [processGroupSampler(stack.pid)] : []), ...profileSamplers(profile.resources)]);
  return sampler ? { sampler, intervalMs: profile.resources?.interval ?? 5000 } : undefined;
}

/**
 * Boots `stack.command` (its output to stack.log beside the results) and waits for `stack.health`; on
 * failure tears it down and throws StackError with the last lines it printed.
 */
async function bootStack(profile: Profile, options: ExecuteOptions, signal: AbortSignal): Promise<Stack | undefined> {
  const config = profile.stack;
  if (!config || (!config.command && config.health.length === 0)) return undefined;
  const logFile = join(dirname(options.output), 'stack.log');
  if (config.command && !options.quiet) process.stderr.write(`stack: starting "${config.command}" (log: ${logFile})\n`);
  const stack = config.command ? await startProcessStack({ command: config.command, env: config.env, logFile }) : undefined;
  try {
    if (config.health.length) await waitForHealth(config.health, { timeoutMs: config.timeout, signal });
    if (!options.quiet) process.stderr.write('stack: healthy\n');
    return stack;
  } catch (error) {
    const tail = (await stack?.logTail(100)) ?? '';
    await stack?.down();
    if (signal.aborted) return undefined;
    if (error instanceof StackError) throw new StackError(`${error.message}\n--- last lines of ${logFile} ---\n${tail}`, error.hint);
    throw error;
  }
}

/**
 * Runs a profile the way every CLI command does: progress on stderr, partial results on SIGINT/SIGTERM
 * (a second signal quits at once), results.json written, summary printed. Returns the exit code.
 */
export async function executeRun(profile: Profile, options: ExecuteOptions): Promise<{ code: number; results: Results | undefined }> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGINT' ? ExitCode.sigint : ExitCode.sigterm;
    if (controller.signal.aborted) process.exit(code);
    process.stderr.write(`\n${signal}: stopping the run and writing partial results (send it again to quit now)\n`);
    controller.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  if (options.jwtToken) registerSecret(options.jwtToken);
  const extraHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.secretHeaders ?? {})) {
    registerSecret(value.replace(/^Bearer\s+/i, '')); // masks "Bearer <token>" as "Bearer ***"

    extraHeaders[name.toLowerCase()] = value;
  }
  // Before the stack and the load: a run that cannot write its results would lose them at the end.
  await checkWritable(options.output, '--output');
  const progress = progressPrinter({ stream: process.stderr, quiet: options.quiet });
  let results: Results;
  let stack: Stack | undefined;
  try {
    stack = await bootStack(profile, options, controller.signal);
    if (controller.signal.aborted) {
      // Cancelled while the stack booted: still a results file that says so, and the stack is torn down.
      const cancelled = cancelledResults(profile, String(controller.signal.reason), options.profilePath);
      await writeResults(options.output, cancelled);
      return { code: controller.signal.reason === 'SIGINT' ? ExitCode.sigint : ExitCode.sigterm, results: cancelled };
    }
    results = await runProfile(profile, {
      signal: controller.signal,
      onProgress: progress,
      seed: options.seed,
      profilePath: options.profilePath,
      extraHeaders,
      jwtToken: options.jwtToken,
      goodput: goodputLimits(profile.thresholds),
      resources: resourceSampling(profile, stack),
      workers: options.workers ?? 'auto',
      shard: options.shard,
      secrets: allSecrets(),
    });
  } finally {
    progress.end();
    await stack?.down();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const allFailed = results.totals.failures === results.totals.requests && !results.meta.interrupted;
  const gated =
    Object.keys(profile.thresholds).length > 0 || options.baselinePath !== undefined || profile.endurance !== undefined || allFailed;
  if (gated) {
    results.gate = await gateResults(results, {
      thresholds: profile.thresholds,
      regression: profile.regression,
      baselinePath: options.baselinePath,
      failOn: options.failOn ?? 'critical',
      endurance: profile.endurance,
    });
  }
  await writeResults(options.output, results);
  // Said even with --quiet: a run that measured nothing but failures is almost always a wrong URL or a dead target.
  const failedRow = allFailed ? results.gate?.rows.find((row) => row.metric === 'requests') : undefined;
  if (failedRow) process.stderr.write(`llm-load: ${plainText(failedRow.note ?? 'every request failed')}\n`);
  if (!options.quiet) {
    process.stdout.write(`${formatSummary(results, Boolean(process.stdout.isTTY))}\n`);
    if (results.gate) process.stdout.write(`${gateText(results, results.gate)}\n`);
    process.stdout.write(`  results  ${options.output}\n`);
  }
  const code =
    results.meta.interrupted === 'SIGINT'
      ? ExitCode.sigint
      : results.meta.interrupted === 'SIGTERM'
        ? ExitCode.sigterm
        : results.gate?.failed
          ? ExitCode.gateFailed
          : ExitCode.ok;
  return { code, results };
}
