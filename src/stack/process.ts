import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StackError } from '../core/errors.js';
import { ScrubStream } from '../core/secrets.js';
import { makeFolder } from '../core/files.js';
import { processGroupSampler } from './samplers.js';
import type { Stack } from './stack.js';

export interface ProcessStackOptions {
  command: string;
  env: Record<string, string>;
  logFile: string;
  /** The directory the command runs in (default: this process's). */
  cwd?: string;
  /** SIGTERM, then SIGKILL after this long. */
  graceMs?: number;
}

export interface ProcessStack extends Stack {
  /** The process group id (the command's pid), for a teardown from another process. */
  pid: number;
  /** A value in every stack process's environment (LLM_LOAD_STACK_ID), so another process can tell them from a reused id. */
  marker: string;
  /** What the stack printed lately, for error messages. */
  logTail(lines?: number): Promise<string>;
}

/** The environment variable that marks a stack's processes. */
export const STACK_MARKER = 'LLM_LOAD_STACK_ID';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes of group `pgid` (from /proc), with whether each is a zombie and its environment. */
async function groupMembers(pgid: number): Promise<{ pid: number; zombie: boolean }[]> {
  const members: { pid: number; zombie: boolean }[] = [];
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // [0] is field 3: the name may hold spaces
    if (Number(fields[2]) === pgid) members.push({ pid: Number(name), zombie: fields[0] === 'Z' });
  }
  return members;
}

/**
 * Whether any live process is left in group `pgid`. A killed process stays a zombie until its new
 * parent reaps it (some init processes take seconds): it holds nothing, so it counts as gone.
 */
async function groupAlive(pgid: number): Promise<boolean> {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc/self/stat')) return true;
  return (await groupMembers(pgid)).some((m) => !m.zombie);
}

async function groupGone(pgid: number, withinMs: number): Promise<boolean> {
  for (const end = Date.now() + withinMs; Date.now() < end; await sleep(25)) if (!(await groupAlive(pgid))) return true;
  return !(await groupAlive(pgid));
}

/** Resolves when `stream` ends, or after `ms`, whichever is first. */
const endedWithin = (stream: NodeJS.ReadableStream, ms: number) =>
  Promise.race([new Promise<void>((resolve) => stream.once('end', resolve).once('close', resolve)), sleep(ms)]);

/**
 * A `start-command` stack: the command runs in its own process group (so its children go down with
 * it), stdout and stderr go to a log file, scrubbed of secrets. `down` ends the whole group whatever its
 * leader did (a leader that exits at once, `server &`, or on SIGTERM, leaves children behind): SIGTERM,
 * then SIGKILL after the grace period to whatever is left, then it stops reading the pipes, which a
 * process that left the group may still hold, so nothing keeps the CLI alive.
 */
export async function startProcessStack(options: ProcessStackOptions): Promise<ProcessStack> {
  await makeFolder(dirname(options.logFile));
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const marker = randomUUID();
  const child = spawn(options.command, {
    shell: true,
    detached: true,
    cwd: options.cwd,
    env: { ...process.env, ...options.env, [STACK_MARKER]: marker },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Scrubbed on the way: the log is uploaded with the report, and a service may print its secrets.
  const scrubbers = [child.stdout, child.stderr].map((stream) => {
    const scrubber = new ScrubStream();
    stream.pipe(scrubber).pipe(log, { end: false });
    return scrubber;
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(
        new StackError(
          `start-command failed to start: ${error.message}`,
          'check that the command exists on PATH and runs from this directory',
        ),
      ),
    );
  });
  const pgid = child.pid!;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pgid, signal);
    } catch {
      // already gone
    }
  };
  let stopped: Promise<void> | undefined;
  const down = () =>
    (stopped ??= (async () => {
      signalGroup('SIGTERM');
      if (!(await groupGone(pgid, options.graceMs ?? 5000))) {
        signalGroup('SIGKILL');
        await groupGone(pgid, 2000);
      }
      await Promise.all([child.stdout, child.stderr].map((stream) => endedWithin(stream, 500)));
      child.stdout.destroy();
      child.stderr.destroy();
      for (const scrubber of scrubbers) if (!scrubber.writableEnded) scrubber.end();
      await Promise.all(scrubbers.map((scrubber) => endedWithin(scrubber, 500)));
      await new Promise<void>((resolve) => log.end(resolve));
    })());
  const logTail = async (lines = 100) => {
    const text = await readFile(options.logFile, 'utf8').catch(() => '');
    return text
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
  };
  return {
    kind: 'process',
    description: `"${options.command}" (log: ${options.logFile})`,
    handoff: { kind: 'process', pgid, marker },
    pid: pgid,
    marker,
    down,
    [Symbol.asyncDispose]: down,
    logTail,
    sampler: () => processGroupSampler(pgid),
    diagnostics: async () => `--- last lines of ${options.logFile} ---\n${await logTail(100)}`,
  };
}

/**
 * Kills what is left of a stack's process group from another process (the action's post step): only the
 * processes of group `pgid` that carry the stack's marker, since by now the id may be another program's.
 * Returns how many it killed.
 */
export async function killLeftovers(pgid: number, marker: string): Promise<number> {
  let killed = 0;
  for (const { pid, zombie } of await groupMembers(pgid)) {
    if (zombie) continue;
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
    if (!environ.split('\0').includes(`${STACK_MARKER}=${marker}`)) continue;
    try {
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // gone meanwhile
    }
  }
  return killed;
}
