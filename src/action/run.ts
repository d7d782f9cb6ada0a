import * as core from '@actions/core';
import * as github from '@actions/github';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadProfileFile } from '../config/load.js';
import type { Profile } from '../config/schema.js';
import { profileFromShorthands } from '../config/shorthand.js';
import { cancelledResults, runProfile } from '../engine/run.js';
import { mergeResults } from '../metrics/merge.js';
import { ConfigError, StackError } from '../errors.js';
import { appendToBaseline, entryFromResults, type BaselineFile } from '../gate/baseline.js';
import { evaluateGate, goodputLimits } from '../gate/verdict.js';
import { ArtifactBaselineStore, downloadFromRun, FileBaselineStore, uploadDirectory, type BaselineStore } from '../github/artifacts.js';
import { fitComment, upsertStickyComment, type Octokit } from '../github/comment.js';
import { readContext, type RunContext } from '../github/context.js';
import type { Results } from '../metrics/results.js';
import { combineSamplers, dockerStatsSampler, processGroupSampler, profileSamplers } from '../metrics/resources.js';
import { progressPrinter } from '../report/console.js';
import { htmlReport } from '../report/html.js';
import { reportMarkdown } from '../report/markdown.js';
import { composeDiagnostics, composeUp, findComposeCommand, saveComposeLogs, type ComposeSpec } from '../stack/compose.js';
import { waitForHealth } from '../stack/health.js';
import { startProcessStack, type Stack } from '../stack/process.js';
import { boundedFetch, withRetry } from '../github/retry.js';
import { readResults } from '../metrics/results-shape.js';
import { allSecrets } from '../secrets.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { STATE_COMPOSE, STATE_MARKER, STATE_PGID } from './state.js';
import { checkWritable } from '../files.js';

async function loadProfile(inputs: ActionInputs): Promise<Profile> {
  if (inputs.profile) return loadProfileFile(inputs.profile);
  if (!inputs.url) throw new ConfigError('give the profile input (a profile file) or url (with users, duration…)');
  return profileFromShorthands({
    url: inputs.url,
    users: inputs.users,
    duration: inputs.duration,
    rampUp: inputs.rampUp,
    thinkTime: inputs.thinkTime,
    preset: inputs.preset,
  });
}

/** Boots compose-file(s) or start-command (input, else the profile's stack) and waits for health. */
async function bootStack(
  inputs: ActionInputs,
  profile: Profile,
  ctx: RunContext,
  outputDir: string,
  signal: AbortSignal,
): Promise<{ process?: Stack; compose?: ComposeSpec }> {
  const env = profile.stack?.env ?? {};
  let stack: { process?: Stack; compose?: ComposeSpec } = {};
  if (inputs.composeFiles.length) {
    const compose: ComposeSpec = {
      command: await findComposeCommand(),
      files: inputs.composeFiles,
      project: `llm-load-${ctx.runId || 'local'}-${randomBytes(3).toString('hex')}`,
      env,
    };
    core.saveState(STATE_COMPOSE, JSON.stringify(compose)); // post tears it down even if this step fails
    core.info(`stack: ${compose.command.join(' ')} -p ${compose.project} up -d${inputs.composeBuild ? ' --build' : ''}`);
    stack = { compose };
    try {
      await composeUp(compose, { build: inputs.composeBuild, services: inputs.composeServices, signal });
    } catch (error) {
      if (signal.aborted) return stack; // cancelled: the caller writes results that say so; post takes it down
      throw error;
    }
  } else {
    const command = inputs.startCommand ?? profile.stack?.command;
    if (command) {
      core.info(`stack: starting "${command}"`);
      const started = await startProcessStack({ command, env, logFile: join(outputDir, 'stack.log') });
      core.saveState(STATE_PGID, String(started.pid));
      core.saveState(STATE_MARKER, started.marker);
      stack = { process: started };
    }
  }
  const urls = [...inputs.healthUrls, ...(profile.stack?.health ?? [])];
  if (urls.length) {
    try {
      await waitForHealth(urls, { timeoutMs: inputs.healthTimeoutMs, signal, onWait: (status) => core.debug(`health: ${status}`) });
      core.info(`stack: healthy (${urls.join(', ')})`);
    } catch (error) {
      if (signal.aborted) return stack;
      const diagnostics = stack.compose ? await composeDiagnostics(stack.compose) : stack.process ? await stack.process.logTail(100) : '';
      if (diagnostics) core.error(`service logs:\n${diagnostics}`);
      await stack.process?.down();
      throw error instanceof StackError ? new StackError(`${error.message}\n${diagnostics}`, error.hint) : error;
    }
  }
  return stack;
}

function baselineStore(inputs: ActionInputs, ctx: RunContext, octokit: Octokit | undefined, name: string): BaselineStore | undefined {
  if (inputs.baseline === 'none') return undefined;
  if (inputs.baseline === 'artifact') return octokit && ctx.owner ? new ArtifactBaselineStore(octokit, ctx, inputs.token, name) : undefined;
  return new FileBaselineStore(inputs.baseline);
}

const isForbidden = (error: unknown) => (error as { status?: number }).status === 403 || (error as { status?: number }).status === 404;

/** First retry delay for GitHub calls (doubles each time); tests shorten it. */
const RETRY_BASE_MS = Number(process.env.LLM_LOAD_RETRY_BASE_MS ?? 2000);
const retryNotice = (what: string) => (attempt: number, error: unknown, delayMs: number) =>
  core.info(`retrying ${what} (attempt ${attempt + 1}) in ${Math.round(delayMs / 100) / 10}s: ${(error as Error).message}`);

/** Posts or updates the sticky comment; a missing permission is a notice, never a failure. */
async function comment(
  inputs: ActionInputs,
  ctx: RunContext,
  octokit: Octokit | undefined,
  results: Results,
  markdown: string,
  prNumber: number | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  if (inputs.comment === 'off' || !octokit) return undefined;
  const alert = results.gate !== undefined && results.gate.verdict !== 'PASS' && results.gate.verdict !== 'UNGATED';
  try {
    if (prNumber === undefined) {
      if (inputs.comment !== 'always' || !ctx.sha) return undefined;
      // No pull request (push, schedule): `always` comments on the commit instead.
      const { data } = await octokit.rest.repos.createCommitComment({
        owner: ctx.owner,
        repo: ctx.repo,
        commit_sha: ctx.sha,
        body: fitComment(markdown),
      });
      core.info(`commit comment created: ${data.html_url}`);
      return data.html_url;
    }
    const result = await withRetry(
      () =>
        upsertStickyComment(
          octokit,
          { owner: ctx.owner, repo: ctx.repo, issueNumber: prNumber },
          results.meta.name,
          fitComment(markdown),
          inputs.comment !== 'on-alert' || alert,
        ),
      { signal, baseMs: RETRY_BASE_MS, onRetry: retryNotice('the PR comment') },
    );
    core.info(`comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
    return result.url;
  } catch (error) {
    if (isForbidden(error)) {
      core.notice(
        `No permission to comment on ${prNumber === undefined ? `commit ${ctx.sha}` : `PR #${prNumber}`} (a fork PR or a read-only token): the results are in the job summary and the ${inputs.artifactName} artifact. ` +
          'To comment on fork PRs, add a workflow_run workflow with mode: comment (see examples/fork-safe).',
      );
    } else core.warning(`could not post the PR comment: ${(error as Error).message}`);
    return undefined;
  }
}

function setOutputs(results: Results, resultsPath: string, reportPath: string, commentUrl: string | undefined): void {
  core.setOutput('verdict', results.gate?.verdict ?? 'UNGATED');
  core.setOutput('results-path', resultsPath);
  core.setOutput('report-path', reportPath);
  core.setOutput('rps', String(results.totals.rps));
  core.setOutput('p95-ms', String(results.metrics.latency.p95 ?? ''));
  core.setOutput('ttft-p95-ms', String(results.metrics.ttft?.p95 ?? ''));
  core.setOutput('error-rate', String(results.totals.errorRate));
  core.setOutput('comment-url', commentUrl ?? '');
}

/** `mode: comment`: comment from the results artifact of the run that triggered this workflow_run. */
async function commentMode(inputs: ActionInputs, ctx: RunContext, octokit: Octokit | undefined, signal: AbortSignal): Promise<void> {
  if (!octokit) throw new ConfigError('mode: comment needs github-token');
  if (!ctx.triggeringRunId) throw new ConfigError('mode: comment runs in a workflow_run workflow (the event has no workflow_run)');
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner: ctx.owner,
    repo: ctx.repo,
    run_id: ctx.triggeringRunId,
    name: inputs.artifactName,
  });
  const artifact = data.artifacts.find((a) => a.name === inputs.artifactName);
  if (!artifact)
    throw new StackError(
      `run ${ctx.triggeringRunId} has no ${inputs.artifactName} artifact`,
      'the pull_request workflow must upload it (mode: run does)',
    );
  const dir = await downloadFromRun(ctx, inputs.token, artifact.id, ctx.triggeringRunId);
  const results = await readResults(join(dir, 'results.json'));
  const pr = JSON.parse(await readFile(join(dir, 'pr.json'), 'utf8').catch(() => '{}')) as { number?: number };
  const markdown = reportMarkdown(results, {
    runUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.triggeringRunId}`,
    artifactName: inputs.artifactName,
  });
  await core.summary.addRaw(markdown).write();
  const url = await comment(inputs, ctx, octokit, results, markdown, pr.number, signal);
  setOutputs(results, join(dir, 'results.json'), join(dir, 'report.html'), url);
}

/** `mode: merge`: the shards' results artifacts of this run, merged exactly. */
async function mergeShards(inputs: ActionInputs, ctx: RunContext, octokit: Octokit | undefined): Promise<Results> {
  if (!octokit) throw new ConfigError('mode: merge needs github-token');
  const prefix = `${inputs.artifactName}-shard-`;
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner: ctx.owner,
    repo: ctx.repo,
    run_id: ctx.runId,
    per_page: 100,
  });
  const shards = data.artifacts
    .filter((a) => a.name.startsWith(prefix))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (shards.length === 0)
    throw new StackError(
      `this run has no ${prefix}* artifacts to merge`,
      'the matrix jobs run the action with shard: I/K before the merge job',
    );
  const parts: Results[] = [];
  for (const artifact of shards) {
    const dir = await downloadFromRun(ctx, inputs.token, artifact.id, ctx.runId);
    parts.push(await readResults(join(dir, 'results.json')));
  }
  const merged = mergeResults(
    parts,
    shards.map((a) => `artifact ${a.name}, results.json`),
  );
  core.info(`merged ${parts.length} shard(s); start skew ${merged.meta.startSkewS ?? 0}s`);
  return merged;
}

/** The action's whole run: stack, load (or merging shards), gate, report, comment, baseline, artifact. */
export async function runAction(signal: AbortSignal): Promise<void> {
  const inputs = readInputs();
  const ctx = readContext();
  const octokit = inputs.token ? github.getOctokit(inputs.token, { request: { fetch: boundedFetch(signal) } }) : undefined;
  if (inputs.mode === 'comment') return commentMode(inputs, ctx, octokit, signal);

  const outputDir = resolve(inputs.outputDir);
  await checkWritable(
    join(outputDir, 'results.json'),
    'input output-dir:',
    'set output-dir to a folder the job can write, e.g. llm-load-results',
  );
  const profile = await loadProfile(inputs);
  for (const secret of allSecrets()) core.setSecret(secret); // profile secrets: masked in GitHub's log too
  // A shard uploads its results for the merge job, which gates, comments and keeps the baseline.
  const shard = inputs.shard;
  if (shard) inputs.artifactName = `${inputs.artifactName}-shard-${shard.index}`;
  const results =
    inputs.mode === 'merge' ? await mergeShards(inputs, ctx, octokit) : await loadRun(inputs, profile, ctx, outputDir, signal);
  await publish(inputs, ctx, octokit, profile, results, outputDir, signal);
}

async function loadRun(inputs: ActionInputs, profile: Profile, ctx: RunContext, outputDir: string, signal: AbortSignal): Promise<Results> {
  const stack = await bootStack(inputs, profile, ctx, outputDir, signal);
  if (signal.aborted) {
    // Cancelled while the stack booted: results that say so, and the stack torn down.
    await stack.process?.down();
    return cancelledResults(profile, String(signal.reason), inputs.profile);
  }

  let results: Results;
  const progress = progressPrinter({ stream: process.stdout, quiet: false });
  try {
    const sampler = combineSamplers([
      ...(stack.compose ? [dockerStatsSampler(stack.compose)] : []),
      ...(stack.process ? [processGroupSampler(stack.process.pid)] : []),
      ...profileSamplers(profile.resources),
    ]);
    results = await runProfile(profile, {
      signal,
      onProgress: progress,
      goodput: goodputLimits(profile.thresholds),
      profilePath: inputs.profile,
      resources: sampler ? { sampler, intervalMs: profile.resources?.interval ?? 5000 } : undefined,
      workers: inputs.workers,
      shard: inputs.shard,
      secrets: allSecrets(),
    });
  } finally {
    await stack.process?.down();
    if (stack.compose) await saveComposeLogs(stack.compose, join(outputDir, 'compose.log')).catch(() => undefined);
  }
  return results;
}

/** Gate, reports, summary, comment, baseline, artifact and outputs, for a run or a merge alike. */
async function publish(
  inputs: ActionInputs,
  ctx: RunContext,
  octokit: Octokit | undefined,
  profile: Profile,
  results: Results,
  outputDir: string,
  signal: AbortSignal,
): Promise<void> {
  const isShard = inputs.shard !== undefined;

  // Written before any GitHub call, so an API that never answers cannot cost the results.
  const resultsPath = join(outputDir, 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  const store = baselineStore(inputs, ctx, octokit, profile.name);
  let previous: BaselineFile | undefined;
  let note = inputs.baseline === 'none' ? 'baseline: none (disabled)' : 'no baseline: no GitHub token or repository';
  if (store) {
    try {
      ({ baseline: previous, note } = await withRetry(() => store.load(), {
        signal,
        baseMs: RETRY_BASE_MS,
        onRetry: retryNotice('finding the baseline'),
      }));
    } catch (error) {
      note = `could not load the baseline (${(error as Error).message}): gated on the table alone`;
    }
  }
  if (!previous) core.info(note);
  results.gate = evaluateGate({
    results,
    thresholds: profile.thresholds,
    regression: profile.regression,
    baseline: previous,
    baselineNote: note,
    failOn: inputs.failOn,
    endurance: profile.endurance,
  });

  const reportPath = join(outputDir, 'report.html');
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(reportPath, htmlReport(results));
  await writeFile(join(outputDir, 'report.md'), `${reportMarkdown(results, { runUrl: ctx.runUrl, artifactName: inputs.artifactName })}\n`);
  if (ctx.prNumber !== undefined)
    await writeFile(join(outputDir, 'pr.json'), JSON.stringify({ number: ctx.prNumber, baseSha: ctx.baseSha, headSha: ctx.sha }));

  // The summary before the uploads and the comment, which wait on GitHub; the comment links the artifact.
  try {
    await core.summary.addRaw(reportMarkdown(results, { runUrl: ctx.runUrl, artifactName: inputs.artifactName })).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
  let artifactUrl: string | undefined;
  try {
    const id = await withRetry(() => uploadDirectory(inputs.artifactName, outputDir), {
      signal,
      baseMs: RETRY_BASE_MS,
      onRetry: retryNotice('the artifact upload'),
    });
    if (id) artifactUrl = `${ctx.runUrl}/artifacts/${id}`;
  } catch (error) {
    core.warning(`could not upload the ${inputs.artifactName} artifact (${(error as Error).message}); the files are in ${outputDir}`);
  }
  const markdown = reportMarkdown(results, { runUrl: ctx.runUrl, artifactName: inputs.artifactName, artifactUrl });
  const commentUrl = isShard ? undefined : await comment(inputs, ctx, octokit, results, markdown, ctx.prNumber, signal);

  const onDefaultBranch = ctx.eventName === 'push' && ctx.defaultBranch !== undefined && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
  if (
    store &&
    !isShard &&
    !results.meta.interrupted &&
    (inputs.saveBaseline === 'true' || (inputs.saveBaseline === 'auto' && onDefaultBranch))
  ) {
    const updated = appendToBaseline(
      previous,
      profile.name,
      entryFromResults(results, ctx.sha || null, Object.keys(profile.thresholds)),
      inputs.baselineHistory,
    );
    const file = join(outputDir, 'baseline.json');
    await writeFile(file, `${JSON.stringify(updated, null, 2)}\n`);
    try {
      await withRetry(() => store.save(file), { signal, baseMs: RETRY_BASE_MS, onRetry: retryNotice('saving the baseline') });
      core.info(`baseline saved: ${updated.history.length} run(s) of ${profile.name}`);
    } catch (error) {
      core.warning(`could not save the baseline: ${(error as Error).message}`);
    }
  }
  setOutputs(results, resultsPath, reportPath, commentUrl);
  if (results.meta.interrupted) core.setFailed(`cancelled (${results.meta.interrupted}): partial results written to ${resultsPath}`);
  else if (results.gate.failed) core.setFailed(`performance gate ${results.gate.verdict} (fail-on: ${inputs.failOn}): see the job summary`);
}
