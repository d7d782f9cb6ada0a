import * as core from '@actions/core';
import { composeDown, type ComposeSpec } from '../stack/compose.js';
import { STATE_COMPOSE, STATE_PGID } from './state.js';

/** The post step: runs even when the job failed or was cancelled, and takes the stack down. */
async function post(): Promise<void> {
  const compose = core.getState(STATE_COMPOSE);
  if (compose) {
    const spec = JSON.parse(compose) as ComposeSpec;
    core.info(`stack: ${spec.command.join(' ')} -p ${spec.project} down -v --remove-orphans`);
    const result = await composeDown(spec);
    if (result.code !== 0) core.warning(`docker compose down failed (exit ${result.code}): ${result.stderr.trim()}`);
  }
  const pgid = Number(core.getState(STATE_PGID));
  if (pgid > 0) {
    try {
      process.kill(-pgid, 'SIGKILL'); // main stops it gracefully; this only catches what a cancel left behind
      core.info(`stack: killed what was left of process group ${pgid}`);
    } catch {
      // already gone, as it should be
    }
  }
}

post().catch((error: unknown) => core.warning(`teardown failed: ${(error as Error).message}`));
