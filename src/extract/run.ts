/**
 * A whole run: list the input folder, process every file, collect and
 * validate the records, write them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listArticleFiles } from './files.ts';
import { processArticle, type ArticleResult } from './article.ts';
import { collectExtraction, type Extraction } from './collect.ts';
import { writeExtraction } from './write.ts';

export interface RunOptions {
  input: string;
  output: string;
}

export interface RunResult {
  extraction: Extraction;
  results: ArticleResult[];
}

/** Processes every file under `input` and writes the four files to `output`. */
export function runExtraction(options: RunOptions): RunResult {
  const files = listArticleFiles(options.input, [options.output]);
  const results = files.map((file) => processArticle(file, readFileSync(join(options.input, file))));
  const extraction = collectExtraction(results);
  writeExtraction(options.output, extraction);
  return { extraction, results };
}
