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

/** For tests: forget everything registered so far. */
export function clearSecrets(): void {
  secrets.clear();
}
