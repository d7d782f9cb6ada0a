import * as core from '@actions/core';
import { INTERNAL_HINT, LlmLoadError } from '../core/errors.js';
import { scrub } from '../core/secrets.js';
import { runAction } from './run.js';

/** The action's entry: one failure funnel; a cancel (SIGINT/SIGTERM) still writes partial results. */
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    core.warning(`${signal}: stopping the load and writing partial results`);
    controller.abort(signal);
  });
}

runAction(controller.signal)
  .catch((error: unknown) => {
    if (error instanceof LlmLoadError) core.setFailed(scrub(`${error.message}\nhint: ${error.hint}`));
    else core.setFailed(scrub(`internal error: ${(error as Error).stack ?? String(error)}\nhint: ${INTERNAL_HINT}`));
  })
  // Done: a GitHub request we stopped waiting for (a silent API) must not hold the step open.
  .finally(() => process.exit());
