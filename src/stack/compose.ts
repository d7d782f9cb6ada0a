import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StackError } from '../core/errors.js';
import { scrub } from '../core/secrets.js';
import { makeFolder } from '../core/files.js';
import { dockerStatsSampler } from './samplers.js';
import type { Stack, StackHandoff } from './stack.js';
import { composeArgs, runDocker, type ComposeSpec, type DockerOutput } from './docker.js';

/** Prefers `docker compose` (v2) and falls back to `docker-compose` (v1). */
export async function findComposeCommand(): Promise<string[]> {
  if ((await runDocker(['docker', 'compose', 'version'], {}, 30_000)).code === 0) return ['docker', 'compose'];
  if ((await runDocker(['docker-compose', 'version'], {}, 30_000)).code === 0) return ['docker-compose'];
  throw new StackError(
    'neither "docker compose" nor "docker-compose" works on this machine',
    'install Docker with the compose plugin, or use start-command',
  );
}

const exec = (spec: ComposeSpec, args: string[], timeoutMs: number, signal?: AbortSignal) =>
  runDocker([...composeArgs(spec), ...args], spec.env, timeoutMs, signal, spec.cwd);

/**
 * `up -d [--build] [services…]`; throws StackError with compose's own words when it fails, or at once
 * when `signal` aborts (a cancelled job: the post step takes down whatever came up).
 */
export async function composeUp(spec: ComposeSpec, options: { build: boolean; services: string[]; signal?: AbortSignal }): Promise<void> {
  const result = await exec(spec, ['up', '-d', ...(options.build ? ['--build'] : []), ...options.services], 600_000, options.signal);
  if (options.signal?.aborted)
    throw new StackError(
      `docker compose up stopped (${String(options.signal.reason ?? 'cancelled')})`,
      'the run was cancelled; the stack is taken down',
    );
  if (result.code !== 0) {
    throw new StackError(
      `docker compose up failed (exit ${result.code}):\n${scrub(result.stderr || result.stdout)
        .trim()
        .split('\n')
        .slice(-40)
        .join('\n')}`,
      'fix what compose says above; `docker compose -f FILE config` checks a file without starting it',
    );
  }
}

/** What a failing stack looks like: `ps`, and the last 100 log lines of each service. */
export async function composeDiagnostics(spec: ComposeSpec): Promise<string> {
  const ps = await exec(spec, ['ps'], 60_000);
  const logs = await exec(spec, ['logs', '--no-color', '--tail', '100'], 60_000);
  return scrub(
    `--- docker compose ps ---\n${ps.stdout || ps.stderr}\n--- docker compose logs (last 100 lines per service) ---\n${logs.stdout || logs.stderr}`,
  );
}

/** Saves every service's log to a file, for the report artifact. */
export async function saveComposeLogs(spec: ComposeSpec, file: string): Promise<void> {
  const logs = await exec(spec, ['logs', '--no-color', '--timestamps'], 120_000);
  await makeFolder(dirname(file));
  await writeFile(file, scrub(logs.stdout + logs.stderr));
}

/** `down -v --remove-orphans`: volumes and strays go too. */
export async function composeDown(spec: ComposeSpec): Promise<DockerOutput> {
  return exec(spec, ['down', '-v', '--remove-orphans'], 600_000);
}

export interface ComposeStackOptions {
  files: string[];
  services: string[];
  build: boolean;
  project: string;
  env: Record<string, string>;
  cwd?: string;
  /** Where every service's log is saved when the stack comes down. */
  logFile: string;
  signal?: AbortSignal;
  /** Called before `up`, with what a teardown from another process needs (the action's post step). */
  onHandoff?: (handoff: StackHandoff) => void;
}

/**
 * `up -d` a compose project and hand it back as a Stack; coming down saves the services' logs, then
 * `down -v --remove-orphans`. A failed `up` takes down what it left and throws StackError with
 * compose's own words.
 */
export async function startComposeStack(options: ComposeStackOptions): Promise<Stack> {
  const spec: ComposeSpec = {
    command: await findComposeCommand(),
    files: options.files,
    project: options.project,
    env: options.env,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  };
  options.onHandoff?.({ kind: 'compose', compose: spec });
  let stopped: Promise<void> | undefined;
  const down = () =>
    (stopped ??= (async () => {
      await saveComposeLogs(spec, options.logFile).catch(() => undefined);
      const result = await composeDown(spec);
      if (result.code !== 0)
        process.stderr.write(`warning: docker compose down failed (exit ${result.code}): ${scrub(result.stderr.trim())}\n`);
    })());
  try {
    await composeUp(spec, { build: options.build, services: options.services, signal: options.signal });
  } catch (error) {
    await down();
    throw error;
  }
  return {
    kind: 'compose',
    description: `${spec.command.join(' ')} -p ${spec.project} (${spec.files.join(', ')})`,
    handoff: { kind: 'compose', compose: spec },
    sampler: () => dockerStatsSampler(spec),
    diagnostics: () => composeDiagnostics(spec),
    down,
    [Symbol.asyncDispose]: down,
  };
}
