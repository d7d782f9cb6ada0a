import { parentPort, workerData } from 'node:worker_threads';
import { LlmLoadError } from '../core/errors.js';
import { registerSecret } from '../core/secrets.js';
import { runProfile } from './run.js';
import type { WorkerJob, WorkerMessage } from './workers.js';

/** A worker thread: runs its share of the load and sends progress and results to the main thread. */
const job = workerData as WorkerJob;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
for (const secret of job.secrets) registerSecret(secret);
const controller = new AbortController();
parentPort!.on('message', (message: { type: string; reason?: string }) => {
  if (message.type === 'stop') controller.abort(message.reason);
});

runProfile(job.profile, { ...job.options, signal: controller.signal, onProgress: (progress) => post({ type: 'progress', progress }) }).then(
  (results) => {
    post({ type: 'done', results });
    parentPort!.close();
  },
  (error: unknown) => {
    const e = error as Error;
    post({
      type: 'error',
      name: e.name,
      message: e.message,
      hint: error instanceof LlmLoadError ? error.hint : undefined,
    });
    parentPort!.close();
  },
);
