import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { FakeGitHub } from '../fakes/github.js';
import { runActionSteps, type ActionRun } from '../helpers/action.js';
import { CLI } from '../helpers/cli.js';
import { closedPort } from '../helpers/server.js';

const TOKEN = 'ghs_canaryTokenForTests0123456789';
const MARKER = '<!-- llm-load-action:chat-service -->';

describe('the bundled action (dist/index.js then dist/post.js, as GitHub runs them)', () => {
  let github: FakeGitHub;
  let workspace: string;
  let port: number;
  let dockerLog: string;
  let runId = 5000;

  beforeAll(async () => {
    github = await new FakeGitHub().start();
    workspace = await mkdtemp(join(tmpdir(), 'llm-load-ws-'));
    port = await closedPort();
    dockerLog = join(workspace, 'docker-argv.log');
    await writeFile(join(workspace, 'docker-compose.llm-only.yml'), 'services:\n  llm:\n    build: .\n');
    await writeFile(
      join(workspace, 'llm-load.yml'),
      [
        'name: chat-service',
        `target: http://127.0.0.1:${port}`,
        'stack: {env: {MOCK_MISTRAL: "true"}}',
        'load: {executor: constant-vus, vus: 3, duration: 1500ms}',
        'scenarios:',
        '  chat:',
        '    flow:',
        '      - {request: POST /v1/chat/completions, json: {model: m, messages: [{role: user, content: hi}], stream: true, stream_options: {include_usage: true}}, llm: openai-sse}',
        'thresholds:',
        '  ttft.p95: {target: "<2s", critical: "<5s"}',
        '  error_rate: {critical: "<1%"}',
        // A baseline of one 1.5 s run on a shared 2-core box is noise-bound: regressions warn here, so the
        // job's code shows the plumbing (baseline found, deltas shown), not CPU weather. The gate tests fail them.
        'regression: {severity: warn}',
      ].join('\n'),
    );
    // 150 comments by others first, so finding ours needs the second page.
    for (let i = 0; i < 150; i++) github.addComment(7, `comment ${i}`);
  });
  afterAll(async () => {
    await github.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const run = (
    eventName: 'pull_request' | 'push',
    extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
  ): Promise<ActionRun> => {
    runId++;
    const pr = eventName === 'pull_request';
    return runActionSteps({
      eventName,
      event: pr
        ? {
            pull_request: { number: 7, base: { ref: 'main', sha: 'base000' }, head: { sha: 'head111' } },
            repository: { default_branch: 'main' },
          }
        : { repository: { default_branch: 'main' } },
      ref: pr ? 'refs/pull/7/merge' : 'refs/heads/main',
      sha: pr ? 'head111' : `main${runId}`,
      runId,
      githubUrl: github.url,
      workspace,
      inputs: {
        profile: 'llm-load.yml',
        'compose-file': 'docker-compose.llm-only.yml',
        'health-url': `http://127.0.0.1:${port}/health`,
        'health-timeout': '20s',
        'github-token': TOKEN,
        'output-dir': `out-${runId}`,
        ...extra.inputs,
      },
      env: {
        FAKE_DOCKER_DIR: workspace,
        FAKE_DOCKER_LOG: dockerLog,
        FAKE_DOCKER_UP: `"${process.execPath}" "${CLI}" mock --port ${port} --ttft 30ms --itl 2ms --output-tokens 8`,
        ...extra.env,
      },
    });
  };

  const ours = () => (github.comments.get(7) ?? []).filter((c) => c.body.includes(MARKER));

  it('first PR run boots compose, gates, writes the summary, creates the comment; post takes the stack down', async () => {
    const result = await run('pull_request');
    expect(result.main.code, result.main.stdout + result.main.stderr).toBe(0);
    expect(result.post.code).toBe(0);
    const argv = (await readFile(dockerLog, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
    const project = result.state.compose ? (JSON.parse(result.state.compose) as { project: string }).project : '';
    expect(project).toMatch(/^llm-load-\d+-[0-9a-f]{6}$/);
    expect(argv).toContainEqual(['compose', '-f', 'docker-compose.llm-only.yml', '-p', project, 'up', '-d', '--build']);
    expect(argv).toContainEqual(['compose', '-f', 'docker-compose.llm-only.yml', '-p', project, 'down', '-v', '--remove-orphans']);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow(); // down stopped the service

    expect(result.outputs.verdict).toBe('PASS');
    expect(Number(result.outputs['ttft-p95-ms'])).toBeGreaterThan(25);
    expect(result.summary).toContain('| Metric | Baseline | Current | Δ | Tolerance | Target | Critical | Result |');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('`ttft.p95`');
    expect(ours()[0]!.body).toContain('no baseline yet on main');
    expect(result.outputs['comment-url']).toContain('#issuecomment-');
    expect(ours()[0]!.body).toMatch(
      /HTML report and results\.json in the \[`llm-load-results` artifact\]\(https:\/\/github\.com\/octo\/llm-service\/actions\/runs\/\d+\/artifacts\/\d+\)/,
    );
    expect(ours()[0]!.body).toContain('```mermaid');
    const results = JSON.parse(await readFile(result.outputs['results-path']!, 'utf8')) as Results;
    expect(results.totals.failures).toBe(0);
    expect(results.resources!.source).toBe(`docker stats (project ${project})`);
    expect(results.resources!.services.llm!.peakMemoryMB).toBeGreaterThan(10); // the mock's real RSS, as docker stats reports it
    expect(await readdir(join(workspace, `out-${runId}`))).toEqual(
      expect.arrayContaining(['results.json', 'report.html', 'report.md', 'pr.json', 'compose.log']),
    );
    expect(github.artifacts.some((a) => a.runId === runId && a.name === 'llm-load-results')).toBe(true);
    expect(result.written).not.toContain(TOKEN);
  }, 60_000);

  it('a second PR run updates the same comment instead of adding one', async () => {
    const before = github.comments.get(7)!.length;
    const result = await run('pull_request');
    expect(result.main.code).toBe(0);
    expect(github.comments.get(7)!.length).toBe(before);
    expect(ours()).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  }, 60_000);

  it('a push to main saves the baseline artifact; the next PR finds it and shows deltas', async () => {
    const push = await run('push');
    expect(push.main.code, push.main.stdout).toBe(0);
    expect(push.main.stdout).toContain('baseline saved: 1 run(s) of chat-service');
    const saved = github.artifacts.find((a) => a.runId === runId && a.name === 'llm-load-baseline-chat-service');
    expect(saved).toBeDefined();
    github.runs.unshift({ id: runId, branch: 'main', workflow: 'perf.yml', conclusion: 'success' });

    const pr = await run('pull_request');
    expect(pr.main.code).toBe(0);
    const body = ours()[0]!.body;
    expect(body).toContain('baseline: median of the last 1 run of chat-service');
    expect(body).toMatch(/\| `ttft\.p95` \| \d+(\.\d+)? ms \| \d+(\.\d+)? ms \| [+−]\d+\.\d % \|/);
    expect(github.requests.some((r) => r.path.startsWith('/blob-download/'))).toBe(true);
    expect(pr.written).not.toContain(TOKEN);
    for (const request of github.requests) expect(request.body).not.toContain(TOKEN);
  }, 90_000);

  it('says so when the baseline artifact has expired, and gates on the table alone', async () => {
    const baselines = github.artifacts.filter((a) => a.name === 'llm-load-baseline-chat-service');
    for (const a of baselines) a.expired = true;
    try {
      const result = await run('pull_request');
      expect(result.main.code).toBe(0);
      expect(ours()[0]!.body).toContain('has expired (artifacts last 90 days by default): gated on the table alone');
    } finally {
      for (const a of baselines) a.expired = false;
    }
  }, 60_000);

  it('a 403 on the comment (fork PR) becomes a notice; the job still passes with summary and artifact', async () => {
    github.commentStatus = 403;
    try {
      const result = await run('pull_request');
      expect(result.main.code).toBe(0);
      expect(result.main.stdout).toMatch(/::notice::No permission to comment on PR #7/);
      expect(result.summary).toContain('chat-service');
      expect(github.artifacts.some((a) => a.runId === runId && a.name === 'llm-load-results')).toBe(true);
    } finally {
      github.commentStatus = undefined;
    }
  }, 60_000);

  it('health that never comes fails clearly with the service logs, and post still runs down', async () => {
    const result = await run('pull_request', {
      inputs: { 'health-timeout': '1500ms' },
      env: { FAKE_DOCKER_UP: `"${process.execPath}" -e "console.log('model weights missing'); setInterval(() => {}, 1000)"` },
    });
    expect(result.main.code).toBe(1);
    expect(result.main.stdout).toContain(
      `::error::the stack did not become healthy within 1.5s (http://127.0.0.1:${port}/health: ECONNREFUSED)`,
    );
    expect(result.main.stdout).toContain('docker compose ps');
    expect(result.main.stdout).toContain('llm-1  | model weights missing');
    const argv = (await readFile(dockerLog, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
    expect(argv.at(-1)!.slice(-3)).toEqual(['down', '-v', '--remove-orphans']);
  }, 60_000);

  it("mode: comment comments from the triggering run's artifact (the fork-safe workflow_run half)", async () => {
    const prRun = github.artifacts.filter((a) => a.name === 'llm-load-results').at(-1)!.runId;
    github.comments.set(8, []);
    runId++;
    const result = await runActionSteps({
      eventName: 'workflow_run',
      event: { workflow_run: { id: prRun, event: 'pull_request' }, repository: { default_branch: 'main' } },
      ref: 'refs/heads/main',
      sha: 'main999',
      runId,
      githubUrl: github.url,
      workspace,
      inputs: { mode: 'comment', 'github-token': TOKEN },
    });
    expect(result.main.code, result.main.stdout).toBe(0);
    expect(ours()).toHaveLength(1); // the pull request's comment (#7) was updated, not duplicated
    expect(ours()[0]!.body).toContain(`actions/runs/${prRun}`);
    expect(result.summary).toContain('chat-service');
    expect(result.written).not.toContain(TOKEN);
  }, 30_000);

  it('comment: on-alert creates no comment while everything passes', async () => {
    github.comments.set(9, []);
    const result = await runActionSteps({
      eventName: 'pull_request',
      event: { pull_request: { number: 9, base: { ref: 'main', sha: 'b' }, head: { sha: 'h' } }, repository: { default_branch: 'main' } },
      ref: 'refs/pull/9/merge',
      sha: 'h',
      runId: ++runId,
      githubUrl: github.url,
      workspace,
      inputs: {
        profile: 'llm-load.yml',
        'start-command': `"${process.execPath}" "${CLI}" mock --port ${port} --ttft 5ms --itl 1ms --output-tokens 4`,
        'health-url': `http://127.0.0.1:${port}/health`,
        'github-token': TOKEN,
        comment: 'on-alert',
        'output-dir': `out-${runId}`,
      },
    });
    expect(result.main.code, result.main.stdout).toBe(0);
    expect(result.outputs.verdict).toBe('PASS');
    expect(github.comments.get(9)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow(); // start-command stopped
  }, 30_000);

  it('comment: always comments on the commit when there is no pull request', async () => {
    const result = await run('push', { inputs: { comment: 'always', 'save-baseline': 'false' } });
    expect(result.main.code).toBe(0);
    expect(github.commitComments.at(-1)!.sha).toBe(`main${runId}`);
    expect(github.commitComments.at(-1)!.body).toContain('chat-service');
    expect(result.outputs['comment-url']).toContain('#commitcomment-');
  }, 60_000);

  it('a matrix of shards uploads their parts; mode: merge merges them exactly, gates and comments once', async () => {
    github.comments.set(11, []);
    const matrixRun = ++runId;
    const job = (inputs: Record<string, string>) =>
      runActionSteps({
        eventName: 'pull_request',
        event: {
          pull_request: { number: 11, base: { ref: 'main', sha: 'b' }, head: { sha: 'h' } },
          repository: { default_branch: 'main' },
        },
        ref: 'refs/pull/11/merge',
        sha: 'h',
        runId: matrixRun,
        githubUrl: github.url,
        workspace,
        inputs: { profile: 'llm-load.yml', 'github-token': TOKEN, ...inputs },
      });
    const shards = [];
    for (const shard of ['1/2', '2/2']) {
      shards.push(
        await job({
          shard,
          'start-command': `"${process.execPath}" "${CLI}" mock --port ${port} --ttft 5ms --itl 1ms --output-tokens 4`,
          'health-url': `http://127.0.0.1:${port}/health`,
          'output-dir': `out-shard-${shard.replace('/', '-')}`,
        }),
      );
    }
    for (const s of shards) expect(s.main.code, s.main.stdout).toBe(0);
    expect(github.comments.get(11)).toEqual([]); // shards do not comment
    expect(
      github.artifacts
        .filter((a) => a.runId === matrixRun)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['llm-load-results-shard-1', 'llm-load-results-shard-2']);
    const merge = await job({ mode: 'merge', 'output-dir': 'out-merged' });
    expect(merge.main.code, merge.main.stdout).toBe(0);
    expect(merge.main.stdout).toMatch(/merged 2 shard\(s\); start skew \d/);
    const merged = JSON.parse(await readFile(merge.outputs['results-path']!, 'utf8')) as Results;
    const parts = await Promise.all(shards.map(async (s) => JSON.parse(await readFile(s.outputs['results-path']!, 'utf8')) as Results));
    expect(merged.totals.requests).toBe(parts[0]!.totals.requests + parts[1]!.totals.requests);
    expect(merged.meta.shards!.map((s) => s.index)).toEqual([1, 2]);
    expect(github.comments.get(11)).toHaveLength(1);
    expect(merged.gate!.rows.map((r) => r.metric)).toContain('ttft.p95');
  }, 60_000);

  it('retries comment and artifact calls on 5xx with backoff, never on 4xx; neither loses the results', async () => {
    github.failures.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502, times: 1 });
    github.failures.push({ method: 'POST', path: /CreateArtifact$/, status: 503, times: 1 });
    github.comments.set(7, []);
    const creates = github.requests.filter((r) => r.path.endsWith('/CreateArtifact')).length;
    const retried = await run('pull_request', { env: { LLM_LOAD_RETRY_BASE_MS: '50' } });
    expect(retried.main.code, retried.main.stdout).toBe(0);
    expect(retried.main.stdout).toContain('retrying the PR comment (attempt 2)');
    // The artifact client retries its own service calls; our retry wraps it for what it gives up on.
    expect(github.requests.filter((r) => r.path.endsWith('/CreateArtifact')).length - creates).toBeGreaterThanOrEqual(2);
    expect(ours()).toHaveLength(1);
    expect(github.artifacts.some((a) => a.runId === runId && a.name === 'llm-load-results')).toBe(true);

    github.failures.push({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 422, times: 1 });
    const before = github.requests.length;
    const refused = await run('pull_request', { env: { LLM_LOAD_RETRY_BASE_MS: '50' } });
    expect(refused.main.code).toBe(0); // the gate's verdict, not the comment, decides the job
    expect(refused.main.stdout).toContain('::warning::could not post the PR comment');
    expect(github.requests.slice(before).filter((r) => r.method === 'PATCH')).toHaveLength(1); // no retry on 4xx
    expect(refused.outputs['results-path']).toBeTruthy();
    await expect(readFile(refused.outputs['results-path']!, 'utf8')).resolves.toContain('llm-load/results@1');
  }, 90_000);

  it('says which input is wrong', async () => {
    const result = await run('pull_request', { inputs: { 'fail-on': 'sometimes' } });
    expect(result.main.code).toBe(1);
    expect(result.main.stdout).toContain('::error::input fail-on: expected one of critical, warn, never, got "sometimes"');
    // The shorthands are inputs here, not the CLI's flags.
    const shorthand = await run('pull_request', { inputs: { profile: '', url: 'http://127.0.0.1:9/', users: 'lots' } });
    expect(shorthand.main.code).toBe(1);
    expect(shorthand.main.stdout).toContain(
      '::error::input users: expected a whole number of at least 1, got "lots"%0Ahint: e.g. input users 10',
    );
    expect(shorthand.main.stdout).not.toContain('--users');
  }, 30_000);

  it('mode: merge with no shard artifacts says what is missing and how to make it, without booting anything', async () => {
    const before = (await readFile(dockerLog, 'utf8').catch(() => '')).length;
    const result = await run('push', { inputs: { mode: 'merge' } });
    expect(result.main.code).toBe(1);
    expect(result.main.stdout).toContain(`::error::this run has no llm-load-results-shard-* artifacts to merge`);
    expect(result.main.stdout).toContain('hint: the matrix jobs run the action with shard: I/K before the merge job');
    expect((await readFile(dockerLog, 'utf8').catch(() => '')).length).toBe(before); // no stack for a merge
  }, 30_000);

  it('an artifact that could not be uploaded is not promised: the comment and summary say so in words', async () => {
    github.failures.push({ method: 'POST', path: /CreateArtifact$/, status: 403, times: 20 });
    const result = await run('pull_request', { env: { LLM_LOAD_RETRY_BASE_MS: '50' } });
    github.failures.length = 0;
    expect(result.main.code, result.main.stdout).toBe(0);
    const body = ours()[0]!.body;
    expect(body).not.toContain('HTML report and results.json in the');
    expect(body).toContain('The llm-load-results artifact could not be uploaded');
    expect(result.summary).toContain('could not be uploaded');
    expect(result.main.stdout).toContain('::warning::could not upload the llm-load-results artifact');
    expect(result.main.stdout).not.toContain('https://docs.github.com');
  }, 60_000);

  it("a GitHub App token finds its own sticky comment by GraphQL's viewer, not another bot's with the same marker", async () => {
    const other = github.addComment(7, `${MARKER}\nwritten by the GITHUB_TOKEN of another workflow`, 'github-actions[bot]');
    github.identity = 'llm-load-app[bot]';
    try {
      const first = await run('pull_request');
      expect(first.main.code, first.main.stdout).toBe(0);
      const byApp = () => ours().filter((c) => c.user.login === 'llm-load-app[bot]');
      expect(byApp()).toHaveLength(1);
      const second = await run('pull_request');
      expect(second.main.code, second.main.stdout).toBe(0);
      expect(byApp()).toHaveLength(1); // updated, not added
      expect(other.body).toContain('another workflow');
      expect(second.main.stdout).not.toContain('::warning::');
    } finally {
      github.identity = 'github-actions[bot]';
    }
  }, 90_000);
});
