import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Results } from '../../src/results/results.js';
import { FakeGitHub } from '../fakes/github.js';
import { runActionSteps, type ActionRun } from '../helpers/action.js';
import { CLI } from '../helpers/cli.js';
import { exampleProfileFor, ROOT, shortenedProfile, WORKFLOWS, yamlIn } from '../helpers/examples.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';

/**
 * Every example workflow, and this repository's self-test (`uses: ./`), run as GitHub would run it: its llm-load step's `with:` and `env:` (with the
 * `${{ }}` expressions it uses filled in), action.yml's defaults for the rest, the bundled dist/, the fake
 * GitHub API, the fake docker, and the example profile copied to the path the workflow names. The only
 * change is time: each profile's load is scaled to about 2 s (shortenedProfile), and pr-ab's round and
 * budget inputs are cut to fit a test.
 */
interface Step {
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  steps: Step[];
  env?: Record<string, string>;
  strategy?: { matrix?: Record<string, string[]> };
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const TOKEN = 'ghs_exampleWorkflowToken0123456789';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], { cwd, encoding: 'utf8' }).trim();

describe('the example workflows, run through the bundled action', async () => {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const files = await yamlIn(WORKFLOWS);
  let github: FakeGitHub;
  let staging: MockServer;
  let runId = 9000;
  const covered = new Set<string>();
  const dirs: string[] = [];

  beforeAll(async () => {
    github = await new FakeGitHub().start();
    staging = await startMockServer({ ttftMs: 5, itlMs: 1, outputTokens: 4, seed: 3 });
  });
  afterAll(async () => {
    await github.close();
    await staging.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const expressions = (matrix: Record<string, string>): Record<string, string> => ({
    'github.token': TOKEN,
    'secrets.GITHUB_TOKEN': TOKEN,
    'vars.STAGING_URL': staging.url,
    ...Object.fromEntries(Object.entries(matrix).map(([k, v]) => [`matrix.${k}`, v])),
  });
  const expand = (value: unknown, context: Record<string, string>): string =>
    String(value).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
      if (!(name in context)) throw new Error(`the harness does not model \${{ ${name} }}: add it to expressions()`);
      return context[name]!;
    });

  const ours = (step: Step) => step.uses === './' || Boolean(step.uses?.includes('llm-load-action'));
  /** Where a workflow's `profile:` comes from: this repository's own file for `uses: ./`, else the example. */
  const profileSource = (step: Step, profile: string) => (step.uses === './' ? join(ROOT, profile) : exampleProfileFor(profile));
  const readWorkflow = async (file: string) => parse(await readFile(join(ROOT, file), 'utf8')) as Workflow;

  /**
   * A user's repository: the profiles the workflow names, a compose file for those that boot one; for
   * `uses: ./`, this repository's dist/.
   */
  async function workspaceFor(file: string): Promise<string> {
    const workflow = await readWorkflow(file);
    const dir = await mkdtemp(join(tmpdir(), 'llm-load-example-'));
    dirs.push(dir);
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps.filter(ours)) {
        if (step.uses === './' && !existsSync(join(dir, 'dist'))) await symlink(join(ROOT, 'dist'), join(dir, 'dist'));
        const profile = step.with?.profile;
        if (!profile) continue;
        await mkdir(dirname(join(dir, profile)), { recursive: true });
        const text = await shortenedProfile(profileSource(step, profile));
        await writeFile(join(dir, profile), text);
        const compose = (parse(text) as { stack?: { compose?: string } }).stack?.compose;
        if (compose) await writeFile(join(dir, compose), "services:\n  api:\n    build: .\n    ports: ['${LLM_LOAD_PORT:-8000}:8000']\n");
      }
    // The user's service that ab-service.yml starts from each checkout: here, the mock on the given port.
    await writeFile(
      join(dir, 'server.js'),
      `const { spawn } = require('node:child_process');\n` +
        `const child = spawn(process.execPath, [${JSON.stringify(CLI)}, 'mock', ...process.argv.slice(2), '--ttft', '20ms', '--itl', '2ms'], { stdio: 'inherit' });\n` +
        `for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));\n` +
        `child.on('exit', (code) => process.exit(code ?? 0));\n`,
    );
    return dir;
  }

  const EVENTS = {
    pull_request: (pr: number) => ({
      eventName: 'pull_request' as const,
      event: {
        pull_request: { number: pr, base: { ref: 'main', sha: 'base0' }, head: { sha: 'head1' } },
        repository: { default_branch: 'main' },
      },
      ref: `refs/pull/${pr}/merge`,
      sha: 'head1',
    }),
    push: () => ({
      eventName: 'push' as const,
      event: { repository: { default_branch: 'main' } },
      ref: 'refs/heads/main',
      sha: `main${runId}`,
    }),
    schedule: () => ({
      eventName: 'schedule' as const,
      event: { repository: { default_branch: 'main' } },
      ref: 'refs/heads/main',
      sha: 'main1',
    }),
    workflow_run: (triggering: number) => ({
      eventName: 'workflow_run' as const,
      event: { workflow_run: { id: triggering, event: 'pull_request' }, repository: { default_branch: 'main' } },
      ref: 'refs/heads/main',
      sha: 'main2',
    }),
  };

  /** Runs each llm-load step of `jobName` (once per matrix entry) with the workflow's own inputs and env. */
  async function runJob(
    file: string,
    jobName: string,
    event: ReturnType<(typeof EVENTS)[keyof typeof EVENTS]>,
    options: { workspace: string; runId: number; override?: Record<string, string> },
  ): Promise<ActionRun[]> {
    covered.add(file);
    const workflow = await readWorkflow(file);
    const job = workflow.jobs[jobName]!;
    const matrix = job.strategy?.matrix ?? {};
    const entries = Object.keys(matrix).length ? matrix[Object.keys(matrix)[0]!]!.map((v) => ({ [Object.keys(matrix)[0]!]: v })) : [{}];
    const runs: ActionRun[] = [];
    for (const entry of entries) {
      const context = expressions(entry);
      for (const step of job.steps.filter(ours)) {
        const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, context)]));
        const defaults = Object.fromEntries(
          Object.entries(action.inputs).flatMap(([k, spec]) => (spec.default === undefined ? [] : [[k, expand(spec.default, context)]])),
        );
        const env = Object.fromEntries(
          Object.entries({ ...workflow.env, ...job.env, ...step.env }).map(([k, v]) => [k, expand(v, context)]),
        );
        runs.push(
          await runActionSteps({
            ...event,
            runId: options.runId,
            githubUrl: github.url,
            workspace: options.workspace,
            inputs: { ...defaults, ...given, 'output-dir': `out-${runs.length}-${options.runId}`, ...options.override },
            env: {
              ...env,
              FAKE_DOCKER_DIR: options.workspace,
              FAKE_DOCKER_UP: `exec "${process.execPath}" "${CLI}" mock --port "$LLM_LOAD_PORT" --ttft 5ms --itl 1ms --output-tokens 4`,
            },
          }),
        );
      }
    }
    for (const run of runs) expect(run.main.code, run.main.stdout + run.main.stderr).toBe(0);
    return runs;
  }
  const example = (name: string) => `examples/workflows/${name}`;
  const commentsOn = (pr: number) => (github.comments.get(pr) ?? []).filter((c) => c.body.includes('<!-- llm-load-action:'));

  it('pr-gate.yml: a push to main saves the baseline, the pull request is gated against it and commented', async () => {
    const workspace = await workspaceFor(example('pr-gate.yml'));
    const pushRun = ++runId;
    const [push] = await runJob(example('pr-gate.yml'), 'load', EVENTS.push(), { workspace, runId: pushRun });
    expect(push!.main.stdout).toContain('baseline saved: 1 run(s) of chat-service');
    github.runs.unshift({ id: pushRun, branch: 'main', workflow: 'perf.yml', conclusion: 'success' });
    const [pr] = await runJob(example('pr-gate.yml'), 'load', EVENTS.pull_request(21), { workspace, runId: ++runId });
    expect(pr!.outputs.verdict).not.toBe('FAIL'); // a 2 s run: some rows are INSUFFICIENT, none fail
    expect(commentsOn(21)).toHaveLength(1);
    expect(commentsOn(21)[0]!.body).toContain('baseline: median of the last 1 run of chat-service');
    expect(commentsOn(21)[0]!.body).toContain('`latency.p95{POST /conversations}`');
  }, 60_000);

  it('fork-safe-pr.yml then fork-safe-comment.yml: the first uploads and never comments, the second comments', async () => {
    const workspace = await workspaceFor(example('fork-safe-pr.yml'));
    const prRun = ++runId;
    await runJob(example('fork-safe-pr.yml'), 'load', EVENTS.pull_request(22), { workspace, runId: prRun });
    expect(commentsOn(22)).toHaveLength(0);
    expect(github.artifacts.some((a) => a.runId === prRun && a.name === 'llm-load-results')).toBe(true);
    const commentDir = await workspaceFor(example('fork-safe-comment.yml'));
    await runJob(example('fork-safe-comment.yml'), 'comment', EVENTS.workflow_run(prRun), { workspace: commentDir, runId: ++runId });
    expect(commentsOn(22)).toHaveLength(1);
    expect(commentsOn(22)[0]!.body).toContain(`actions/runs/${prRun}`);
  }, 60_000);

  it('nightly-endurance.yml: the scheduled run keeps its report in the llm-load-endurance artifact', async () => {
    const workspace = await workspaceFor(example('nightly-endurance.yml'));
    const nightly = ++runId;
    const [run] = await runJob(example('nightly-endurance.yml'), 'endurance', EVENTS.schedule(), { workspace, runId: nightly });
    expect(github.artifacts.some((a) => a.runId === nightly && a.name === 'llm-load-endurance')).toBe(true);
    const results = JSON.parse(await readFile(run!.outputs['results-path']!, 'utf8')) as Results;
    expect(results.gate!.rows.map((r) => r.metric)).toContain('ttft.p95');
  }, 60_000);

  it('sharded-matrix.yml: four shards load the staging target, the merge job gates and comments once', async () => {
    const workspace = await workspaceFor(example('sharded-matrix.yml'));
    const matrixRun = ++runId;
    const shards = await runJob(example('sharded-matrix.yml'), 'load', EVENTS.pull_request(23), { workspace, runId: matrixRun });
    expect(shards).toHaveLength(4);
    expect(commentsOn(23)).toHaveLength(0);
    const [merge] = await runJob(example('sharded-matrix.yml'), 'merge', EVENTS.pull_request(23), { workspace, runId: matrixRun });
    const merged = JSON.parse(await readFile(merge!.outputs['results-path']!, 'utf8')) as Results;
    expect(merged.meta.shards!.map((s) => s.index)).toEqual([1, 2, 3, 4]);
    expect(merged.meta.target).toBe(staging.url);
    expect(commentsOn(23)).toHaveLength(1);
  }, 90_000);

  it('pr-ab.yml: the base commit is checked out beside the PR and both stacks are A/B-tested', async () => {
    const workspace = await workspaceFor(example('pr-ab.yml'));
    await writeFile(join(workspace, '.gitignore'), 'out-*/\n');
    git(workspace, 'init', '-q', '-b', 'main');
    git(workspace, 'add', '.');
    git(workspace, 'commit', '-q', '-m', 'base');
    const base = git(workspace, 'rev-parse', 'HEAD');
    git(workspace, 'commit', '-q', '--allow-empty', '-m', 'head');
    const head = git(workspace, 'rev-parse', 'HEAD');
    const event = EVENTS.pull_request(24);
    event.event.pull_request = { number: 24, base: { ref: 'main', sha: base }, head: { sha: head } };
    const [run] = await runJob(
      example('pr-ab.yml'),
      'ab',
      { ...event, sha: head },
      { workspace, runId: ++runId, override: { 'compare-round-time': '1s', 'compare-max-time': '8s' } },
    );
    expect(run!.main.stdout).toContain('both stacks up at once');
    expect(run!.summary).toContain('A/B on this runner');
    expect(commentsOn(24)).toHaveLength(1);
    expect(commentsOn(24)[0]!.body).toContain('llm-load A/B · chat-service');
  }, 90_000);

  it(".github/workflows/self-test.yml: the action gates itself from this checkout's dist/ and comments", async () => {
    const file = '.github/workflows/self-test.yml';
    const workspace = await workspaceFor(file);
    const [run] = await runJob(file, 'self-test', EVENTS.pull_request(25), { workspace, runId: ++runId });
    expect(run!.outputs.verdict).not.toBe('FAIL');
    expect(Number(run!.outputs['ttft-p95-ms'])).toBeGreaterThanOrEqual(50);
    expect(commentsOn(25)).toHaveLength(1);
    expect(commentsOn(25)[0]!.body).toContain('llm-load · self-test');
  }, 60_000);

  it('runs every example workflow and the self-test', () => {
    expect([...covered].sort()).toEqual([...files.map(example), '.github/workflows/self-test.yml'].sort());
  });
});
