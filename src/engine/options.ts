import type { MetricsRecorder } from '../metrics/recorder.js';
import type { Progress } from '../metrics/progress.js';
import type { ResourceSampler } from '../metrics/resources.js';
import type { Shard } from './shard.js';

export interface RunOptions {
  /** Aborting it stops the run at once; its reason (e.g. "SIGINT") is recorded as `meta.interrupted`. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  seed?: number;
  profilePath?: string;
  /** Headers added to every request (API keys); never written anywhere. */
  extraHeaders?: Record<string, string>;
  /** Per-request SLO limits that make a request count toward goodput (from the thresholds table). */
  goodput?: MetricsRecorder['goodputLimits'];
  /** Samples the service's memory and CPU every `intervalMs` while the load runs. */
  resources?: { sampler: ResourceSampler; intervalMs: number };
  /** Worker threads to spread the load over (their results merge exactly); 'auto': by load and cores. */
  workers?: number | 'auto';
  /** Secrets worker threads must mask too (the main thread's are not theirs). */
  secrets?: string[];
  /** Run only this shard's share of the load (sharding across runners, or one worker thread's part). */
  shard?: Shard;
  /** --jwt-token: used as the auth token (no login), or sent as `Authorization: Bearer` without auth. */
  jwtToken?: string;
  /** The commit under test, recorded in the results (the pipeline finds it; the engine runs no git). */
  commit?: string | null;
}
