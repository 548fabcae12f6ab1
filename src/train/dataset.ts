/**
 * The training data: every article of ../shared/gold that a person labelled, one example per article, read by
 * the extractor's own chain up to what the classifier sees.
 *
 * Sources, in the order that decides when they disagree (the first that labels an article gives its label and
 * type; the others are counted as disagreements):
 *
 * 1. `dev.json`: annotated field by field against the written rules, the most careful reading;
 * 2. `labels.tsv` and `labels-published.tsv` (disjoint): read whole and labelled, each with a note;
 * 3. `mentions.json`: read for its names, the cooperation label a second reading; an article only it labels
 *    has origin `mentions` (not drawn at random from a stratum, so not used to weigh the strata).
 *
 * The seeds are their own articles (origin `seeds`). `P` (borderline) is left out of the binary decision:
 * an article whose deciding source says `P` is not an example; a later source's `P` does not overrule an
 * earlier `Y` or `N`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeForClassifier,
  describeForTypeModel,
  prepareArticle,
} from '../extract/pipeline/article.ts';
import { mayReportCooperation } from '../extract/classify/classify.ts';
import { articleFeatures, type Features } from '../extract/classify/features.ts';
import { textSignature } from '../extract/output/permalinks.ts';
import {
  readAnnotations,
  readLabels,
  readMentionLabels,
  type GoldPaths,
  type Label,
} from './gold.ts';
import type { EventType } from '../lib/schema.ts';
import { storyGroups } from './stories.ts';

export interface LabelledExample {
  file: string;
  positive: boolean;
  /** The main event's type, for a cooperation article whose type was labelled. */
  type: EventType | null;
  features: Features;
  /** What the type model reads: the cooperation features and the rules' type (type-features.ts). */
  typeFeatures: Features;
  /** Whether the cheap pre-filter lets the article through to the classifier. */
  passesPrefilter: boolean;
  /** `candidate`, `random`, `published`, `mentions` or `seeds`. */
  origin: string;
  /** MinHash signature of the text. */
  signature: string;
  /** The first labelled file of its story (stories.ts): the same story reported twice falls in one fold. */
  story: string;
}

export interface Dataset {
  examples: LabelledExample[];
  /** sha256 of every labelled article's bytes and label: the model says what it was trained on. */
  dataHash: string;
  /** Articles left out as borderline (`P` in the deciding source), by origin. */
  borderline: Record<string, number>;
  /**
   * The borderline articles themselves (`positive` false, no type): never scored, and left out of the binary
   * decision unless a training recipe takes them as soft labels (train/cooperation.ts).
   */
  borderlineExamples: LabelledExample[];
  /** Articles two sources label differently (Y, N or P; or the type of a Y), with what each says. */
  disagreements: string[];
}

interface Reading {
  source: string;
  label: Label;
  type: EventType | null;
  /** The stratum the source gives, if any. */
  origin: string | null;
}

/** Every label of the gold folder, by article, in the order of precedence above. */
export function readAllLabels(paths: GoldPaths): Map<string, Reading[]> {
  const readings = new Map<string, Reading[]>();
  const add = (file: string, reading: Reading) =>
    readings.set(file, [...(readings.get(file) ?? []), reading]);
  for (const a of readAnnotations(join(paths.gold, 'dev.json')))
    add(a.file, {
      source: 'dev.json',
      label: a.cooperation ? 'Y' : 'N',
      type: a.type ?? null,
      origin: null,
    });
  for (const name of ['labels.tsv', 'labels-published.tsv'])
    for (const row of readLabels(paths.gold, name))
      add(row.file, { source: name, label: row.label, type: row.type, origin: row.origin });
  for (const m of readMentionLabels(paths.gold))
    add(m.file, { source: 'mentions.json', label: m.label, type: m.type, origin: null });
  return readings;
}

export function loadDataset(paths: GoldPaths): Dataset {
  const hash = createHash('sha256');
  const examples: LabelledExample[] = [];
  const borderline: Record<string, number> = {};
  const borderlineExamples: LabelledExample[] = [];
  const disagreements: string[] = [];
  const add = (
    folder: string,
    file: string,
    label: Label,
    type: EventType | null,
    origin: string | null,
  ) => {
    const bytes = readFileSync(join(folder, file));
    const prepared = prepareArticle(file, bytes);
    if (prepared.kind === 'rejected')
      throw new Error(
        `${join(folder, file)}: a labelled article the extractor cannot read (${prepared.result.rejection})`,
      );
    const stratum = origin ?? 'mentions';
    hash
      .update(`${stratum}/${file}\0${label}\0${type ?? '-'}\0`)
      .update(bytes)
      .update('\0');
    if (label === 'P') borderline[stratum] = (borderline[stratum] ?? 0) + 1;
    const sentences = prepared.segment();
    const input = describeForClassifier(sentences);
    const features = articleFeatures(input);
    (label === 'P' ? borderlineExamples : examples).push({
      file,
      positive: label === 'Y',
      type: label === 'Y' ? type : null,
      origin: stratum,
      features,
      typeFeatures: label === 'Y' ? describeForTypeModel(prepared, sentences) : new Map(),
      passesPrefilter: mayReportCooperation(prepared.text),
      signature: textSignature(prepared.text),
      story: file,
    });
  };
  for (const seed of readAnnotations(join(paths.gold, 'seeds.json')))
    add(paths.seeds, seed.file, seed.cooperation ? 'Y' : 'N', seed.type ?? null, 'seeds');
  for (const [file, readings] of [...readAllLabels(paths)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [first] = readings as [Reading, ...Reading[]];
    const says = (r: Reading) => `${r.label}${r.label === 'Y' && r.type ? ` ${r.type}` : ''}`;
    if (new Set(readings.map(says)).size > 1)
      disagreements.push(`${file}: ${readings.map((r) => `${r.source} ${says(r)}`).join(', ')}`);
    const type = first.label === 'Y' ? (first.type ?? readings.find((r) => r.type)?.type) : null;
    add(
      paths.corpus,
      file,
      first.label,
      type ?? null,
      readings.find((r) => r.origin)?.origin ?? null,
    );
  }
  // Stories over the borderline articles too: one that retells a labelled article's story trains with it.
  const all = [...examples, ...borderlineExamples];
  const stories = storyGroups(all.map((e) => e.signature));
  all.forEach((e, i) => (e.story = all[stories[i]!]!.file));
  return {
    examples,
    dataHash: hash.digest('hex'),
    borderline,
    borderlineExamples,
    disagreements,
  };
}
