/**
 * The name recogniser measured on mentions.json: every article's names found
 * by a model trained on the other folds, scored per kind against the readers'
 * strings, beside the two readers' agreement on the articles read twice
 * (the same scorer), with the names most often missed or cut.
 */
import { goldPaths } from '../train/gold.ts';
import { nameErrors, scoreNames, type NameErrors, type NamesScore } from '../train/names-score.ts';
import {
  loadNamesDataset,
  nameSets,
  readMentions,
  type NamesDataset,
} from '../train/names-data.ts';
import { crossValidateNames, NAMES_FOLDS, NAMES_SEED } from '../train/names.ts';
import { namesFeatureHash } from '../train/stamp.ts';
import { namesModel } from '../extract/names/model.ts';
import { NAME_KINDS, type NameKind } from '../extract/names/tags.ts';

export interface NamesEvaluation {
  articles: number;
  folds: number;
  seed: number;
  crossValidated: NamesScore;
  /** The second readers scored against the first, on the articles read twice. */
  readers: NamesScore & { articles: number };
  errors: Record<NameKind, NameErrors>;
  unaligned: NamesDataset['unaligned'];
  model: { stale: string[] };
}

export function evaluateNames(shared: string, seed = NAMES_SEED): NamesEvaluation {
  const paths = goldPaths(shared);
  const dataset = loadNamesDataset(paths);
  const cv = crossValidateNames(dataset.articles, seed);
  const mentions = readMentions(paths.gold);
  const first = new Map(mentions.articles.map((a) => [a.file, a]));
  const readers = scoreNames(
    mentions.secondAnnotations.map((second) => ({
      file: second.file,
      gold: nameSets(first.get(second.file)!),
      found: nameSets(second),
    })),
  );
  const { model } = namesModel();
  const stale = [
    ...(model.trainedOn.dataHash === dataset.dataHash ? [] : ['trained on other data']),
    ...(model.trainedOn.featureHash === namesFeatureHash()
      ? []
      : ['trained with other feature code']),
  ];
  return {
    articles: dataset.articles.length,
    folds: NAMES_FOLDS,
    seed,
    crossValidated: cv.score,
    readers: { ...readers, articles: mentions.secondAnnotations.length },
    errors: Object.fromEntries(NAME_KINDS.map((k) => [k, nameErrors(cv.comparisons, k)])) as Record<
      NameKind,
      NameErrors
    >,
    unaligned: dataset.unaligned,
    model: { stale },
  };
}
