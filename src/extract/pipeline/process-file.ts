/** Reads one file and runs the chain on it: what the main thread and the workers both do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from './article.ts';
import { bytesHash } from './cache.ts';
import type { Processed } from './run.ts';

export function processFile(input: string, file: string): Processed {
  const bytes = readFileSync(join(input, file));
  return { result: processArticle(file, bytes), hash: bytesHash(bytes) };
}
