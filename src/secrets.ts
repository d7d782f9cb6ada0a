/**
 * Every secret the run learns (tokens, Authorization values) is registered here so that anything
 * written for people — logs, error examples, reports — can be scrubbed before it leaves the process.
 */
const MASK = '***';
const secrets = new Set<string>();

export function registerSecret(value: string | undefined): void {
  // Very short values would mask ordinary text; real tokens are never this short.
  if (value && value.length >= 4) secrets.add(value);
}

export function scrub(text: string): string {
  let out = text;
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** Every secret known so far (e.g. to mask them in GitHub's log too, or hand them to worker threads). */
export function allSecrets(): string[] {
  return [...secrets];
}

/** Names of environment variables whose values are secrets when a profile reads them. */
export const SECRET_NAME = /token|secret|passw|api_?key|private|credential/i;

/** For tests: forget everything registered so far. */
export function clearSecrets(): void {
  secrets.clear();
}
