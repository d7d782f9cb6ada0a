import type { ProbeHttp } from './samplers.js';
import type { ResourceSampler } from '../metrics/resources.js';
import type { ComposeSpec } from './docker.js';

/** What another process (the action's post step) needs to take a stack down if this one could not. */
export type StackHandoff = { kind: 'compose'; compose: ComposeSpec } | { kind: 'process'; pgid: number; marker: string };

/**
 * A booted service under test, compose or process alike. Disposing it tears it down (`await using`), and
 * `down` may be called any number of times: the first does the work, the rest wait for it.
 */
export interface Stack extends AsyncDisposable {
  readonly kind: 'compose' | 'process';
  /** What was started, in words, for the log. */
  readonly description: string;
  readonly handoff: StackHandoff;
  /** Reads the stack's memory and CPU while the load runs. */
  sampler(): ResourceSampler;
  /** What a failing stack looks like: its state and last log lines. */
  diagnostics(): Promise<string>;
  down(): Promise<void>;
}

/** The stack to boot, as the profile's `stack` (or the action's inputs) ask. */
export interface StackConfig {
  compose?: { files: string[]; services: string[]; build: boolean; project?: string };
  command?: string;
  env: Record<string, string>;
  health: string[];
  timeoutMs: number;
  /** How health checks travel: the profile's transport settings and `insecure`. */
  http?: ProbeHttp;
}
