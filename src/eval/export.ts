/**
 * Runs the extraction in this process over chosen corpus files and writes an
 * export the shared scorer reads. The evaluation may give each article's
 * cooperation decision (a reference answer, or a model trained without it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  processArticle,
  type ArticleResult,
  type ProcessOptions,
} from '../extract/pipeline/article.ts';
import { collectExtraction } from '../extract/output/collect.ts';
import { writeExtraction } from '../extract/output/write.ts';

export function extractFiles(
  corpus: string,
  files: string[],
  options: (file: string) => ProcessOptions = () => ({}),
): ArticleResult[] {
  return files.map((file) => processArticle(file, readFileSync(join(corpus, file)), options(file)));
}

export function writeExport(output: string, results: ArticleResult[]): void {
  writeExtraction(output, collectExtraction(results));
}
