import * as core from '@actions/core';
import * as github from '@actions/github';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadProfileFile } from '../config/load.js';
import type { Profile } from '../config/schema.js';
import { profileFromShorthands } from '../config/shorthand.js';
import { ConfigError, MissingInputError } from '../core/errors.js';
import { checkWritable } from '../core/files.js';
import { allSecrets } from '../core/secrets.js';
import { appendToBaseline, entryFromResults, type BaselineFile } from '../gate/baseline.js';
import { ArtifactBaselineStore, downloadFromRun, FileBaselineStore, uploadDirectory, type BaselineStore } from '../github/artifacts.js';
import { fitComment, upsertStickyComment, type Octokit } from '../github/comment.js';
import { readContext, type RunContext } from '../github/context.js';
import { describeApiError } from '../github/api-error.js';
import { boundedFetch, withRetry } from '../github/retry.js';
import { judgeAndWrite, portEnvironment, profileStack, runPipeline, writeResults } from '../pipeline/run.js';
import { progressPrinter } from '../report/console.js';
import { REPORTERS } from '../report/reporters.js';
import { reportMarkdown } from '../report/markdown.js';
import { mergeResults } from '../results/merge.js';
import type { Results } from '../results/results.js';
import { readResults } from '../results/shape.js';
import type { StackConfig, StackHandoff } from '../stack/stack.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { compareWithBase } from './compare.js';
import { abMarkdown } from '../report/ab.js';
import type { AbResults } from '../results/ab.js';
import type { Verdict } from '../results/gate.js';
import type { ReportLinks } from '../report/markdown.js';
import { STATE_COMPOSE, STATE_MARKER, STATE_PGID } from './state.js';

async function loadProfile(inputs: ActionInputs, env: Record<string, string>): Promise<Profile> {
  if (inputs.profile) return loadProfileFile(inputs.profile, { ...process.env, ...env });
  if (!inputs.url)
    throw new ConfigError(
      'give the profile input (a profile file) or url (with users, duration…)',
      'e.g. profile: llm-load.yml, or url: http://localhost:8000/health with users: 10 and duration: 30s',
    );
  return profileFromShorthands(
    {
      url: inputs.url,
      users: inputs.users,
      duration: inputs.duration,
      rampUp: inputs.rampUp,
      thinkTime: inputs.thinkTime,
      preset: inputs.preset,
    },
    (flag) => `input ${flag}`,
  );
}

/** The stack the inputs ask for (compose-file, start-command, health-url…), over the profile's own. */
function stackOf(inputs: ActionInputs, profile: Profile): StackConfig | undefined {
  const own = profileStack(profile);
  const health = [...inputs.healthUrls, ...(own?.health ?? [])];
  const base = {
    env: own?.env ?? {},
    health,
    timeoutMs: inputs.healthTimeoutMs ?? own?.timeoutMs ?? 120_000,
    http: { settings: profile.http, insecure: profile.insecure },
  };
  if (inputs.composeFiles.length)
    return { ...base, compose: { files: inputs.composeFiles, services: inputs.composeServices, build: inputs.composeBuild } };
  if (inputs.startCommand) return { ...base, command: inputs.startCommand };
  if (!own && health.length === 0) return undefined;
  return { ...base, compose: own?.compose, command: own?.command };
}

/** Saved for the post step, which tears the stack down even when this step is killed. */
function handOff(handoff: StackHandoff): void {
  if (handoff.kind === 'compose') core.saveState(STATE_COMPOSE, JSON.stringify(handoff.compose));
  else {
    core.saveState(STATE_PGID, String(handoff.pgid));
    core.saveState(STATE_MARKER, handoff.marker);
  }
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
  verdict: Verdict | undefined = results.gate?.verdict,
): Promise<string | undefined> {
  if (inputs.comment === 'off' || !octokit) return undefined;
  const alert = verdict !== undefined && verdict !== 'PASS' && verdict !== 'UNGATED';
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
          'To comment on fork PRs, add a workflow_run workflow with mode: comment (see examples/workflows/fork-safe-comment.yml).',
      );
    } else core.warning(`could not post the PR comment: ${describeApiError(error)}`);
    return undefined;
  }
}

function setOutputs(
  results: Results,
  resultsPath: string,
  reportPath: string,
  commentUrl: string | undefined,
  verdict: Verdict = results.gate?.verdict ?? 'UNGATED',
): void {
  core.setOutput('verdict', verdict);
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
  if (!octokit)
    throw new ConfigError(
      'mode: comment needs github-token',
      'pass github-token: ${{ secrets.GITHUB_TOKEN }} with pull-requests: write and actions: read permissions',
    );
  if (!ctx.triggeringRunId)
    throw new ConfigError(
      'mode: comment runs in a workflow_run workflow (the event has no workflow_run)',
      'run mode: comment from a workflow triggered by on: workflow_run (see examples/workflows/fork-safe-comment.yml)',
    );
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner: ctx.owner,
    repo: ctx.repo,
    run_id: ctx.triggeringRunId,
    name: inputs.artifactName,
  });
  const artifact = data.artifacts.find((a) => a.name === inputs.artifactName);
  if (!artifact)
    throw new MissingInputError(
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
  if (!octokit)
    throw new ConfigError(
      'mode: merge needs github-token',
      "pass github-token: ${{ secrets.GITHUB_TOKEN }} so the merge job can download the shards' artifacts",
    );
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
    throw new MissingInputError(
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
  const stackEnv = await portEnvironment();
  const profile = await loadProfile(inputs, stackEnv);
  for (const secret of allSecrets()) core.setSecret(secret); // profile secrets: masked in GitHub's log too
  // A shard uploads its results for the merge job, which gates, comments and keeps the baseline.
  const shard = inputs.shard;
  if (shard) inputs.artifactName = `${inputs.artifactName}-shard-${shard.index}`;
  if (inputs.compare === 'base' && inputs.mode === 'run' && ctx.prNumber !== undefined) {
    // A pull request A/Bs against its base on this runner; the history stays for pushes and trends.
    const ab = await compareWithBase(inputs, ctx, outputDir, signal);
    await writeFile(join(outputDir, 'ab.json'), `${JSON.stringify(ab, null, 2)}\n`);
    await writeResults(join(outputDir, 'results.json'), ab.head);
    await writeResults(join(outputDir, 'base-results.json'), ab.base);
    return publish(inputs, ctx, octokit, profile, ab.head, outputDir, signal, undefined, undefined, ab);
  }
  const store = baselineStore(inputs, ctx, octokit, profile.name);
  const baseline = new BaselineLoad(inputs, store, signal);
  const gate = { failOn: inputs.failOn, always: true, loadBaseline: () => baseline.load() };
  const resultsPath = join(outputDir, 'results.json');
  let results: Results;
  if (inputs.mode === 'merge') {
    results = await mergeShards(inputs, ctx, octokit);
    await judgeAndWrite(results, profile, gate, resultsPath);
  } else {
    results = await runPipeline(profile, {
      profilePath: inputs.profile,
      stack: stackOf(inputs, profile),
      boot: { logDir: outputDir, onHandoff: handOff, name: ctx.runId ? String(ctx.runId) : 'local', env: stackEnv },
      signal,
      log: (line) => core.info(line),
      debug: (line) => core.debug(line),
      onProgress: progressPrinter({ stream: process.stdout, quiet: false }),
      engine: { workers: inputs.workers, shard: inputs.shard, secrets: allSecrets() },
      resultsPath,
      gate,
    });
  }
  await publish(inputs, ctx, octokit, profile, results, outputDir, signal, store, baseline.previous);
}

/** Finds the baseline in its store (with retries) once, for the gate; what it found is kept for saving. */
class BaselineLoad {
  previous: BaselineFile | undefined;

  constructor(
    private readonly inputs: ActionInputs,
    private readonly store: BaselineStore | undefined,
    private readonly signal: AbortSignal,
  ) {}

  async load(): Promise<{ baseline?: BaselineFile; note: string }> {
    let note = this.inputs.baseline === 'none' ? 'baseline: none (disabled)' : 'no baseline: no GitHub token or repository';
    if (this.store) {
      const store = this.store;
      try {
        ({ baseline: this.previous, note } = await withRetry(() => store.load(), {
          signal: this.signal,
          baseMs: RETRY_BASE_MS,
          onRetry: retryNotice('finding the baseline'),
        }));
      } catch (error) {
        note = `could not load the baseline (${describeApiError(error)}): gated on the table alone`;
      }
    }
    if (!this.previous) core.info(note);
    return { baseline: this.previous, note };
  }
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
  store: BaselineStore | undefined,
  previous: BaselineFile | undefined,
  ab?: AbResults,
): Promise<void> {
  const isShard = inputs.shard !== undefined;
  const render = (links: ReportLinks) => (ab ? abMarkdown(ab, links) : reportMarkdown(results, links));
  const resultsPath = join(outputDir, 'results.json');
  const gate = results.gate;
  if (!gate) throw new Error('publish needs gated results');
  const links = { runUrl: ctx.runUrl, artifactName: inputs.artifactName };
  for (const reporter of [REPORTERS.html, REPORTERS.markdown])
    await writeFile(join(outputDir, reporter.file), reporter.render({ results, links }));
  if (ctx.prNumber !== undefined)
    await writeFile(join(outputDir, 'pr.json'), JSON.stringify({ number: ctx.prNumber, baseSha: ctx.baseSha, headSha: ctx.sha }));

  // The summary before the upload and the comment, which wait on GitHub; what became of the upload is added after.
  await appendSummary(render({ runUrl: ctx.runUrl }));
  const artifact = await uploadResults(inputs, ctx, outputDir, signal);
  await appendSummary(artifact.line);
  // The comment names the artifact only when it is there to be found.
  const markdown = render(artifact.uploaded ? { ...links, artifactUrl: artifact.url } : { runUrl: ctx.runUrl, note: artifact.line });
  const verdict = ab ? ab.comparison : gate;
  const commentUrl = isShard ? undefined : await comment(inputs, ctx, octokit, results, markdown, ctx.prNumber, signal, verdict.verdict);

  const onDefaultBranch = ctx.eventName === 'push' && ctx.defaultBranch !== undefined && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
  const save = inputs.saveBaseline === 'true' || (inputs.saveBaseline === 'auto' && onDefaultBranch);
  if (store && !isShard && !results.meta.interrupted && save)
    await saveBaseline(inputs, ctx, profile, results, outputDir, store, previous, signal);
  setOutputs(results, resultsPath, join(outputDir, REPORTERS.html.file), commentUrl, verdict.verdict);
  if (results.meta.interrupted) core.setFailed(`cancelled (${results.meta.interrupted}): partial results written to ${resultsPath}`);
  else if (verdict.failed) core.setFailed(`performance gate ${verdict.verdict} (fail-on: ${inputs.failOn}): see the job summary`);
}

async function appendSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).addEOL().write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}

/** Uploads the output folder as the artifact; says in a line what became of it, for the summary and comment. */
async function uploadResults(
  inputs: ActionInputs,
  ctx: RunContext,
  outputDir: string,
  signal: AbortSignal,
): Promise<{ uploaded: boolean; url?: string; line: string }> {
  try {
    const id = await withRetry(() => uploadDirectory(inputs.artifactName, outputDir), {
      signal,
      baseMs: RETRY_BASE_MS,
      onRetry: retryNotice('the artifact upload'),
    });
    const url = id ? `${ctx.runUrl}/artifacts/${id}` : undefined;
    const name = `\`${inputs.artifactName}\``;
    return { uploaded: true, url, line: `HTML report and results.json in the ${url ? `[${name} artifact](${url})` : `${name} artifact`}` };
  } catch (error) {
    core.warning(`could not upload the ${inputs.artifactName} artifact (${describeApiError(error)}); the files are in ${outputDir}`);
    return {
      uploaded: false,
      line: `_The ${inputs.artifactName} artifact could not be uploaded (${describeApiError(error)}); the figures above are all this run kept._`,
    };
  }
}

/** Appends this run to the baseline history and saves it to the store; a failure is a warning. */
async function saveBaseline(
  inputs: ActionInputs,
  ctx: RunContext,
  profile: Profile,
  results: Results,
  outputDir: string,
  store: BaselineStore,
  previous: BaselineFile | undefined,
  signal: AbortSignal,
): Promise<void> {
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
    core.warning(`could not save the baseline: ${describeApiError(error)}`);
  }
}
