/**
 * The unlabelled corpus as the cooperation classifier sees it, for self-training (train/cooperation.ts): the
 * features of every article of the corpus folder (its top-level `.txt` files, in name order) that no label file
 * names and that the pre-filter lets through (the model never sees the others). Read from the folder each time,
 * never copied into the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeForClassifier,
  prepareArticle,
  type PreparedArticle,
} from '../extract/pipeline/article.ts';
import { mayReportCooperation } from '../extract/classify/classify.ts';
import { articleFeatures, type Features } from '../extract/classify/features.ts';

/** The corpus folder's articles (its top-level `.txt` files) in name order: self-training's pool, the strata's sizes. */
export function corpusArticleFiles(corpus: string): string[] {
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The prepared articles of the corpus folder that no label file names and the pre-filter lets through, in name order. */
export function* unlabelledArticles(
  corpus: string,
  labelled: Iterable<string>,
): Generator<Extract<PreparedArticle, { kind: 'prepared' }>> {
  const skip = new Set(labelled);
  for (const file of corpusArticleFiles(corpus)) {
    if (skip.has(file)) continue;
    const prepared = prepareArticle(file, readFileSync(join(corpus, file)));
    if (prepared.kind === 'rejected' || !mayReportCooperation(prepared.text)) continue;
    yield prepared;
  }
}

export function loadUnlabelled(corpus: string, labelled: Iterable<string>): Features[] {
  return [...unlabelledArticles(corpus, labelled)].map((prepared) =>
    articleFeatures(describeForClassifier(prepared.segment())),
  );
}
