import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AbResults } from '../../src/results/ab.js';
import { FakeGitHub } from '../fakes/github.js';
import { runActionSteps } from '../helpers/action.js';
import { CLI } from '../helpers/cli.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], { cwd, encoding: 'utf8' }).trim();

describe('the action with compare: base (a local git repository, the fake GitHub API)', () => {
  let github: FakeGitHub;
  let workspace: string;
  let baseSha: string;
  let headSha: string;

  beforeAll(async () => {
    github = await new FakeGitHub().start();
    workspace = await mkdtemp(join(tmpdir(), 'llm-load-ab-ws-'));
    git(workspace, 'init', '-q', '-b', 'main');
    await writeFile(
      join(workspace, 'llm-load.yml'),
      [
        'name: ab-service',
        'target: http://127.0.0.1:${LLM_LOAD_PORT}',
        'stack: {command: "sh start.sh ${LLM_LOAD_PORT}", health: "http://127.0.0.1:${LLM_LOAD_PORT}/health", timeout: 20s}',
        'load: {executor: constant-vus, vus: 2, duration: 30s}',
        'scenarios:',
        '  chat: {flow: [{request: POST /v1/chat/completions, json: {messages: [{role: user, content: hi}], stream: true}, llm: openai-sse}]}',
      ].join('\n'),
    );
    const start = (ttft: number) => `exec "${process.execPath}" "${CLI}" mock --port "$1" --ttft ${ttft}ms --itl 2ms --output-tokens 8\n`;
    await writeFile(join(workspace, 'start.sh'), start(40));
    git(workspace, 'add', '.');
    git(workspace, 'commit', '-q', '-m', 'base');
    baseSha = git(workspace, 'rev-parse', 'HEAD');
    await writeFile(join(workspace, 'start.sh'), start(52)); // the PR makes the first token 30 % slower
    git(workspace, 'commit', '-q', '-am', 'head');
    headSha = git(workspace, 'rev-parse', 'HEAD');
  });
  afterAll(async () => {
    await github.close();
    await rm(workspace, { recursive: true, force: true });
  });

  it("checks the base out beside the PR, A/Bs the two stacks on the runner, fails on the PR's TTFT and comments the A/B table", async () => {
    const result = await runActionSteps({
      eventName: 'pull_request',
      event: {
        pull_request: { number: 9, base: { ref: 'main', sha: baseSha }, head: { sha: headSha } },
        repository: { default_branch: 'main' },
      },
      ref: 'refs/pull/9/merge',
      sha: headSha,
      runId: 77,
      githubUrl: github.url,
      workspace,
      inputs: {
        profile: 'llm-load.yml',
        compare: 'base',
        'compare-max-time': '15s',
        'compare-round-time': '1s',
        'github-token': 'ghs_abTestToken0123456789',
      },
    });
    expect(result.main.code, result.main.stdout).toBe(1);
    expect(result.outputs.verdict, result.main.stdout).toBe('FAIL');
    expect(result.main.stdout).toContain('both stacks up at once');
    const ab = JSON.parse(await readFile(join(workspace, 'llm-load-results', 'ab.json'), 'utf8')) as AbResults;
    expect(ab.base.metrics.ttft!.p50!).toBeLessThan(46); // the base's own start.sh
    expect(ab.head.metrics.ttft!.p50!).toBeGreaterThan(48);
    const ttft = ab.comparison.rows.find((r) => r.metric === 'ttft.p50')!;
    expect(ttft.result).toBe('FAIL');
    expect(ab.comparison.rounds).toBeGreaterThanOrEqual(3);
    const body = github.comments.get(9)!.at(-1)!.body;
    expect(body).toContain('llm-load A/B · ab-service · FAIL');
    expect(body).toMatch(/`ttft\.p50` \| [\d.]+ ms \| [\d.]+ ms \| \+\d+\.\d %/);
    expect(result.summary).toContain('A/B on this runner');
    expect(git(workspace, 'worktree', 'list').split('\n')).toHaveLength(1); // the base worktree is gone
    expect(await readdir(join(workspace, 'llm-load-results'))).toEqual(expect.arrayContaining(['ab.json', 'results.json', 'report.html']));
  }, 90_000);

  it('says what is missing on an event without a base commit', async () => {
    const result = await runActionSteps({
      eventName: 'push',
      event: { repository: { default_branch: 'main' } },
      ref: 'refs/heads/feature',
      sha: headSha,
      runId: 78,
      githubUrl: github.url,
      workspace,
      inputs: { profile: 'llm-load.yml', compare: 'base', 'compare-round-time': 'soon', 'github-token': 'x' },
    });
    expect(result.main.code).toBe(1);
    expect(result.main.stdout).toContain('input compare-round-time: expected a duration like "10s" or "3m", got "soon"');
  }, 30_000);
});
