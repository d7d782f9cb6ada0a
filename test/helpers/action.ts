import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runtimeToken } from '../fakes/github.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const FAKE_BIN = fileURLToPath(new URL('../fakes/bin', import.meta.url));

export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ActionRun {
  main: StepResult;
  post: StepResult;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** Every file command and log the run wrote, for secret greps. */
  written: string;
}

/** Reads a GitHub file command file (`name<<DELIM\nvalue\nDELIM`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function step(script: string, env: NodeJS.ProcessEnv, cwd: string, onStart?: (pid: number) => void): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, script)], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.on('spawn', () => onStart?.(child.pid!));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ActionOptions {
  inputs: Record<string, string>;
  eventName: 'pull_request' | 'push' | 'workflow_run' | 'schedule';
  event: object;
  ref: string;
  sha: string;
  runId: number;
  githubUrl: string;
  workspace: string;
  env?: Record<string, string>;
  /** Put the fake docker first on PATH (default); false uses whatever docker the machine has. */
  fakeDocker?: boolean;
  /** Called with the main step's pid once it runs (to send it signals, as a cancelled job gets). */
  onMainStart?: (pid: number) => void;
}

/** Runs dist/index.js then dist/post.js as the runner does: INPUT_*, GITHUB_* variables, file commands, STATE_*. */
export async function runActionSteps(options: ActionOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-load-runner-'));
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    state: join(dir, 'state'),
    summary: join(dir, 'summary.md'),
    env: join(dir, 'env'),
    path: join(dir, 'path'),
  };
  await writeFile(files.event, JSON.stringify(options.event));
  for (const f of [files.output, files.state, files.summary, files.env, files.path]) await writeFile(f, '');
  const inputs = Object.fromEntries(Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const env: NodeJS.ProcessEnv = {
    PATH: options.fakeDocker === false ? process.env.PATH : `${FAKE_BIN}:${process.env.PATH}`,
    HOME: process.env.HOME,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo/llm-service',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: options.ref,
    GITHUB_SHA: options.sha,
    GITHUB_RUN_ID: String(options.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'perf',
    GITHUB_WORKFLOW_REF: `octo/llm-service/.github/workflows/perf.yml@${options.ref}`,
    GITHUB_JOB: 'load',
    GITHUB_ACTOR: 'dev',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.githubUrl,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(options.runId),
    ACTIONS_RESULTS_URL: `${options.githubUrl}/`,
    ACTIONS_RUNTIME_URL: `${options.githubUrl}/`,
    ...inputs,
    ...options.env,
  };
  const main = await step('index.js', env, options.workspace, options.onMainStart);
  const state = parseFileCommands(await readFile(files.state, 'utf8'));
  const postEnv = { ...env, ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])) };
  const post = await step('post.js', postEnv, options.workspace);
  const summary = await readFile(files.summary, 'utf8');
  const outputsText = await readFile(files.output, 'utf8');
  return {
    main,
    post,
    outputs: parseFileCommands(outputsText),
    state,
    summary,
    // The runner consumes ::add-mask:: commands and never shows them; everything else would be shown.
    written: [main.stdout, main.stderr, post.stdout, post.stderr, summary, outputsText, await readFile(files.state, 'utf8')]
      .join('\n')
      .replace(/^::add-mask::.*$/gm, ''),
  };
}
