import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { StackError } from '../core/errors.js';
import { startComposeStack } from './compose.js';
import { waitForHealth } from './health.js';
import { startProcessStack } from './process.js';
import type { Stack, StackConfig, StackHandoff } from './stack.js';

export interface BootOptions {
  /** The checkout the stack boots from: compose files and the command are relative to it. */
  cwd?: string;
  /** Added to the stack's environment, over the profile's `stack.env`. */
  env?: Record<string, string>;
  /** Where stack.log (a command's output) or compose.log (the services' logs) goes. */
  logDir: string;
  /** Names the compose project (with a random suffix, so two boots never share one). */
  name: string;
  signal: AbortSignal;
  log: (line: string) => void;
  /** What each health URL answered while it waits. */
  debug?: (line: string) => void;
  onHandoff?: (handoff: StackHandoff) => void;
}

/** A compose project name: lowercase letters, digits, `-` and `_`, unique per boot. */
export function projectName(name: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[-_]+|[-_]+$/g, '')
      .slice(0, 40) || 'stack';
  return `llm-load-${slug}-${randomBytes(3).toString('hex')}`;
}

/**
 * Boots the stack `config` asks for (compose or a command; none when it has neither) and waits until
 * every health URL answers 2xx. When health fails, the stack's state and last log lines are added to the
 * error and the stack is torn down. When `signal` aborts meanwhile, the stack is torn down and
 * undefined returned: the caller writes results that say the run was cancelled.
 */
export async function bootStack(config: StackConfig, options: BootOptions): Promise<Stack | undefined> {
  const env = { ...config.env, ...options.env };
  let stack: Stack | undefined;
  try {
    if (config.compose) {
      const compose = config.compose;
      const project = compose.project ?? projectName(options.name);
      options.log(`stack: compose project ${project}: up -d${compose.build ? ' --build' : ''} (${compose.files.join(', ')})`);
      stack = await startComposeStack({
        ...compose,
        project,
        env,
        cwd: options.cwd,
        logFile: join(options.logDir, 'compose.log'),
        signal: options.signal,
        onHandoff: options.onHandoff,
      });
    } else if (config.command) {
      const logFile = join(options.logDir, 'stack.log');
      options.log(`stack: starting "${config.command}" (log: ${logFile})`);
      stack = await startProcessStack({ command: config.command, env, logFile, cwd: options.cwd });
      options.onHandoff?.(stack.handoff);
    }
  } catch (error) {
    if (options.signal.aborted) return undefined;
    throw error;
  }
  if (config.health.length === 0) return stack;
  try {
    await waitForHealth(config.health, {
      timeoutMs: config.timeoutMs,
      signal: options.signal,
      onWait: (status) => options.debug?.(`health: ${status}`),
      http: config.http,
    });
    options.log(`stack: healthy (${config.health.join(', ')})`);
    return stack;
  } catch (error) {
    const diagnostics = options.signal.aborted ? '' : ((await stack?.diagnostics()) ?? '');
    await stack?.down();
    if (options.signal.aborted) return undefined;
    if (error instanceof StackError) throw new StackError(diagnostics ? `${error.message}\n${diagnostics}` : error.message, error.hint);
    throw error;
  }
}
