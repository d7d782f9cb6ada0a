import { execFileSync } from 'node:child_process';

/** The commit under test: GITHUB_SHA on a runner, else git's HEAD in `cwd`, else null. */
export function currentCommit(cwd?: string): string | null {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return (
      execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim() ||
      null
    );
  } catch {
    return null;
  }
}
