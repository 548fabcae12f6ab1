/**
 * A worker thread of the extraction: receives batches of file paths, answers
 * with their results. Runs the same processArticle as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from './article.ts';

const { input } = workerData as { input: string };
parentPort!.on('message', (batch: string[]) => {
  parentPort!.postMessage(batch.map((file) => processArticle(file, readFileSync(join(input, file)))));
});
