import { formatDuration } from '../core/duration.js';
import { StackError } from '../core/errors.js';

export interface HealthOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called while waiting, with what each URL last answered. */
  onWait?: (status: string) => void;
}

async function probe(url: string): Promise<string | true> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.body?.cancel();
    return response.ok ? true : `HTTP ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
    return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message;
  }
}

/**
 * Waits until every URL answers 2xx, polling with backoff (100 ms doubling to 2 s). Throws StackError
 * naming what each URL last answered when the timeout passes.
 */
export async function waitForHealth(urls: readonly string[], options: HealthOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let delay = 100;
  const last = new Map<string, string>();
  for (;;) {
    const answers = await Promise.all(urls.map(probe));
    answers.forEach((answer, i) => last.set(urls[i]!, answer === true ? 'ok' : answer));
    if (answers.every((a) => a === true)) return;
    if (options.signal?.aborted) throw new StackError('health wait cancelled', 'the run was cancelled; the stack is taken down');
    if (Date.now() >= deadline) {
      const detail = [...last].map(([url, status]) => `${url}: ${status}`).join(', ');
      throw new StackError(
        `the stack did not become healthy within ${formatDuration(options.timeoutMs)} (${detail})`,
        'check the service logs below, or raise stack.timeout',
      );
    }
    options.onWait?.([...last].map(([url, status]) => `${url} ${status}`).join(', '));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(delay, deadline - Date.now()))));
    delay = Math.min(2000, delay * 2);
  }
}
