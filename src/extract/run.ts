/**
 * A whole run: list the input folder, process every file (on worker threads
 * when there are many), collect and validate the records, write them.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listArticleFiles } from './files.ts';
import { processArticle, type ArticleResult } from './article.ts';
import { collectExtraction, type Extraction } from './collect.ts';
import { writeExtraction } from './write.ts';

export interface RunOptions {
  input: string;
  output: string;
  /** Worker threads; 1 processes everything on the main thread. Default: one per core when there are many files. */
  workers?: number;
}

export interface RunResult {
  extraction: Extraction;
  results: ArticleResult[];
}

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM_FILES = 400;
const BATCH = 50;

/** Processes every file under `input` and writes the four files to `output`. */
export async function runExtraction(options: RunOptions): Promise<RunResult> {
  const files = listArticleFiles(options.input, [options.output]);
  const workers = options.workers ?? (files.length >= PARALLEL_FROM_FILES ? Math.min(availableParallelism(), 4) : 1);
  const results = workers > 1 ? await processInWorkers(options.input, files, workers) : files.map((file) => processArticle(file, readFileSync(join(options.input, file))));
  const extraction = collectExtraction(results);
  writeExtraction(options.output, extraction);
  return { extraction, results };
}

async function processInWorkers(input: string, files: string[], count: number): Promise<ArticleResult[]> {
  const results: ArticleResult[] = [];
  let next = 0;
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { input } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(files.slice(next, next + BATCH));
        next += BATCH;
      };
      worker.on('message', (batch: ArticleResult[]) => {
        results.push(...batch);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: count }, runOne));
  return results;
}
