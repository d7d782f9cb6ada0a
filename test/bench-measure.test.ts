import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { measure, running, stop, tracked } from '../bench/measure.mjs';

// The bench's ratios are only as good as its measure of each client: all of a client's CPU time (to its
// exit, and its own children's), none of anyone else's.
const node = process.execPath;
/** Code that spins until this process has used `ms` of CPU, then prints how much it used, in seconds. */
const burn = (ms: number) =>
  `const t=()=>{const u=process.cpuUsage();return (u.user+u.system)/1e6};while(t()<${ms / 1000});console.log(t())`;
/** /proc rounds each child's user and system time down to 10 ms. */
const TICKS = 0.02;

describe('bench: measure', () => {
  it('counts a client CPU time to its very end', { timeout: 20_000 }, async () => {
    const m = await measure([node, '-e', burn(400)]);
    const own = Number(m.stdout);
    expect(own).toBeGreaterThanOrEqual(0.4);
    expect(m.cpuS).toBeGreaterThanOrEqual(own - TICKS);
    expect(m.cpuS).toBeLessThan(own + 1); // plus its start-up, nothing else's
    expect(m.code).toBe(0);
  });

  it("counts the CPU time of a client's own children", { timeout: 20_000 }, async () => {
    const m = await measure([
      node,
      '-e',
      `const r=require('node:child_process').spawnSync(process.execPath,['-e',${JSON.stringify(burn(300))}]);process.stdout.write(r.stdout)`,
    ]);
    expect(Number(m.stdout)).toBeGreaterThanOrEqual(0.3);
    expect(m.cpuS).toBeGreaterThanOrEqual(0.3 - TICKS);
  });

  it('samples peak RSS while the client runs', { timeout: 20_000 }, async () => {
    const m = await measure([node, '-e', `const b=Buffer.alloc(96*1024*1024,1);setTimeout(()=>console.log(b[5]),500)`]);
    expect(m.stdout.trim()).toBe('1');
    expect(m.peakMb).toBeGreaterThan(96);
  });

  it('stop waits for a server to be reaped, so its CPU time is not counted in the next client', { timeout: 20_000 }, async () => {
    const server = tracked(spawn(node, ['-e', 'for(;;);'], { stdio: 'ignore' }));
    expect(running.has(server)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600)); // spins on a core meanwhile
    await stop(server);
    expect(server.signalCode).toBe('SIGTERM');
    expect(running.has(server)).toBe(false);
    const m = await measure([node, '-e', '0']);
    expect(m.cpuS).toBeLessThan(0.3);
    await stop(server); // a second stop of a stopped child resolves at once
  });
});
