import { DefaultArtifactClient } from '@actions/artifact';
import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaselineError, readBaseline, type BaselineFile } from '../gate/baseline.js';
import type { Octokit } from './comment.js';
import type { RunContext } from './context.js';

export const baselineArtifactName = (name: string) => `llm-load-baseline-${name}`;

async function filesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesIn(path)));
    else out.push(path);
  }
  return out;
}

/** Uploads every file under `dir` as one artifact of this run. */
export async function uploadDirectory(artifactName: string, dir: string, retentionDays?: number): Promise<number | undefined> {
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(artifactName, await filesIn(dir), dir, retentionDays ? { retentionDays } : {});
  return id;
}

/** Downloads an artifact of another run (findBy) into a fresh folder and returns the folder. */
export async function downloadFromRun(ctx: RunContext, token: string, artifactId: number, runId: number): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), 'llm-load-artifact-'));
  await new DefaultArtifactClient().downloadArtifact(artifactId, {
    path,
    findBy: { token, workflowRunId: runId, repositoryOwner: ctx.owner, repositoryName: ctx.repo },
  });
  return path;
}

/** Where a baseline history is kept between runs. */
export interface BaselineStore {
  load(): Promise<{ baseline?: BaselineFile; note: string }>;
  save(file: string): Promise<void>;
}

/**
 * Baselines as artifacts: runs on the default branch upload `llm-load-baseline-NAME`; a PR looks for the
 * newest successful run of the same workflow on its base branch that has one, and downloads it.
 */
export class ArtifactBaselineStore implements BaselineStore {
  constructor(
    private readonly octokit: Octokit,
    private readonly ctx: RunContext,
    private readonly token: string,
    private readonly name: string,
  ) {}

  async load(): Promise<{ baseline?: BaselineFile; note: string }> {
    const { ctx, octokit } = this;
    const branch = ctx.baseRef ?? ctx.defaultBranch ?? ctx.ref.replace(/^refs\/heads\//, '');
    if (!ctx.workflowFile) return { note: 'no baseline: GITHUB_WORKFLOW_REF does not name the workflow file' };
    const runs = await octokit.rest.actions.listWorkflowRuns({
      owner: ctx.owner,
      repo: ctx.repo,
      workflow_id: ctx.workflowFile,
      branch,
      status: 'success',
      per_page: 30,
    });
    const artifactName = baselineArtifactName(this.name);
    let expired = false;
    for (const run of runs.data.workflow_runs) {
      if (run.id === ctx.runId) continue;
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner: ctx.owner,
        repo: ctx.repo,
        run_id: run.id,
        name: artifactName,
      });
      const artifact = data.artifacts.find((a) => a.name === artifactName);
      if (!artifact) continue;
      if (artifact.expired) {
        expired = true;
        continue;
      }
      const dir = await downloadFromRun(ctx, this.token, artifact.id, run.id);
      try {
        const baseline = await readBaseline(join(dir, 'baseline.json'));
        return { baseline, note: `baseline from run ${run.id} on ${branch}` };
      } catch (error) {
        if (error instanceof BaselineError) return { note: `${error.message}: gated on the table alone` };
        throw error;
      }
    }
    return {
      note: expired
        ? `the baseline artifact ${artifactName} on ${branch} has expired (artifacts last 90 days by default): gated on the table alone; the next run on ${branch} saves a new one`
        : `no baseline yet on ${branch} (no successful run of ${ctx.workflowFile} there has ${artifactName}): gated on the table alone`,
    };
  }

  async save(file: string): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'llm-load-baseline-'));
    await copyFile(file, join(dir, 'baseline.json'));
    await uploadDirectory(baselineArtifactName(this.name), dir);
  }
}

/** A committed baseline file. */
export class FileBaselineStore implements BaselineStore {
  constructor(private readonly path: string) {}

  async load(): Promise<{ baseline?: BaselineFile; note: string }> {
    try {
      return { baseline: await readBaseline(this.path), note: `baseline: ${this.path}` };
    } catch (error) {
      if (error instanceof BaselineError) return { note: `${error.message}: gated on the table alone` };
      throw error;
    }
  }

  async save(): Promise<void> {
    // A committed file is updated by a commit, not by the action.
  }
}
