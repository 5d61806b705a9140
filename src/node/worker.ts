// The worker thread of verifyFiles/validateFiles (built as dist/node/worker.js): builds its own
// verifier from the batch's serialisable options, then checks the files it is sent, several at a
// time (the main thread bounds how many), and posts each outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import {
  type BatchJob,
  type BatchMode,
  createJobRunner,
  type SerialisedBatchOptions,
  toVerifyOptions,
} from './batch-job.js';

const { mode, options } = workerData as { mode: BatchMode; options: SerialisedBatchOptions };
const port = parentPort;
if (port) {
  const run = createJobRunner(mode, toVerifyOptions(options));
  port.on('message', (job: BatchJob) => {
    run(job.path).then(
      (outcome) => port.postMessage({ id: job.id, ...outcome }),
      (error: unknown) =>
        port.postMessage({
          id: job.id,
          failure: {
            message: (error as Error)?.message ?? String(error),
            name: (error as Error)?.name,
          },
        }),
    );
  });
}
