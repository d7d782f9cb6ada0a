import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killLeftovers, startProcessStack } from '../../src/stack/process.js';
import { processRunning } from '../helpers/server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A node process that ignores SIGTERM and prints its pid: what a badly written server does. */
const stubborn = (tag: string) =>
  `node -e "process.on('SIGTERM', () => {}); console.log('${tag} ' + process.pid); setInterval(() => {}, 1000)"`;

async function pidIn(logFile: string, tag: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const m = new RegExp(`${tag} (\\d+)`).exec(await readFile(logFile, 'utf8').catch(() => ''));
    if (m) return Number(m[1]);
    await sleep(50);
  }
  throw new Error(`${tag} never printed its pid`);
}

describe('a process stack is torn down whole', () => {
  let dir: string;
  const strays: number[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-load-process-'));
  });
  afterAll(async () => {
    for (const pid of strays) if (await processRunning(pid)) process.kill(pid, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('kills a child that ignores SIGTERM after its leader exited on it', async () => {
    const logFile = join(dir, 'leader.log');
    const stack = await startProcessStack({ command: `${stubborn('child')} & wait`, env: {}, logFile, graceMs: 300 });
    const child = await pidIn(logFile, 'child');
    strays.push(child);
    const started = Date.now();
    await stack.down();
    expect(await processRunning(child)).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('kills a server the command left in the background (its leader exits at once)', async () => {
    const logFile = join(dir, 'background.log');
    const stack = await startProcessStack({ command: `${stubborn('server')} &`, env: {}, logFile, graceMs: 300 });
    const server = await pidIn(logFile, 'server');
    strays.push(server);
    await stack.down();
    expect(await processRunning(server)).toBe(false);
  });

  it('returns even when a process that left the group still holds the output pipe', async () => {
    const logFile = join(dir, 'escaped.log');
    const stack = await startProcessStack({ command: `setsid ${stubborn('escaped')} &`, env: {}, logFile, graceMs: 300 });
    const escaped = await pidIn(logFile, 'escaped');
    strays.push(escaped);
    const started = Date.now();
    await stack.down();
    expect(Date.now() - started).toBeLessThan(3000);
    // From another process, only what carries the stack's marker is killed (setsid made the escaped
    // process the leader of a group of its own).
    expect(await killLeftovers(escaped, stack.marker)).toBe(1);
    await sleep(100);
    expect(await processRunning(escaped)).toBe(false);
    expect(await killLeftovers(process.pid, stack.marker)).toBe(0); // our own group carries no marker
  });
});
