import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { startMockServer, type MockServer } from '../../src/mock/server.js';
import { CLI, runCli } from '../helpers/cli.js';
import { closedPort } from '../helpers/server.js';

const readResults = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Results;

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('LLM runs through the bundled CLI', () => {
  let mock: MockServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-llm-'));
    mock = await startMockServer({ ttftMs: 120, itlMs: 8, outputTokens: 20, seed: 9 });
  });
  afterAll(async () => {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  });

  // The OpenAI SDK's base URL ends in /v1 (and so does the mock's banner): a base with it works as one without.
  it.each(['openai-chat', 'anthropic-messages'])('--preset %s streams chat requests and keeps the API key secret', async (preset) => {
    const output = join(dir, `${preset}.json`);
    const key = `canary-key-${preset}-91f2`;
    const run = await runCli(
      [
        'run',
        '--url',
        preset === 'openai-chat' ? `${mock.url}/v1` : mock.url,
        '--preset',
        preset,
        '--model',
        'mock-model',
        '--max-tokens',
        '12',
        '--users',
        '2',
        '--duration',
        '2s',
        '--output',
        output,
      ],
      {
        env: { LLM_LOAD_API_KEY: key },
      },
    );
    expect(run.code).toBe(0);
    const results = await readResults(output);
    const path = preset === 'openai-chat' ? 'POST /v1/chat/completions' : 'POST /v1/messages';
    expect(Object.keys(results.endpoints)).toEqual([path]);
    expect(results.totals.failures).toBe(0);
    expect(results.metrics.output_tokens!.max).toBe(12); // the mock honours max_tokens
    expect(Math.abs(results.metrics.ttft!.p50! - 120)).toBeLessThanOrEqual(5);
    expect(run.stdout).toContain('ttft (time to first token)');
    expect(JSON.stringify(results) + run.stdout + run.stderr).not.toContain(key);
  });

  it('rejects an unknown preset and preset-only flags without one', async () => {
    const bad = await runCli(['run', '--url', mock.url, '--preset', 'gemini']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--preset: expected one of openai-chat, anthropic-messages, openai-responses, openai-completions, openai-embeddings, got "gemini"',
    );
    const lonely = await runCli(['run', '--url', mock.url, '--model', 'x']);
    expect(lonely.code).toBe(2);
    expect(lonely.stderr).toContain('--model and --max-tokens go with --preset');
  });

  it('llm-load mock serves until SIGTERM and stops cleanly', async () => {
    const child = spawn(process.execPath, [CLI, 'mock', '--port', '0', '--ttft', '10ms', '--itl', '1ms', '--output-tokens', '3'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+) /.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`mock exited: ${out}`)));
    });
    const reply = (await (
      await fetch(`${url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }) })
    ).json()) as { usage: { completion_tokens: number } };
    expect(reply.usage.completion_tokens).toBe(3);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('mock stopped (SIGTERM)');
  });

  it('rejects bad mock flags with the flag named', async () => {
    const run = await runCli(['mock', '--ttft', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--ttft: expected a duration like "200ms", got "soon"');
    const faults = await runCli(['mock', '--faults', 'explode:0.1']);
    expect(faults.code).toBe(2);
    expect(faults.stderr).toContain('--faults: "explode:0.1" is not FAULT:RATE');
  });
});

describe('a real gateway between the load and the mock (@portkey-ai/gateway)', () => {
  let mock: MockServer;
  let gateway: ChildProcess;
  let gatewayUrl: string;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-gw-'));
    mock = await startMockServer({ ttftMs: 200, itlMs: 10, outputTokens: 20, seed: 4 });
    const port = await closedPort();
    const entry = join(dirname(createRequire(import.meta.url).resolve('@portkey-ai/gateway/package.json')), 'build', 'start-server.js');
    gateway = spawn(process.execPath, [entry, `--port=${port}`, '--headless'], {
      stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    gatewayUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(gatewayUrl, 20_000);
  }, 30_000);

  afterAll(async () => {
    gateway?.kill('SIGKILL');
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function runThrough(target: string, headers: Record<string, string>, name: string): Promise<Results> {
    const profile = join(dir, `${name}.yml`);
    await writeFile(
      profile,
      JSON.stringify({
        name,
        target,
        headers: { authorization: 'Bearer sk-test', ...headers },
        load: { executor: 'constant-vus', vus: 4, duration: '4s' },
        scenarios: {
          chat: {
            flow: [
              {
                request: 'POST /v1/chat/completions',
                json: {
                  model: 'mock-model',
                  messages: [{ role: 'user', content: 'hi {{vu}}' }],
                  stream: true,
                  stream_options: { include_usage: true },
                },
                llm: 'openai-sse',
              },
            ],
          },
        },
      }),
    );
    const output = join(dir, `${name}.json`);
    const run = await runCli(['run', profile, '--output', output, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    return readResults(output);
  }

  it('measures the TTFT the gateway adds against a direct run', async () => {
    const direct = await runThrough(mock.url, {}, 'direct');
    const viaGateway = await runThrough(
      gatewayUrl,
      { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${mock.url}/v1` },
      'gateway',
    );
    expect(direct.totals.failures).toBe(0);
    expect(viaGateway.totals.failures).toBe(0);
    expect(viaGateway.metrics.output_tokens!.max).toBe(20);
    const added = {
      p50: viaGateway.metrics.ttft!.p50! - direct.metrics.ttft!.p50!,
      p95: viaGateway.metrics.ttft!.p95! - direct.metrics.ttft!.p95!,
    };
    console.log(
      `gateway added TTFT: p50 ${added.p50.toFixed(1)} ms, p95 ${added.p95.toFixed(1)} ms ` +
        `(direct p50 ${direct.metrics.ttft!.p50} ms, via gateway ${viaGateway.metrics.ttft!.p50} ms; ITL p50 ${direct.metrics.itl!.p50} → ${viaGateway.metrics.itl!.p50} ms)`,
    );
    expect(Math.abs(direct.metrics.ttft!.p50! - 200)).toBeLessThanOrEqual(3);
    expect(added.p50).toBeGreaterThan(0);
    expect(added.p50).toBeLessThan(500);
  }, 40_000);
});
