import { StringDecoder } from 'node:string_decoder';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Every secret the run learns (tokens, Authorization values) is registered here so that anything
 * written for people — logs, error examples, reports — can be scrubbed before it leaves the process.
 */
const MASK = '***';
const secrets = new Set<string>();

/**
 * Registers a secret and the forms it travels in: URL-encoded (query strings, form bodies) and base64
 * (Basic auth, tokens echoed in encoded payloads).
 */
export function registerSecret(value: string | undefined): void {
  // Very short values would mask ordinary text; real tokens are never this short.
  if (!value || value.length < 4) return;
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  for (const form of [value, encodeURIComponent(value), base64, base64.replace(/=+$/, '')]) secrets.add(form);
}

export function scrub(text: string): string {
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** How many characters at the end of `text` could begin a secret that the next chunk completes. */
function heldBack(text: string): number {
  let longest = 0;
  for (const secret of secrets) {
    for (let k = Math.min(secret.length - 1, text.length); k > longest; k--) {
      if (secret.startsWith(text.slice(text.length - k))) {
        longest = k;
        break;
      }
    }
  }
  return longest;
}

/**
 * Scrubs a byte stream (a service's stdout and stderr on their way to stack.log): a secret split across
 * two chunks is still caught, because the end of a chunk that could begin one waits for the next.
 */
export class ScrubStream extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private held = '';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = scrub(this.held + this.decoder.write(chunk));
    const keep = heldBack(text);
    this.held = text.slice(text.length - keep);
    done(null, text.slice(0, text.length - keep));
  }

  override _flush(done: TransformCallback): void {
    done(null, scrub(this.held + this.decoder.end()));
  }
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
