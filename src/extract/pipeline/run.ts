/**
 * A whole run: list the input folder, take what the cache already knows,
 * process the rest (on worker threads when there are many), collect and
 * validate the records, write them.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listArticleFiles } from './files.ts';
import { FileProgress, SLOW_FILE_SECONDS, watchSlowFiles, type SlowFile } from './slow-files.ts';
import type { ArticleResult } from './article.ts';
import { collectExtraction } from '../output/collect.ts';
import { validateExtraction, type Extraction } from '../output/records.ts';
import { writeExtraction } from '../output/write.ts';
import { bytesHash, DEFAULT_CACHE_DIR, ExtractionCache } from './cache.ts';
import { extractorVersion } from './version.ts';
import {
  applyArticleCorrections,
  applyEventCorrections,
  DEFAULT_CORRECTIONS_DIR,
  loadCorrections,
  type StaleCorrection,
} from './corrections.ts';
import {
  assignPermalinks,
  readRegister,
  settleRegister,
  textSignature,
  writeRegister,
} from '../output/permalinks.ts';
import type { WithdrawnEvent } from '../../lib/schema.ts';

export interface RunOptions {
  input: string;
  output: string;
  /** Worker threads; 1 processes everything on the main thread. Default: one per core when there are many files. */
  workers?: number;
  /** false for a cold run that reads and writes no cache. */
  cache?: boolean;
  cacheDir?: string;
  /** Staff corrections folder; default corrections/ (absent: no corrections). */
  corrections?: string;
  /** The permalinks register to read and update; none when not given (a library call, a test). */
  permalinks?: string;
  /** After this many seconds on one file the run names it on stderr (default SLOW_FILE_SECONDS). */
  slowFileSeconds?: number;
}

export interface RunResult {
  extraction: Extraction;
  results: ArticleResult[];
  /** How many files were taken from the cache. */
  cached: number;
  /** Corrections whose target no longer exists: reported, not applied. */
  staleCorrections: StaleCorrection[];
  /** Corrections that took effect (every correction read, less the stale ones). */
  correctionsApplied: number;
  /** Registered events whose article was removed or rejected: their addresses say so. */
  withdrawn: WithdrawnEvent[];
  /** Files that took longer than the slow-file limit to read, in file order. */
  slowFiles: SlowFile[];
}

/** Below this many files to process, starting workers costs more than it saves. */
const PARALLEL_FROM_FILES = 400;
const BATCH = 50;

export interface Processed {
  result: ArticleResult;
  /** The file's hash, for the cache; null in a run without one. */
  hash: string | null;
  /** How long reading and processing the file took. */
  seconds: number;
}

/** Processes every file under `input` and writes the four files to `output`. */
export async function runExtraction(options: RunOptions): Promise<RunResult> {
  // Read first: a correction the schema refuses stops the run before any work.
  const corrections = loadCorrections(options.corrections ?? DEFAULT_CORRECTIONS_DIR);
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
    // A run without a cache has nothing to look up: its files are read once, by the threads that process them.
    if (!cache) {
      todo.push(file);
      continue;
    }
    const { size, mtimeMs } = statSync(join(options.input, file));
    stats.set(file, { size, mtimeMs });
    const known =
      cache.knownHash(file, size, mtimeMs) ?? bytesHash(readFileSync(join(options.input, file)));
    const hit = cache.get(file, known);
    if (hit) {
      results.push(hit);
      cache.put(hit, known, size, mtimeMs);
    } else todo.push(file);
  }
  const cached = results.length;
  const workers =
    options.workers ??
    (todo.length >= PARALLEL_FROM_FILES ? Math.min(availableParallelism(), 4) : 1);
  const slowAfter = options.slowFileSeconds ?? SLOW_FILE_SECONDS;
  const progress = FileProgress.forThreads(workers);
  const stopWatching = todo.length
    ? watchSlowFiles({ progress, files: todo, seconds: slowAfter })
    : null;
  // The parsing pipeline is loaded only when something needs extracting: a warm run never needs it.
  const processed =
    workers > 1
      ? await processInWorkers(options.input, todo, workers, progress, cache !== null)
      : todo.length
        ? await processHere(options.input, todo, progress, cache !== null)
        : [];
  await stopWatching?.();
  const slowFiles = processed
    .filter((p) => p.seconds > slowAfter)
    .map((p) => ({ file: p.result.file, seconds: Math.round(p.seconds * 10) / 10 }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const { result, hash } of processed) {
    results.push(result);
    const stat = stats.get(result.file)!;
    if (cache && hash) cache.put(result, hash, stat.size, stat.mtimeMs);
  }
  cache?.save();
  // Corrections come after the cache: it keeps what the extractor found, so they apply to every run.
  const { processArticle } = corrections.articles.length
    ? await import('./article.ts')
    : { processArticle: null };
  const register = options.permalinks ? readRegister(options.permalinks) : null;
  const forced = applyArticleCorrections(
    results,
    corrections.articles,
    (file) => processArticle!(file, readFileSync(join(options.input, file)), { cooperation: true }),
    // Asked only for an id no article has now: the register keeps every id an article has had.
    (id) => Object.values(register?.articles ?? {}).find((a) => a.ids.includes(id))?.file,
  );
  const { decodeArticleBytes } = register
    ? await import('../read/read.ts')
    : { decodeArticleBytes: null };
  const signatureOf = (file: string) => {
    const decoded = decodeArticleBytes!(readFileSync(join(options.input, file)));
    return textSignature(decoded.ok ? decoded.text : '');
  };
  const collected = collectExtraction(
    forced.results,
    register ? (x) => assignPermalinks(x, register, signatureOf) : undefined,
  );
  const corrected = applyEventCorrections(collected, corrections.events);
  // Validated again after the corrections: a corrected event must still meet the contract.
  const extraction = validateExtraction(corrected.extraction, (id) => {
    const file = corrected.extraction.events.find((e) => e.id === id)?.corrected?.[0]?.file;
    return file ? join(options.corrections ?? DEFAULT_CORRECTIONS_DIR, file) : undefined;
  });
  writeExtraction(options.output, extraction);
  const withdrawn = register ? settleRegister(extraction, register) : [];
  // Beside the four files, for the site: the pages of withdrawn events.
  writeFileSync(join(options.output, 'withdrawn.json'), `${JSON.stringify(withdrawn, null, 1)}\n`);
  if (register) writeRegister(options.permalinks!, register);
  const staleCorrections = [...forced.stale, ...corrected.stale];
  return {
    withdrawn,
    extraction,
    results: forced.results,
    cached,
    staleCorrections,
    correctionsApplied:
      corrections.articles.length + corrections.events.length - staleCorrections.length,
    slowFiles,
  };
}

async function processHere(
  input: string,
  files: string[],
  progress: FileProgress,
  hashBytes: boolean,
): Promise<Processed[]> {
  const { processFiles } = await import('./process-file.ts');
  return processFiles(input, files, 0, progress, 0, hashBytes);
}

async function processInWorkers(
  input: string,
  files: string[],
  count: number,
  progress: FileProgress,
  hashBytes: boolean,
): Promise<Processed[]> {
  const results: Processed[] = [];
  let next = 0;
  const runOne = (thread: number) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: { input, progressBuffer: progress.buffer, thread, hashBytes },
      });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ first: next, files: files.slice(next, next + BATCH) });
        next += BATCH;
      };
      worker.on('message', (batch: Processed[]) => {
        results.push(...batch);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: count }, (_, thread) => runOne(thread)));
  return results;
}
