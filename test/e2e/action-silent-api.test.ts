import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { runActionSteps } from '../helpers/action.js';
import { CLI } from '../helpers/cli.js';
import { closedPort, processRunning } from '../helpers/server.js';

/** A GitHub that accepts every connection and never says a word. */
describe('the bundled action against a GitHub API that never answers', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let url: string;
  let workspace: string;
  let port: number;
  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    workspace = await mkdtemp(join(tmpdir(), 'llm-load-silent-'));
    port = await closedPort();
    await writeFile(
      join(workspace, 'llm-load.yml'),
      [
        'name: silent',
        `target: http://127.0.0.1:${port}`,
        'load: {executor: constant-vus, vus: 2, duration: 1s}',
        'scenarios: {a: {flow: [{request: GET /health}]}}',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => silent.close(resolve));
    await rm(workspace, { recursive: true, force: true });
  });

  it('gives up on each call within its timeout and budget, and has written results.json and the summary', async () => {
    const started = Date.now();
    const run = await runActionSteps({
      eventName: 'pull_request',
      event: { pull_request: { number: 3, base: { ref: 'main', sha: 'b0' }, head: { sha: 'h1' } }, repository: { default_branch: 'main' } },
      ref: 'refs/pull/3/merge',
      sha: 'h1',
      runId: 77,
      githubUrl: url,
      workspace,
      inputs: {
        profile: 'llm-load.yml',
        'start-command': `"${process.execPath}" "${CLI}" mock --port ${port}`,
        'health-url': `http://127.0.0.1:${port}/health`,
        'github-token': 'ghs_silentTestToken000000000000000',
        'output-dir': 'out',
      },
      env: { LLM_LOAD_GITHUB_TIMEOUT_MS: '300', LLM_LOAD_GITHUB_BUDGET_MS: '900', LLM_LOAD_RETRY_BASE_MS: '100' },
    });
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(run.main.code).toBe(0);
    expect(run.main.stdout).toMatch(/no answer from GitHub within 0\.3 s/);
    const results = JSON.parse(await readFile(join(workspace, 'out', 'results.json'), 'utf8')) as Results;
    expect(results.totals.requests).toBeGreaterThan(0);
    expect(results.gate).toBeDefined();
    expect(run.summary).toContain('llm-load · silent');
  }, 60_000);

  it('a cancel while the stack boots: the step ends within seconds, results marked interrupted, the stack down', async () => {
    const pidFile = join(workspace, 'svc.pid');
    const script = join(workspace, 'svc.cjs');
    await writeFile(script, `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`);
    let sentAt = 0;
    const run = await runActionSteps({
      eventName: 'pull_request',
      event: { pull_request: { number: 4, base: { ref: 'main', sha: 'b0' }, head: { sha: 'h2' } }, repository: { default_branch: 'main' } },
      ref: 'refs/pull/4/merge',
      sha: 'h2',
      runId: 78,
      githubUrl: url,
      workspace,
      inputs: {
        profile: 'llm-load.yml',
        'start-command': `"${process.execPath}" "${script}"`,
        'health-url': `http://127.0.0.1:${port}/health`, // never healthy
        'health-timeout': '60s',
        'github-token': 'ghs_silentTestToken000000000000000',
        'output-dir': 'out-cancel',
      },
      env: { LLM_LOAD_GITHUB_TIMEOUT_MS: '60000', LLM_LOAD_GITHUB_BUDGET_MS: '120000' },
      onMainStart: (pid) =>
        setTimeout(() => {
          sentAt = Date.now();
          process.kill(pid, 'SIGTERM');
        }, 2500),
    });
    expect(Date.now() - sentAt).toBeLessThan(8000); // main and post, with GitHub silent and its timeouts long
    const results = JSON.parse(await readFile(join(workspace, 'out-cancel', 'results.json'), 'utf8')) as Results;
    expect(results.meta.interrupted).toBe('SIGTERM');
    expect(results.totals.requests).toBe(0);
    expect(run.main.stdout).toMatch(/cancelled \(SIGTERM\)/);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(await processRunning(pid)).toBe(false);
  }, 60_000);
});
