import { readFileSync } from 'node:fs';

/** What the action needs to know of the run GitHub started, read from its variables and event file. */
export interface RunContext {
  owner: string;
  repo: string;
  runId: number;
  eventName: string;
  ref: string;
  sha: string;
  defaultBranch: string | undefined;
  /** Pull request number on pull_request events. */
  prNumber: number | undefined;
  baseRef: string | undefined;
  baseSha: string | undefined;
  /** The workflow file name (e.g. "perf.yml"), to find earlier runs of the same workflow. */
  workflowFile: string | undefined;
  serverUrl: string;
  /** workflow_run events: the run that triggered this one. */
  triggeringRunId: number | undefined;
  runUrl: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  /** The event payload's few fields we read; anything else in it is ignored. */
  let event: {
    pull_request?: { number?: unknown; base?: { ref?: string; sha?: string } };
    repository?: { default_branch?: string };
    workflow_run?: { id?: unknown };
  } = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      event = {};
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const workflowFile = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1];
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = Number(env.GITHUB_RUN_ID ?? 0);
  const pr = event.pull_request;
  return {
    owner,
    repo,
    runId,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    defaultBranch: event.repository?.default_branch,
    prNumber: typeof pr?.number === 'number' ? pr.number : undefined,
    baseRef: pr?.base?.ref,
    baseSha: pr?.base?.sha,
    workflowFile,
    serverUrl,
    triggeringRunId: typeof event.workflow_run?.id === 'number' ? event.workflow_run.id : undefined,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
  };
}
