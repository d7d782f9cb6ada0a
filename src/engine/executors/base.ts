import type { VirtualUser } from '../vu.js';

/** What the run needs of an executor, closed or open model alike. */
export interface Executor {
  readonly durationMs: number;
  /** Most VUs it may run at once (sizes the connection pool). */
  readonly maxVus: number;
  /** Every VU created so far: the run's timeout sweeper and interrupts go through them. */
  readonly vus: readonly VirtualUser[];
  /** VUs running now (closed model) or busy with an iteration (open model). */
  readonly activeCount: number;
  /** Drives the load until the schedule ends or `signal` aborts. */
  drive(signal: AbortSignal): Promise<void>;
  /** Starts no more work; resolves when every VU has finished what it was doing. */
  windDown(): Promise<void>;
}

/** Resolves after one turn of the event loop, with whatever I/O was ready handled. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Waits `ms`, or less if `signal` aborts first. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
