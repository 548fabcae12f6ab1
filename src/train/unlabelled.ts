/**
 * The unlabelled corpus as the cooperation classifier sees it, for self-training (train/cooperation.ts): the
 * features of every article of the corpus folder (its top-level `.txt` files, in name order) that no label file
 * names and that the pre-filter lets through (the model never sees the others). Read from the folder each time,
 * never copied into the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeForClassifier, prepareArticle } from '../extract/pipeline/article.ts';
import { mayReportCooperation } from '../extract/classify/classify.ts';
import { articleFeatures, type Features } from '../extract/classify/features.ts';

export function loadUnlabelled(corpus: string, labelled: Iterable<string>): Features[] {
  const skip = new Set(labelled);
  const pool: Features[] = [];
  for (const file of readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    if (skip.has(file)) continue;
    const prepared = prepareArticle(file, readFileSync(join(corpus, file)));
    if (prepared.kind === 'rejected' || !mayReportCooperation(prepared.text)) continue;
    pool.push(articleFeatures(describeForClassifier(prepared.segment())));
  }
  return pool;
}
