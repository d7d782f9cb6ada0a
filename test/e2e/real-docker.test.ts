import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { FakeGitHub } from '../fakes/github.js';
import { runActionSteps } from '../helpers/action.js';
import { runCli } from '../helpers/cli.js';
import { closedPort } from '../helpers/server.js';

/**
 * The whole action against a real Docker engine and docker-compose, opt-in with LLM_LOAD_REAL_DOCKER=1
 * (.ci/run sets it when it could install and start Docker). No image can be pulled here, so the service
 * image is built FROM scratch out of files on this machine: the node binary, its libraries, our CLI.
 */
const enabled = process.env.LLM_LOAD_REAL_DOCKER === '1';
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

async function buildContext(dir: string): Promise<void> {
  const node = await realpath(process.execPath);
  await copyFile(node, join(dir, 'node'));
  const libs = execFileSync('ldd', [node], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /(\/\S+) \(0x/.exec(line)?.[1])
    .filter((lib): lib is string => lib !== undefined);
  for (const lib of libs) {
    await mkdir(join(dir, dirname(lib)), { recursive: true });
    await copyFile(await realpath(lib), join(dir, lib));
  }
  await mkdir(join(dir, 'app'));
  // The CLI's entry loads its bundle (and, with --workers, the worker bundle) from beside itself.
  for (const file of ['cli.js', 'cli-main.js', 'worker.js']) await copyFile(join(DIST, file), join(dir, 'app', file));
  await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\nENTRYPOINT ["/node", "/app/cli.js"]\n');
}

describe.skipIf(!enabled)('the action against a real Docker engine (LLM_LOAD_REAL_DOCKER=1)', () => {
  let github: FakeGitHub;
  let workspace: string;
  let port: number;

  beforeAll(async () => {
    github = await new FakeGitHub().start();
    workspace = await mkdtemp(join(tmpdir(), 'llm-load-docker-'));
    port = await closedPort();
    await mkdir(join(workspace, 'service'));
    await buildContext(join(workspace, 'service'));
    await writeFile(
      join(workspace, 'docker-compose.yml'),
      `version: "3"\nservices:\n  llm:\n    build: ./service\n    network_mode: host\n    command: ["mock", "--port", "${port}", "--ttft", "20ms", "--itl", "2ms", "--output-tokens", "8"]\n`,
    );
    await writeFile(
      join(workspace, 'llm-load.yml'),
      `name: real-docker\ntarget: http://127.0.0.1:${port}\nload: {executor: constant-vus, vus: 2, duration: 1500ms}\nscenarios:\n  s: {flow: [{request: POST /v1/chat/completions, json: {messages: [{role: user, content: hi}], stream: true}, llm: openai-sse}]}\nthresholds:\n  ttft.p95: {critical: "<1s"}\n`,
    );
  }, 60_000);

  afterAll(async () => {
    await github?.close();
    await rm(workspace, { recursive: true, force: true });
  });

  it('builds, boots, loads, gates and takes the stack down', async () => {
    const result = await runActionSteps({
      eventName: 'push',
      event: { repository: { default_branch: 'main' } },
      ref: 'refs/heads/feature',
      sha: 'abc',
      runId: 1,
      githubUrl: github.url,
      workspace,
      fakeDocker: false,
      inputs: {
        profile: 'llm-load.yml',
        'compose-file': 'docker-compose.yml',
        'health-url': `http://127.0.0.1:${port}/health`,
        'health-timeout': '120s',
        'github-token': 'x',
      },
    });
    expect(result.main.code, result.main.stdout).toBe(0);
    expect(result.post.code).toBe(0);
    const project = (JSON.parse(result.state.compose!) as { project: string; command: string[] }).project;
    const results = JSON.parse(await readFile(result.outputs['results-path']!, 'utf8')) as Results;
    expect(results.metrics.ttft!.count).toBeGreaterThan(5);
    expect(result.outputs.verdict).toBe('PASS');
    expect(await readFile(join(workspace, 'llm-load-results', 'compose.log'), 'utf8')).toContain('llm-load mock listening');
    const left = execFileSync('docker', ['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'], {
      encoding: 'utf8',
    });
    expect(left.trim()).toBe('');
  }, 180_000);

  it('llm-load run boots the same compose project from the profile, loads, and takes it down', async () => {
    await writeFile(
      join(workspace, 'compose-profile.yml'),
      `name: real-docker-cli\ntarget: http://127.0.0.1:${port}\nstack: {compose: docker-compose.yml, health: http://127.0.0.1:${port}/health, timeout: 120s}\nload: {executor: constant-vus, vus: 2, duration: 1500ms}\nscenarios:\n  s: {flow: [{request: POST /v1/chat/completions, json: {messages: [{role: user, content: hi}], stream: true}, llm: openai-sse}]}\n`,
    );
    const run = await runCli(['run', 'compose-profile.yml', '--output', 'cli-out/results.json'], { cwd: workspace });
    expect(run.code, run.stderr).toBe(0);
    const project = /compose project (\S+):/.exec(run.stderr)?.[1];
    expect(project).toMatch(/^llm-load-real-docker-cli-[0-9a-f]{6}$/);
    const results = JSON.parse(await readFile(join(workspace, 'cli-out', 'results.json'), 'utf8')) as Results;
    expect(results.metrics.ttft!.count).toBeGreaterThan(5);
    expect(results.resources?.source).toBe(`docker stats (project ${project})`);
    expect(await readFile(join(workspace, 'cli-out', 'compose.log'), 'utf8')).toContain('llm-load mock listening');
    const left = execFileSync('docker', ['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'], {
      encoding: 'utf8',
    });
    expect(left.trim()).toBe('');
  }, 180_000);
});
