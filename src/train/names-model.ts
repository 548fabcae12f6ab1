/**
 * The name recogniser's model file: trained on every article of
 * mentions.json, stamped with the data's and the feature code's hashes and
 * the recipe's cross-validated scores.
 */
import type { NamesModel } from '../extract/names/model.ts';
import { NAME_KINDS, TAGS } from '../extract/names/tags.ts';
import type { NamesDataset } from './names-data.ts';
import {
  crossValidateNames,
  featureCodeHash,
  NAMES_EPOCHS,
  NAMES_FOLDS,
  NAMES_MIN_WEIGHT,
  NAMES_SEED,
  trainingSequences,
  trainNames,
} from './names.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function buildNamesModel(dataset: NamesDataset): NamesModel {
  const cv = crossValidateNames(dataset.articles);
  const weights = trainNames(trainingSequences(dataset.articles));
  const scores = Object.fromEntries(
    NAME_KINDS.map((k) => [
      k,
      {
        precision: round(cv.score[k].precision),
        recall: round(cv.score[k].recall),
        f1: round(cv.score[k].f1),
      },
    ]),
  );
  return {
    tags: [...TAGS],
    trainedOn: {
      dataHash: dataset.dataHash,
      featureHash: featureCodeHash(),
      articles: dataset.articles.length,
      sentences: dataset.articles.reduce((n, a) => n + a.sentences.length, 0),
    },
    training: { epochs: NAMES_EPOCHS, seed: NAMES_SEED, minWeight: NAMES_MIN_WEIGHT },
    crossValidation: { folds: NAMES_FOLDS, seed: NAMES_SEED, ...scores },
    transition: weights.transition,
    weights: Object.fromEntries(
      [...weights.emission]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([feature, row]) => [feature, Array.from(row)]),
    ),
  };
}

/** One feature per line: small diffs when the model is retrained. */
export function serialiseNamesModel(model: NamesModel): string {
  const { weights, ...head } = model;
  const lines = Object.entries(weights).map(
    ([feature, row]) => `  ${JSON.stringify(feature)}: ${JSON.stringify(row)}`,
  );
  const top = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  return `${top},\n "weights": {\n${lines.join(',\n')}\n }\n}\n`;
}
