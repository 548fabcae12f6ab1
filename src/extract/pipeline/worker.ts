/**
 * A worker thread of the extraction: receives batches of file paths, answers
 * with their results. Runs the same processFiles as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFiles } from './process-file.ts';
import { FileProgress } from './slow-files.ts';

const { input, progressBuffer, thread, hashBytes } = workerData as {
  input: string;
  progressBuffer: SharedArrayBuffer;
  thread: number;
  hashBytes: boolean;
};
const progress = new FileProgress(progressBuffer);
parentPort!.on('message', ({ first, files }: { first: number; files: string[] }) => {
  parentPort!.postMessage(processFiles(input, files, first, progress, thread, hashBytes));
});
