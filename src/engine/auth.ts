import type { MetricsRecorder } from '../metrics/recorder.js';
import { registerSecret } from '../core/secrets.js';
import type { HttpRequest, Transport } from '../http/transport.js';
import { readJsonPath, type JsonPath } from '../core/jsonpath.js';
import type { Render } from '../core/template.js';

/** The profile's `auth:` block, compiled: how to log in and where the token is. */
export interface CompiledAuth {
  origin: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Render | undefined;
  tokenPath: JsonPath;
  tokenSource: string;
  perVu: boolean;
  /** Endpoint index under which login requests are recorded. */
  endpoint: number;
}

export class LoginError extends Error {}

/**
 * Logs in once for the run (or once per VU with `per_vu`), hands the token to every iteration, and logs
 * in again when a request comes back 401. Concurrent callers share one login in flight. Every token is
 * registered as a secret before anything could print it. `fixedToken` (--jwt-token) skips logging in.
 */
export class AuthSession {
  private readonly tokens = new Map<number, Promise<string | undefined>>();

  constructor(
    private readonly auth: CompiledAuth | undefined,
    private readonly http: Transport,
    private readonly recorder: MetricsRecorder,
    private readonly timeoutMs: number,
    private readonly fixedToken?: string,
    /** The run's stop: a login in flight ends at once (as interrupted) when it aborts. */
    private readonly signal?: AbortSignal,
  ) {
    if (fixedToken) registerSecret(fixedToken);
  }

  private key(vu: number): number {
    return this.auth?.perVu ? vu : 0;
  }

  token(vu: number): Promise<string | undefined> {
    if (this.fixedToken) return Promise.resolve(this.fixedToken);
    const key = this.key(vu);
    let pending = this.tokens.get(key);
    if (!pending) {
      pending = this.login(vu).catch(() => {
        this.tokens.delete(key); // let the next iteration try again
        return undefined;
      });
      this.tokens.set(key, pending);
    }
    return pending;
  }

  /**
   * Logs in once before the run when the token is shared, so a login that fails stops the run with its
   * reason (as a LoginError) instead of failing every iteration.
   */
  async prime(): Promise<void> {
    if (this.fixedToken || !this.auth || this.auth.perVu) return;
    const login = this.login(0);
    this.tokens.set(
      0,
      login.catch(() => undefined),
    );
    await login;
  }

  /** A request with `stale` got 401: log in again, unless another VU already did. */
  async refresh(vu: number, stale: string): Promise<string | undefined> {
    if (this.fixedToken) return undefined;
    const key = this.key(vu);
    const current = await this.tokens.get(key);
    if (current !== undefined && current !== stale) return current;
    this.tokens.delete(key);
    return this.token(vu);
  }

  /** Logs in; throws LoginError with a scrubbed reason when it fails (the failure is also recorded). */
  async login(vu: number): Promise<string> {
    const auth = this.auth!;
    const request: HttpRequest = {
      origin: auth.origin,
      path: auth.path,
      method: auth.method,
      headers: auth.headers,
      body: auth.body?.({ vu }),
    };
    const start = performance.now();
    const pending = this.http.send(request, true);
    const timer = setTimeout(() => pending.abort('timeout'), this.timeoutMs);
    const stop = () => pending.abort('stop');
    if (this.signal?.aborted) stop();
    else this.signal?.addEventListener('abort', stop, { once: true });
    const outcome = await pending.outcome;
    clearTimeout(timer);
    this.signal?.removeEventListener('abort', stop);
    const latencyMs = performance.now() - start;
    let token: unknown;
    let problem = outcome.error === 'interrupted' ? 'interrupted' : outcome.message;
    if (!outcome.error) {
      try {
        token = readJsonPath(JSON.parse(outcome.body ?? ''), auth.tokenPath);
      } catch {
        token = undefined;
      }
      if (typeof token !== 'string' || token === '') problem = `login response has no token at ${auth.tokenSource}`;
    }
    const kind = outcome.error && outcome.error !== 'interrupted' ? outcome.error : problem ? 'assertion' : undefined;
    this.recorder.record({ endpoint: auth.endpoint, scenario: -1, latencyMs, status: outcome.status, error: kind, message: problem });
    if (problem) throw new LoginError(`auth login ${auth.method} ${auth.path}: ${problem}`);
    registerSecret(token as string);
    return token as string;
  }
}
