import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { FAKE_BIN } from '../helpers/action.js';
import { CLI, runCli } from '../helpers/cli.js';
import { closedPort, processRunning } from '../helpers/server.js';

describe('stack.command: boot, health wait, load, teardown (bundled CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-stack-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts the mock as the stack, waits for health, runs, and tears it down', async () => {
    const port = await closedPort();
    const profile = join(dir, 'stack.yml');
    await writeFile(
      profile,
      [
        'name: stacked',
        `target: http://127.0.0.1:${port}`,
        'stack:',
        `  command: '"${process.execPath}" "${CLI}" mock --port ${port} --ttft 5ms --itl 1ms --output-tokens 5'`,
        `  health: http://127.0.0.1:${port}/health`,
        '  timeout: 20s',
        'load: {executor: constant-vus, vus: 2, duration: 1s}',
        'scenarios:',
        '  chat: {flow: [{request: POST /v1/chat/completions, json: {messages: [{role: user, content: hi}], stream: true}, llm: openai-sse}]}',
      ].join('\n'),
    );
    const output = join(dir, 'out', 'results.json');
    const run = await runCli(['run', profile, '--output', output]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('stack: healthy');
    const results = JSON.parse(await readFile(output, 'utf8')) as Results;
    expect(results.totals.failures).toBe(0);
    expect(results.metrics.ttft!.count).toBeGreaterThan(10);
    expect(await readFile(join(dir, 'out', 'stack.log'), 'utf8')).toContain(`listening on http://127.0.0.1:${port}`);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow(); // torn down
  }, 30_000);

  it('fails with exit 3, the health status and the stack log when health never comes, and still tears down', async () => {
    const port = await closedPort();
    const pidFile = join(dir, 'pid');
    const profile = join(dir, 'unhealthy.yml');
    const script = join(dir, 'slow-service.cjs');
    await writeFile(
      script,
      `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); console.log('booting the service'); setInterval(() => {}, 1000);`,
    );
    await writeFile(
      profile,
      [
        `target: http://127.0.0.1:${port}`,
        'stack:',
        `  command: '"${process.execPath}" "${script}"'`,
        `  health: [http://127.0.0.1:${port}/health]`,
        '  timeout: 1500ms',
        'load: {executor: constant-vus, vus: 1, duration: 1s}',
        'scenarios: {a: {flow: [{request: GET /}]}}',
      ].join('\n'),
    );
    const run = await runCli(['run', profile, '--output', join(dir, 'bad', 'results.json')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`the stack did not become healthy within 1.5s (http://127.0.0.1:${port}/health: ECONNREFUSED)`);
    expect(run.stderr).toContain('booting the service');
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(await processRunning(pid)).toBe(false);
  }, 30_000);

  it('gives a profile that takes its port from ${LLM_LOAD_PORT} a free one when the caller set none', async () => {
    const profile = join(dir, 'port.yml');
    await writeFile(
      profile,
      [
        'target: http://127.0.0.1:${LLM_LOAD_PORT}',
        'stack:',
        `  command: '"${process.execPath}" "${CLI}" mock --port \${LLM_LOAD_PORT} --ttft 2ms --itl 1ms --output-tokens 3'`,
        '  health: http://127.0.0.1:${LLM_LOAD_PORT}/health',
        'load: {executor: constant-vus, vus: 1, duration: 1s}',
        'scenarios: {a: {flow: [{request: POST /v1/chat/completions, json: {messages: [{role: user, content: hi}], stream: true}, llm: openai-sse}]}}',
      ].join('\n'),
    );
    const env = { ...process.env };
    delete env.LLM_LOAD_PORT;
    const run = await runCli(['run', profile, '--output', join(dir, 'port', 'results.json')], { env });
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(await readFile(join(dir, 'port', 'results.json'), 'utf8')) as Results;
    expect(results.meta.target).toMatch(/^http:\/\/127\.0\.0\.1:\d{4,5}$/);
    expect(results.totals.failures).toBe(0);
  }, 30_000);

  it('refuses a stack with both compose and command, naming the field', async () => {
    const profile = join(dir, 'both.yml');
    await writeFile(
      profile,
      'target: http://x\nstack: {compose: docker-compose.yml, command: "node server.js"}\nload: {vus: 1, duration: 1s}\nscenarios: {a: {flow: [{request: GET /}]}}\n',
    );
    const run = await runCli(['run', profile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stack.command: give stack.compose or stack.command, not both');
  });
});

describe('stack.compose: llm-load run boots a compose project as the action does (fake docker on PATH)', () => {
  let dir: string;
  let dockerLog: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-compose-'));
    dockerLog = join(dir, 'docker-argv.log');
    await writeFile(join(dir, 'docker-compose.llm-only.yml'), 'services:\n  llm:\n    build: .\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const argvs = async () =>
    (await readFile(dockerLog, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
  const composeProfile = (port: number, stack: string[]) =>
    [
      'name: Chat.Service',
      `target: http://127.0.0.1:${port}`,
      'stack:',
      ...stack,
      'load: {executor: constant-vus, vus: 2, duration: 1s}',
      'scenarios:',
      '  chat: {flow: [{request: POST /v1/chat/completions, json: {messages: [{role: user, content: hi}], stream: true}, llm: openai-sse}]}',
    ].join('\n');
  const dockerEnv = (port: number) => ({
    PATH: `${FAKE_BIN}:${process.env.PATH}`,
    FAKE_DOCKER_DIR: dir,
    FAKE_DOCKER_LOG: dockerLog,
    // The service sees the stack's environment, as a container sees compose's interpolated variables.
    FAKE_DOCKER_UP: `"${process.execPath}" "${CLI}" mock --port ${port} --ttft "$MOCK_TTFT" --itl 1ms --output-tokens 5`,
  });

  it('boots the files relative to the working directory, waits for health, samples the containers, saves the logs, and takes it down', async () => {
    const port = await closedPort();
    await writeFile(
      join(dir, 'llm-load.yml'),
      composeProfile(port, [
        '  compose: docker-compose.llm-only.yml',
        '  env: {MOCK_TTFT: 40ms}',
        `  health: http://127.0.0.1:${port}/health`,
        '  timeout: 20s',
      ]),
    );
    await rm(dockerLog, { force: true });
    const run = await runCli(['run', 'llm-load.yml', '--output', 'out/results.json'], { cwd: dir, env: dockerEnv(port) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('stack: healthy');
    const argv = await argvs();
    const up = argv.find((a) => a.includes('up'))!;
    const project = up[up.indexOf('-p') + 1]!;
    expect(project).toMatch(/^llm-load-chat-service-[0-9a-f]{6}$/);
    expect(up).toEqual(['compose', '-f', 'docker-compose.llm-only.yml', '-p', project, 'up', '-d', '--build']);
    expect(argv).toContainEqual(['compose', '-f', 'docker-compose.llm-only.yml', '-p', project, 'down', '-v', '--remove-orphans']);
    const results = JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8')) as Results;
    expect(results.totals.failures).toBe(0);
    expect(results.metrics.ttft!.p50).toBeGreaterThan(30); // the service got MOCK_TTFT from stack.env
    expect(results.resources!.source).toBe(`docker stats (project ${project})`);
    expect(await readFile(join(dir, 'out', 'compose.log'), 'utf8')).toContain(
      `llm-1  | llm-load mock listening on http://127.0.0.1:${port}`,
    );
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow(); // down stopped the service
  }, 30_000);

  it('names services, skips the build and keeps a given project name', async () => {
    const port = await closedPort();
    await writeFile(
      join(dir, 'named.yml'),
      composeProfile(port, [
        '  compose: {files: [docker-compose.llm-only.yml], services: [llm], build: false, project: my-stack}',
        '  env: {MOCK_TTFT: 1ms}',
        `  health: http://127.0.0.1:${port}/health`,
      ]),
    );
    await rm(dockerLog, { force: true });
    const run = await runCli(['run', 'named.yml', '--output', 'named/results.json', '--quiet'], { cwd: dir, env: dockerEnv(port) });
    expect(run.code, run.stderr).toBe(0);
    const argv = await argvs();
    expect(argv).toContainEqual(['compose', '-f', 'docker-compose.llm-only.yml', '-p', 'my-stack', 'up', '-d', 'llm']);
    expect(argv).toContainEqual(['compose', '-f', 'docker-compose.llm-only.yml', '-p', 'my-stack', 'down', '-v', '--remove-orphans']);
  }, 30_000);

  it('health that never comes: exit 3 with compose ps and the service logs, and the project still comes down', async () => {
    const port = await closedPort();
    const healthPort = await closedPort();
    await writeFile(
      join(dir, 'sick.yml'),
      composeProfile(port, [
        '  compose: docker-compose.llm-only.yml',
        '  env: {MOCK_TTFT: 1ms}',
        `  health: http://127.0.0.1:${healthPort}/health`,
        '  timeout: 1500ms',
      ]),
    );
    await rm(dockerLog, { force: true });
    const run = await runCli(['run', 'sick.yml', '--output', 'sick/results.json'], { cwd: dir, env: dockerEnv(port) });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('the stack did not become healthy within 1.5s');
    expect(run.stderr).toContain('--- docker compose ps ---');
    expect(run.stderr).toContain('llm-load mock listening');
    expect((await argvs()).some((a) => a.includes('down'))).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 30_000);

  it("a compose file that is not there: exit 3 with compose's own words", async () => {
    const port = await closedPort();
    await writeFile(join(dir, 'missing.yml'), composeProfile(port, ['  compose: nope.yml']));
    const run = await runCli(['run', 'missing.yml', '--output', 'missing/results.json'], { cwd: dir, env: dockerEnv(port) });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('docker compose up failed (exit 14)');
    expect(run.stderr).toContain('nope.yml: no such file or directory');
  }, 30_000);
});
