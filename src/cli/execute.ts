import { dirname } from 'node:path';
import type { Profile } from '../config/schema.js';
import { ExitCode } from '../core/errors.js';
import { checkWritable } from '../core/files.js';
import { allSecrets, registerSecret } from '../core/secrets.js';
import type { Shard } from '../engine/shard.js';
import { exitCodeOf, profileStack, runPipeline } from '../pipeline/run.js';
import { formatSummary, progressPrinter } from '../report/console.js';
import { plainText } from '../report/escape.js';
import { gateText } from '../report/markdown.js';
import type { FailOn } from '../results/gate.js';
import type { Results } from '../results/results.js';
import { readBaselineOrSay } from './gate.js';

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
  /** Added to the stack's environment (LLM_LOAD_PORT). */
  stackEnv?: Record<string, string>;
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
  const say = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  let results: Results;
  try {
    results = await runPipeline(profile, {
      profilePath: options.profilePath,
      stack: profileStack(profile),
      boot: { logDir: dirname(options.output), env: options.stackEnv },
      signal: controller.signal,
      log: say,
      onProgress: progress,
      engine: {
        seed: options.seed,
        extraHeaders,
        jwtToken: options.jwtToken,
        workers: options.workers ?? 'auto',
        shard: options.shard,
        secrets: allSecrets(),
      },
      resultsPath: options.output,
      gate: {
        failOn: options.failOn ?? 'critical',
        always: false,
        loadBaseline: options.baselinePath ? () => readBaselineOrSay(options.baselinePath!, Object.keys(profile.thresholds)) : undefined,
      },
    });
  } finally {
    progress.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const allFailed = results.totals.failures === results.totals.requests && !results.meta.interrupted;
  // Said even with --quiet: a run that measured nothing but failures is almost always a wrong URL or a dead target.
  const failedRow = allFailed ? results.gate?.rows.find((row) => row.metric === 'requests') : undefined;
  if (failedRow) process.stderr.write(`llm-load: ${plainText(failedRow.note ?? 'every request failed')}\n`);
  if (!options.quiet) {
    process.stdout.write(`${formatSummary(results, Boolean(process.stdout.isTTY))}\n`);
    if (results.gate) process.stdout.write(`${gateText(results, results.gate)}\n`);
    process.stdout.write(`  results  ${options.output}\n`);
  }
  return { code: exitCodeOf(results), results };
}
