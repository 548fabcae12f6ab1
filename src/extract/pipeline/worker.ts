/**
 * A worker thread of the extraction: receives batches of file paths, answers
 * with their results. Runs the same processFile as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './process-file.ts';

const { input } = workerData as { input: string };
parentPort!.on('message', (batch: string[]) => {
  parentPort!.postMessage(batch.map((file) => processFile(input, file)));
});
