/**
 * Retries a GitHub call with exponential backoff on what is worth retrying: 5xx, 429 and secondary rate
 * limits (403 saying so), and network errors. Never on other 4xx: those will not change by waiting.
 */
export interface RetryOptions {
  retries?: number;
  /** First delay, ms; doubles each time. */
  baseMs?: number;
  onRetry?: (attempt: number, error: unknown, delayMs: number) => void;
  /** Stops at once, attempt or wait, when aborted (a cancelled job). */
  signal?: AbortSignal;
  /** One attempt that takes longer fails as a timeout (and may be retried). */
  attemptTimeoutMs?: number;
  /** All attempts and waits together stay within this. */
  budgetMs?: number;
}

/** Per attempt and in all: an API that accepts connections and never answers must not hold the job. */
export const GITHUB_TIMEOUTS = {
  attemptMs: Number(process.env.LLM_LOAD_GITHUB_TIMEOUT_MS ?? 30_000),
  budgetMs: Number(process.env.LLM_LOAD_GITHUB_BUDGET_MS ?? 120_000),
};

const timeoutError = (ms: number) =>
  Object.assign(new Error(`no answer from GitHub within ${Math.round(ms / 100) / 10} s`), { code: 'ETIMEDOUT' });
const abortError = (signal: AbortSignal) =>
  Object.assign(new Error(`cancelled (${String(signal.reason ?? 'aborted')})`), { code: 'ABORT_ERR' });

/** `promise`, or a rejection when `ms` pass or `signal` aborts, whichever comes first. */
function bounded<T>(promise: Promise<T>, ms: number, signal: AbortSignal | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => done(() => reject(timeoutError(ms))), ms);
    const onAbort = () => done(() => reject(abortError(signal!)));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => done(() => resolve(value)),
      (error: unknown) => done(() => reject(error)),
    );
  });
}

/** Waits `ms`, or rejects at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function isRetryable(error: unknown): boolean {
  const e = error as { status?: number; message?: string; code?: string };
  if (typeof e.status === 'number') {
    if (e.status >= 500 || e.status === 429) return true;
    return e.status === 403 && /secondary rate limit|abuse/i.test(e.message ?? '');
  }
  return (
    ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET'].includes(e.code ?? '') ||
    /network|socket hang up/i.test(e.message ?? '')
  );
}

export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 3;
  const base = options.baseMs ?? 1000;
  const { signal } = options;
  const attemptMs = options.attemptTimeoutMs ?? GITHUB_TIMEOUTS.attemptMs;
  const deadline = Date.now() + (options.budgetMs ?? GITHUB_TIMEOUTS.budgetMs);
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw abortError(signal);
    try {
      return await bounded(call(), Math.max(1, Math.min(attemptMs, deadline - Date.now())), signal);
    } catch (error) {
      if (attempt >= retries || !isRetryable(error) || signal?.aborted) throw error;
      const retryAfter = Number((error as { response?: { headers?: Record<string, string> } }).response?.headers?.['retry-after']);
      const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 60_000) : base * 2 ** attempt;
      if (Date.now() + delay >= deadline) throw error;
      options.onRetry?.(attempt + 1, error, delay);
      await pause(delay, signal);
    }
  }
}

/** `fetch` for Octokit: every request ends within the per-attempt timeout, and at once on a cancel. */
export function boundedFetch(signal: AbortSignal): typeof fetch {
  return (input, init = {}) =>
    fetch(input, {
      ...init,
      signal: AbortSignal.any([signal, AbortSignal.timeout(GITHUB_TIMEOUTS.attemptMs), ...(init.signal ? [init.signal] : [])]),
    });
}
