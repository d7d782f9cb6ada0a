import { execFile } from 'node:child_process';

/** Everything `post` needs to tear a compose stack down again (saved with core.saveState). */
export interface ComposeSpec {
  /** `["docker", "compose"]` (v2) or `["docker-compose"]` (v1). */
  command: string[];
  files: string[];
  project: string;
  env: Record<string, string>;
  /** Where compose runs: the checkout the files and their build contexts are relative to. */
  cwd?: string;
}

export interface DockerOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a docker command; `signal` stops it (SIGTERM) at once, and its output says so. */
export function runDocker(
  argv: string[],
  env: Record<string, string>,
  timeoutMs = 600_000,
  signal?: AbortSignal,
  cwd?: string,
): Promise<DockerOutput> {
  return new Promise((resolve) => {
    execFile(
      argv[0]!,
      argv.slice(1),
      { env: { ...process.env, ...env }, cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, ...(signal ? { signal } : {}) },
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

/** `docker compose -f … -p PROJECT`, the start of every command on the project. */
export const composeArgs = (spec: ComposeSpec) => [...spec.command, ...spec.files.flatMap((f) => ['-f', f]), '-p', spec.project];
