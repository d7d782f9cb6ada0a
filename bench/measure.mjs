// How the bench measures a client: its whole CPU time, exactly, and its peak RSS. Also the set of
// processes the bench started, so that stopping the bench stops them too.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** The servers and clients the bench started and that still run. */
export const running = new Set();

/** Adds `child` to `running` until it exits; returns it. */
export const tracked = (child) => {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
};

/**
 * CPU seconds of this process's reaped children (cutime + cstime, /proc/self/stat fields 16 and 17):
 * a child's own and its reaped children's are added, exactly, when it is reaped. Sampling the child's
 * /proc/<pid>/stat instead misses whatever it spends after the last sample (its results, its exit)
 * and what its own children spend.
 */
function reapedChildrenCpuS() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // [0] is field 3: the name may hold spaces
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Stops a child (a server) and resolves once it is reaped, so its CPU time lands in no client's. */
export const stop = (child) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve).kill());

/**
 * Runs a client to its end: its CPU time is what its exit adds to this process's children's (start-up,
 * shut-down and its own children included), its peak RSS is sampled from /proc while it runs. Other
 * children must not exit meanwhile (stop servers with `stop`).
 */
export async function measure(argv) {
  const cpuBefore = reapedChildrenCpuS();
  const child = tracked(spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] }));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4096)));
  let peakKb = 0;
  const sample = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    if (hwm) peakKb = Math.max(peakKb, hwm);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  return { stdout, stderr, code, cpuS: reapedChildrenCpuS() - cpuBefore, peakMb: peakKb / 1024 };
}
