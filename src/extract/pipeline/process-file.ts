/** Reads one file and runs the chain on it: what the main thread and the workers both do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from './article.ts';
import { bytesHash } from './cache.ts';
import type { Processed } from './run.ts';
import type { FileProgress } from './slow-files.ts';

/** `hashBytes`: the file's hash for the cache; a run without a cache need not compute it. */
export function processFile(input: string, file: string, hashBytes = true): Processed {
  const started = performance.now();
  const bytes = readFileSync(join(input, file));
  const result = processArticle(file, bytes);
  const hash = hashBytes ? bytesHash(bytes) : null;
  return { result, hash, seconds: (performance.now() - started) / 1000 };
}

/** Processes `files`, the ones from `first` on in the run's list, marking for the watchdog which one is being read. */
export function processFiles(
  input: string,
  files: string[],
  first: number,
  progress: FileProgress,
  thread: number,
  hashBytes: boolean,
): Processed[] {
  return files.map((file, i) => {
    progress.begin(thread, first + i);
    const processed = processFile(input, file, hashBytes);
    progress.end(thread);
    return processed;
  });
}
