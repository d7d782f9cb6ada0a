/** A running load's figures so far, as the progress line shows them once a second. */
export interface Progress {
  elapsedMs: number;
  totalMs: number;
  vus: number;
  requests: number;
  failures: number;
  /** Latency p95 of the run so far, ms (null before the first success). */
  p95: number | null;
  stopping: boolean;
  /** Capacity searches: which step this is. */
  label?: string;
}
