/**
 * A whole run: list the input folder, take what the cache already knows,
 * process the rest (on worker threads when there are many), collect and
 * validate the records, write them.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listArticleFiles } from './files.ts';
import type { ArticleResult } from './article.ts';
import { collectExtraction } from '../output/collect.ts';
import type { Extraction } from '../output/records.ts';
import { writeExtraction } from '../output/write.ts';
import { bytesHash, DEFAULT_CACHE_DIR, ExtractionCache } from './cache.ts';
import { extractorVersion } from './version.ts';

export interface RunOptions {
  input: string;
  output: string;
  /** Worker threads; 1 processes everything on the main thread. Default: one per core when there are many files. */
  workers?: number;
  /** false for a cold run that reads and writes no cache. */
  cache?: boolean;
  cacheDir?: string;
}

export interface RunResult {
  extraction: Extraction;
  results: ArticleResult[];
  /** How many files were taken from the cache. */
  cached: number;
}

/** Below this many files to process, starting workers costs more than it saves. */
const PARALLEL_FROM_FILES = 400;
const BATCH = 50;

export interface Processed {
  result: ArticleResult;
  hash: string;
}

/** Processes every file under `input` and writes the four files to `output`. */
export async function runExtraction(options: RunOptions): Promise<RunResult> {
  const files = listArticleFiles(options.input, [options.output]);
  const cache =
    options.cache === false
      ? null
      : new ExtractionCache(
          options.cacheDir ?? DEFAULT_CACHE_DIR,
          options.input,
          extractorVersion(),
        );
  const results: ArticleResult[] = [];
  const todo: string[] = [];
  const stats = new Map<string, { size: number; mtimeMs: number }>();
  for (const file of files) {
    const { size, mtimeMs } = statSync(join(options.input, file));
    stats.set(file, { size, mtimeMs });
    const known =
      cache?.knownHash(file, size, mtimeMs) ??
      (cache ? bytesHash(readFileSync(join(options.input, file))) : null);
    const hit = known && cache ? cache.get(file, known) : null;
    if (hit && known) {
      results.push(hit);
      cache!.put(hit, known, size, mtimeMs);
    } else todo.push(file);
  }
  const cached = results.length;
  const workers =
    options.workers ??
    (todo.length >= PARALLEL_FROM_FILES ? Math.min(availableParallelism(), 4) : 1);
  // The parsing pipeline is loaded only when something needs extracting: a warm run never needs it.
  const processed =
    workers > 1
      ? await processInWorkers(options.input, todo, workers)
      : todo.length
        ? await processHere(options.input, todo)
        : [];
  for (const { result, hash } of processed) {
    results.push(result);
    const stat = stats.get(result.file)!;
    cache?.put(result, hash, stat.size, stat.mtimeMs);
  }
  const extraction = collectExtraction(results);
  writeExtraction(options.output, extraction);
  cache?.save();
  return { extraction, results, cached };
}

async function processHere(input: string, files: string[]): Promise<Processed[]> {
  const { processFile } = await import('./process-file.ts');
  return files.map((file) => processFile(input, file));
}

async function processInWorkers(
  input: string,
  files: string[],
  count: number,
): Promise<Processed[]> {
  const results: Processed[] = [];
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
      worker.on('message', (batch: Processed[]) => {
        results.push(...batch);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: count }, runOne));
  return results;
}
