/** Reads one file and runs the chain on it: what the main thread and the workers both do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from './article.ts';
import { bytesHash } from './cache.ts';
import type { Processed } from './run.ts';
import type { FileProgress } from './slow-files.ts';

export function processFile(input: string, file: string): Processed {
  const started = performance.now();
  const bytes = readFileSync(join(input, file));
  const result = processArticle(file, bytes);
  return { result, hash: bytesHash(bytes), seconds: (performance.now() - started) / 1000 };
}

/** Processes `files`, the ones from `first` on in the run's list, marking for the watchdog which one is being read. */
export function processFiles(
  input: string,
  files: string[],
  first: number,
  progress: FileProgress,
  thread: number,
): Processed[] {
  return files.map((file, i) => {
    progress.begin(thread, first + i);
    const processed = processFile(input, file);
    progress.end(thread);
    return processed;
  });
}
