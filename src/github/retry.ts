/**
 * Retries a GitHub call with exponential backoff on what is worth retrying: 5xx, 429 and secondary rate
 * limits (403 saying so), and network errors. Never on other 4xx: those will not change by waiting.
 */
export interface RetryOptions {
  retries?: number;
  /** First delay, ms; doubles each time. */
  baseMs?: number;
  onRetry?: (attempt: number, error: unknown, delayMs: number) => void;
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
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      const retryAfter = Number((error as { response?: { headers?: Record<string, string> } }).response?.headers?.['retry-after']);
      const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 60_000) : base * 2 ** attempt;
      options.onRetry?.(attempt + 1, error, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
