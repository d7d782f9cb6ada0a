import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StackError } from '../errors.js';
import { scrub } from '../secrets.js';
import { makeFolder } from '../files.js';

/** Everything `post` needs to tear a compose stack down again (saved with core.saveState). */
export interface ComposeSpec {
  /** `["docker", "compose"]` (v2) or `["docker-compose"]` (v1). */
  command: string[];
  files: string[];
  project: string;
  env: Record<string, string>;
}

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a docker command; `signal` stops it (SIGTERM) at once, and its output says so. */
function exec(argv: string[], env: Record<string, string>, timeoutMs = 600_000, signal?: AbortSignal): Promise<Output> {
  return new Promise((resolve) => {
    execFile(
      argv[0]!,
      argv.slice(1),
      { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, ...(signal ? { signal } : {}) },
      (error, stdout, stderr) => {
        const code = error
          ? typeof (error as { code?: unknown }).code === 'number'
            ? ((error as { code: number }).code as number)
            : 127
          : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr || (error && !stdout ? error.message : '')) });
      },
    );
  });
}

/** Prefers `docker compose` (v2) and falls back to `docker-compose` (v1). */
export async function findComposeCommand(): Promise<string[]> {
  if ((await exec(['docker', 'compose', 'version'], {}, 30_000)).code === 0) return ['docker', 'compose'];
  if ((await exec(['docker-compose', 'version'], {}, 30_000)).code === 0) return ['docker-compose'];
  throw new StackError(
    'neither "docker compose" nor "docker-compose" works on this machine',
    'install Docker with the compose plugin, or use start-command',
  );
}

const base = (spec: ComposeSpec) => [...spec.command, ...spec.files.flatMap((f) => ['-f', f]), '-p', spec.project];

/**
 * `up -d [--build] [services…]`; throws StackError with compose's own words when it fails, or at once
 * when `signal` aborts (a cancelled job: the post step takes down whatever came up).
 */
export async function composeUp(spec: ComposeSpec, options: { build: boolean; services: string[]; signal?: AbortSignal }): Promise<void> {
  const result = await exec(
    [...base(spec), 'up', '-d', ...(options.build ? ['--build'] : []), ...options.services],
    spec.env,
    600_000,
    options.signal,
  );
  if (options.signal?.aborted) throw new StackError(`docker compose up stopped (${String(options.signal.reason ?? 'cancelled')})`);
  if (result.code !== 0) {
    throw new StackError(
      `docker compose up failed (exit ${result.code}):\n${scrub(result.stderr || result.stdout)
        .trim()
        .split('\n')
        .slice(-40)
        .join('\n')}`,
    );
  }
}

/** What a failing stack looks like: `ps`, and the last 100 log lines of each service. */
export async function composeDiagnostics(spec: ComposeSpec): Promise<string> {
  const ps = await exec([...base(spec), 'ps'], spec.env, 60_000);
  const logs = await exec([...base(spec), 'logs', '--no-color', '--tail', '100'], spec.env, 60_000);
  return scrub(
    `--- docker compose ps ---\n${ps.stdout || ps.stderr}\n--- docker compose logs (last 100 lines per service) ---\n${logs.stdout || logs.stderr}`,
  );
}

/** Saves every service's log to a file, for the report artifact. */
export async function saveComposeLogs(spec: ComposeSpec, file: string): Promise<void> {
  const logs = await exec([...base(spec), 'logs', '--no-color', '--timestamps'], spec.env, 120_000);
  await makeFolder(dirname(file));
  await writeFile(file, scrub(logs.stdout + logs.stderr));
}

/** `down -v --remove-orphans`: volumes and strays go too. */
export async function composeDown(spec: ComposeSpec): Promise<Output> {
  return exec([...base(spec), 'down', '-v', '--remove-orphans'], spec.env);
}
