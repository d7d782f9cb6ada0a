import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StackError } from '../errors.js';

export interface ProcessStackOptions {
  command: string;
  env: Record<string, string>;
  logFile: string;
  /** SIGTERM, then SIGKILL after this long. */
  graceMs?: number;
}

export interface Stack extends AsyncDisposable {
  /** The process group id (the command's pid), for a teardown from another process. */
  pid: number;
  /** What the stack printed lately, for error messages. */
  logTail(lines?: number): Promise<string>;
  down(): Promise<void>;
}

/**
 * A `start-command` stack: the command runs in its own process group (so its children go down with
 * it), stdout and stderr go to a log file, and `down` sends SIGTERM, then SIGKILL after a grace period.
 */
export async function startProcessStack(options: ProcessStackOptions): Promise<Stack> {
  await mkdir(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(options.command, {
    shell: true,
    detached: true,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(new StackError(`start-command failed to start: ${error.message}`)));
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  let stopped: Promise<void> | undefined;
  const down = () =>
    (stopped ??= (async () => {
      if (!exited) {
        signalGroup('SIGTERM');
        const timer = setTimeout(() => signalGroup('SIGKILL'), options.graceMs ?? 5000);
        await exit;
        clearTimeout(timer);
      }
      await new Promise<void>((resolve) => log.end(resolve));
    })());
  return {
    pid: child.pid!,
    down,
    [Symbol.asyncDispose]: down,
    async logTail(lines = 100) {
      const text = await readFile(options.logFile, 'utf8').catch(() => '');
      return text
        .split('\n')
        .slice(-lines - 1)
        .join('\n');
    },
  };
}
