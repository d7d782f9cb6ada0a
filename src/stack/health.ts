import { formatDuration } from '../core/duration.js';
import { StackError } from '../core/errors.js';
import { getOnce, transportFor } from '../http/choose.js';
import { DEFAULT_PROBE_HTTP, type ProbeHttp } from './samplers.js';
import type { Transport } from '../http/transport.js';

export interface HealthOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called while waiting, with what each URL last answered. */
  onWait?: (status: string) => void;
  /** The profile's transport settings and `insecure`: health checks travel as the load will. */
  http?: ProbeHttp;
}

/** True when the URL answered 2xx; else what it answered, short (`HTTP 503`, `ECONNREFUSED`). */
async function probe(transport: Transport, url: string): Promise<string | true> {
  const outcome = await getOnce(transport, url, 5000);
  if (!outcome.error) return outcome.status >= 200 && outcome.status < 300 ? true : `HTTP ${outcome.status}`;
  if (outcome.status > 0) return `HTTP ${outcome.status}`;
  const said = (outcome.message ?? outcome.error).replace(/^GET [^:]*: /, '');
  return /^([A-Z][A-Z0-9_]{2,}):/.exec(said)?.[1] ?? said.slice(0, 120);
}

/**
 * Waits until every URL answers 2xx, polling with backoff (100 ms doubling to 2 s). Throws StackError
 * naming what each URL last answered when the timeout passes.
 */
export async function waitForHealth(urls: readonly string[], options: HealthOptions): Promise<void> {
  const http = options.http ?? DEFAULT_PROBE_HTTP;
  const transport = await transportFor(urls, http.settings, http.insecure);
  try {
    await pollHealth(transport, urls, options);
  } finally {
    await transport.close();
  }
}

async function pollHealth(transport: Transport, urls: readonly string[], options: HealthOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let delay = 100;
  const last = new Map<string, string>();
  for (;;) {
    const answers = await Promise.all(urls.map((url) => probe(transport, url)));
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
