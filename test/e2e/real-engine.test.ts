import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/results.js';
import { runCli } from '../helpers/cli.js';
import { PROFILES, ROOT } from '../helpers/examples.js';

const readResults = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Results;

/**
 * `npm run engine` as a user starts it, in a process group of its own: a supervisor's SIGTERM (or a
 * terminal's Ctrl-C) reaches the whole group, npm and the engine alike. Resolves once it prints its port.
 */
function startEngine(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn('npm', ['run', '--silent', 'engine', '--', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const port = /^listening (\d+)$/m.exec(out)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d));
    child.once('exit', (code) => reject(new Error(`the engine exited (${code}) before listening: ${out}`)));
  });
}

const refuses = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });

describe('a real engine (llama.cpp on a generated model) under load from the bundled CLI', () => {
  let engine: { child: ChildProcess; port: number };
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'real-engine-'));
    engine = await startEngine(['--port', '0', '--seqs', '4', '--size', 'tiny']);
  }, 60_000);
  afterAll(async () => {
    if (engine?.child.exitCode === null && engine.child.signalCode === null) process.kill(-engine.child.pid!, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (name: string, args: string[]) => {
    const output = join(dir, `${name}.json`);
    const result = await runCli(['run', ...args, '--output', output, '--quiet'], {
      env: { TARGET: `http://127.0.0.1:${engine.port}` },
    });
    expect(result.code, result.stderr).toBe(0);
    return readResults(output);
  };

  it('queues beyond its sequences: TTFT at 8 users is many times TTFT at 1', async () => {
    const flags = (users: number) => [
      '--url',
      `http://127.0.0.1:${engine.port}`,
      '--preset',
      'openai-chat',
      '--model',
      'llm-load-tiny',
      '--max-tokens',
      '64',
      '--users',
      String(users),
      '--duration',
      '3s',
    ];
    const one = await run('one', flags(1));
    const eight = await run('eight', flags(8));
    expect(one.totals.failures).toBe(0);
    expect(eight.totals.failures).toBe(0);
    // Half of the 8 wait for a sequence, a whole 64-token reply, before their first token.
    expect(eight.metrics.ttft!.p50!).toBeGreaterThan(5 * one.metrics.ttft!.p50!);
    // Every reply ran to max_tokens: the engine does not stop at an end-of-text token.
    expect(eight.metrics.output_tokens!.min).toBe(64);
    expect(eight.metrics.output_tokens!.max).toBe(64);
  }, 60_000);

  it('gives the example capacity search its knee at the engine`s 4 sequences, within one step', async () => {
    const results = await run('capacity', [join(PROFILES, 'real-engine.yml')]);
    expect(results.capacity!.value).toBeGreaterThanOrEqual(3);
    expect(results.capacity!.value).toBeLessThanOrEqual(5);
  }, 90_000);

  it('stops on SIGTERM and frees its port', async () => {
    const exited = new Promise<unknown>((resolve) => engine.child.once('exit', (code, signal) => resolve(code ?? signal)));
    process.kill(-engine.child.pid!, 'SIGTERM');
    await exited;
    // npm leaves at once; the engine closes its server and llama.cpp, then exits: the group empties.
    const groupAlive = () => {
      try {
        process.kill(-engine.child.pid!, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(groupAlive()).toBe(false);
    expect(await refuses(engine.port)).toBe(true);
  }, 30_000);
});
