import * as core from '@actions/core';
import { composeDown } from '../stack/compose.js';
import type { ComposeSpec } from '../stack/docker.js';
import { killLeftovers } from '../stack/process.js';
import { STATE_COMPOSE, STATE_MARKER, STATE_PGID } from './state.js';

/** The post step: runs even when the job failed or was cancelled, and takes the stack down. */
async function post(): Promise<void> {
  const compose = core.getState(STATE_COMPOSE);
  if (compose) {
    const spec = JSON.parse(compose) as ComposeSpec;
    core.info(`stack: ${spec.command.join(' ')} -p ${spec.project} down -v --remove-orphans`);
    const result = await composeDown(spec);
    if (result.code !== 0) core.warning(`docker compose down failed (exit ${result.code}): ${result.stderr.trim()}`);
  }
  // main stops the stack gracefully; this only catches what a cancel left behind, and only what is ours.
  const pgid = Number(core.getState(STATE_PGID));
  const marker = core.getState(STATE_MARKER);
  if (pgid > 0 && marker) {
    const killed = await killLeftovers(pgid, marker);
    if (killed) core.info(`stack: killed ${killed} process(es) left of process group ${pgid}`);
  }
}

post().catch((error: unknown) => core.warning(`teardown failed: ${(error as Error).message}`));
