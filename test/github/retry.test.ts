import { describe, expect, it } from 'vitest';
import { isRetryable, withRetry } from '../../src/github/retry.js';

const httpError = (status: number, message = 'x') => Object.assign(new Error(message), { status });

describe('retrying GitHub calls', () => {
  it.each([
    [httpError(500), true],
    [httpError(502), true],
    [httpError(429), true],
    [httpError(403, 'You have exceeded a secondary rate limit'), true],
    [httpError(403, 'Resource not accessible by integration'), false],
    [httpError(404), false],
    [httpError(422), false],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), true],
  ])('%s retryable: %s', (error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });

  it('backs off and succeeds, or gives up after the retries, and never retries a 4xx', async () => {
    let calls = 0;
    const delays: number[] = [];
    await expect(
      withRetry(
        async () => {
          if (++calls < 3) throw httpError(503);
          return 'ok';
        },
        { baseMs: 5, onRetry: (_a, _e, d) => delays.push(d) },
      ),
    ).resolves.toBe('ok');
    expect(delays).toEqual([5, 10]);
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(httpError(500))), { retries: 2, baseMs: 1 })).rejects.toThrow();
    expect(calls).toBe(3);
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(httpError(422))), { baseMs: 1 })).rejects.toThrow();
    expect(calls).toBe(1);
  });
});

describe('GitHub calls that never answer', () => {
  const silent = () => new Promise<never>(() => undefined);

  it('time out per attempt, retry, and stay within the total budget', async () => {
    let calls = 0;
    const started = Date.now();
    const error = await withRetry(
      () => {
        calls++;
        return silent();
      },
      { baseMs: 20, attemptTimeoutMs: 100, budgetMs: 400 },
    ).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/no answer from GitHub within 0\.1 s/);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stop at once when the job is cancelled, mid-attempt or mid-wait', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGTERM'), 50);
    const started = Date.now();
    await expect(withRetry(silent, { signal: controller.signal, attemptTimeoutMs: 10_000 })).rejects.toThrow(/cancelled \(SIGTERM\)/);
    expect(Date.now() - started).toBeLessThan(1000);
    const waiting = new AbortController();
    setTimeout(() => waiting.abort('SIGINT'), 50);
    await expect(withRetry(() => Promise.reject(httpError(503)), { signal: waiting.signal, baseMs: 10_000 })).rejects.toThrow(
      /cancelled \(SIGINT\)/,
    );
    await expect(withRetry(async () => 'never called', { signal: AbortSignal.abort('SIGTERM') })).rejects.toThrow(/cancelled/);
  });
});
