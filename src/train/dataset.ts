/**
 * The training data: every article of ../shared/gold that a person labelled
 * (labels.tsv, Y or N; P is left out) and the seeds, read by the extractor's
 * own chain up to what the classifier sees.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeForClassifier, prepareArticle } from '../extract/pipeline/article.ts';
import { mayReportCooperation } from '../extract/classify/classify.ts';
import { articleFeatures, type Features } from '../extract/classify/features.ts';
import { readAnnotations, readLabels, type GoldPaths } from './gold.ts';
import type { EventType } from '../lib/schema.ts';

export interface LabelledExample {
  file: string;
  positive: boolean;
  /** The main event's type, for a cooperation article whose type was labelled. */
  type: EventType | null;
  features: Features;
  /** Whether the cheap pre-filter lets the article through to the classifier. */
  passesPrefilter: boolean;
  origin: string;
}

export interface Dataset {
  examples: LabelledExample[];
  /** sha256 of every labelled article's bytes and label: the model says what it was trained on. */
  dataHash: string;
}

export function loadDataset(paths: GoldPaths): Dataset {
  const hash = createHash('sha256');
  const examples: LabelledExample[] = [];
  const add = (
    folder: string,
    file: string,
    positive: boolean,
    type: EventType | null,
    origin: string,
  ) => {
    const bytes = readFileSync(join(folder, file));
    hash
      .update(`${origin}/${file}\0${positive ? 'Y' : 'N'}\0${type ?? '-'}\0`)
      .update(bytes)
      .update('\0');
    const prepared = prepareArticle(file, bytes);
    if (prepared.kind === 'rejected')
      throw new Error(
        `${join(folder, file)}: a labelled article the extractor cannot read (${prepared.result.rejection})`,
      );
    examples.push({
      file,
      positive,
      type,
      origin,
      features: articleFeatures(describeForClassifier(prepared.segment())),
      passesPrefilter: mayReportCooperation(prepared.text),
    });
  };
  for (const seed of readAnnotations(join(paths.gold, 'seeds.json')))
    add(paths.seeds, seed.file, seed.cooperation, seed.type ?? null, 'seeds');
  for (const row of readLabels(paths.gold))
    if (row.label !== 'P') add(paths.corpus, row.file, row.label === 'Y', row.type, row.origin);
  return { examples, dataHash: hash.digest('hex') };
}
