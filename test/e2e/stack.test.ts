import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/metrics/results.js';
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

  it('says compose is not supported yet', async () => {
    const profile = join(dir, 'compose.yml');
    await writeFile(
      profile,
      'target: http://x\nstack: {compose: docker-compose.yml}\nload: {vus: 1, duration: 1s}\nscenarios: {a: {flow: [{request: GET /}]}}\n',
    );
    const run = await runCli(['run', profile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stack.compose: docker compose stacks are not supported by this version');
  });
});
