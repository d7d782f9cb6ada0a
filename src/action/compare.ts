import * as core from '@actions/core';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, StackError } from '../core/errors.js';
import { allSecrets } from '../core/secrets.js';
import type { RunContext } from '../github/context.js';
import { runAb, sidesFromCheckouts } from '../pipeline/ab.js';
import type { AbResults } from '../results/ab.js';
import type { ActionInputs } from './inputs.js';

function git(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile('git', args, { cwd, timeout: 300_000 }, (error, stdout, stderr) =>
      done({ code: error ? Number((error as { code?: unknown }).code) || 1 : 0, output: `${stdout}${stderr}`.trim() }),
    );
  });
}

/** The base commit checked out beside the workspace (fetched first when the checkout lacks it). */
async function checkOutBase(sha: string, workspace: string): Promise<string> {
  if ((await git(['cat-file', '-e', `${sha}^{commit}`], workspace)).code !== 0) {
    core.info(`compare: fetching the base commit ${sha}`);
    const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', sha], workspace);
    if (fetched.code !== 0)
      throw new StackError(
        `compare: base: could not fetch the base commit ${sha}: ${fetched.output.split('\n').at(-1)}`,
        'check out with actions/checkout and fetch-depth: 0, or let the job fetch from origin (contents: read)',
      );
  }
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), `llm-load-base-${sha.slice(0, 12)}-${randomBytes(3).toString('hex')}`);
  const added = await git(['worktree', 'add', '--detach', dir, sha], workspace);
  if (added.code !== 0)
    throw new StackError(
      `compare: base: git worktree add failed: ${added.output}`,
      'the workspace must be a git checkout (actions/checkout)',
    );
  return dir;
}

/**
 * `compare: base` on a pull request: the base commit in a worktree under RUNNER_TEMP, then an A/B of the
 * profile's stack booted from each checkout, on this runner. The worktree is removed whatever happens.
 */
export async function compareWithBase(inputs: ActionInputs, ctx: RunContext, outputDir: string, signal: AbortSignal): Promise<AbResults> {
  if (!ctx.baseSha)
    throw new ConfigError(
      'compare: base runs on pull_request events; this event has no base commit',
      'use compare: none on pushes and schedules (the history baseline gates those)',
    );
  if (!inputs.profile)
    throw new ConfigError(
      'compare: base needs the profile input: its stack is booted from both checkouts',
      'give profile: llm-load.yml with a stack: section',
    );
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const baseDir = await checkOutBase(ctx.baseSha, workspace);
  try {
    const sides = await sidesFromCheckouts(resolve(workspace, inputs.profile), baseDir, workspace);
    core.info(
      `compare: base ${ctx.baseSha.slice(0, 12)} in ${baseDir}; ${sides.mode === 'concurrent' ? 'both stacks up at once' : 'the stacks take turns'}`,
    );
    return await runAb({
      ...sides,
      maxTimeMs: inputs.compareMaxTimeMs,
      roundMs: inputs.compareRoundMs,
      seed: 1,
      failOn: inputs.failOn,
      signal,
      log: (line) => core.info(line),
      logDir: outputDir,
      engine: { secrets: allSecrets() },
    });
  } finally {
    const removed = await git(['worktree', 'remove', '--force', baseDir], workspace);
    if (removed.code !== 0) core.warning(`compare: could not remove the worktree ${baseDir}: ${removed.output}`);
  }
}
