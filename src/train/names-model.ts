/**
 * The name recogniser's model file: trained on every article of
 * mentions.json, stamped with the data's and the feature code's hashes and
 * the recipe's cross-validated scores.
 */
import type { NamesModel } from '../extract/names/model.ts';
import type { ChainWeights } from '../extract/names/perceptron.ts';
import { NAME_KINDS, TAGS } from '../extract/names/tags.ts';
import type { NamesDataset } from './names-data.ts';
import { chooseConfidence } from './names-confidence.ts';
import { trainNameExtension } from './names-extension.ts';
import { namesFeatureHash } from './stamp.ts';
import {
  crossValidateNames,
  NAMES_EPOCHS,
  NAMES_FOLDS,
  NAMES_MEMBERS,
  NAMES_MIN_WEIGHT,
  NAMES_SEED,
  trainingSequences,
  trainNames,
  institutionCounts,
} from './names.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;
/** Weights are rounded to hundredths in training (compactWeights), so integers of hundredths hold them exactly. */
const SCALE = 100;

export function buildNamesModel(dataset: NamesDataset): NamesModel {
  const cv = crossValidateNames(dataset.articles);
  const chosen = chooseConfidence(cv.scored);
  const weights = trainNames(trainingSequences(dataset.articles));
  const extension = trainNameExtension(dataset.articles);
  const sorted = (m: ChainWeights['emission']) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  const rows = sorted(weights.emission);
  const pairs = sorted(weights.boundary);
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
      featureHash: namesFeatureHash(),
      articles: dataset.articles.length,
      sentences: dataset.articles.reduce((n, a) => n + a.sentences.length, 0),
    },
    training: {
      epochs: NAMES_EPOCHS,
      seed: NAMES_SEED,
      minWeight: NAMES_MIN_WEIGHT,
      members: NAMES_MEMBERS,
    },
    crossValidation: { folds: NAMES_FOLDS, seed: NAMES_SEED, ...scores },
    confidence: {
      scale: chosen.scale,
      threshold: chosen.threshold,
      kept: {
        precision: round(chosen.kept.precision),
        recall: round(chosen.kept.recall),
        f1: round(chosen.kept.f1),
        rightLeftOut: round(chosen.kept.rightLeftOut),
        cutLeftOut: round(chosen.kept.cutLeftOut),
      },
      all: {
        precision: round(chosen.all.precision),
        recall: round(chosen.all.recall),
        f1: round(chosen.all.f1),
      },
    },
    extension: {
      threshold: extension.threshold,
      weights: Object.fromEntries(
        [...extension.weights]
          .map(([f, w]) => [f, Math.round(w * 10_000) / 10_000] as const)
          .filter(([, w]) => w !== 0)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    },
    knownNames: [...institutionCounts(dataset.articles)].sort(([a], [b]) => (a < b ? -1 : 1)),
    transition: weights.transition,
    boundaryFeatures: pairs.map(([feature]) => feature),
    boundaryWeights: pairs.map(([, row]) => Array.from(row, (w) => Math.round(w * SCALE))),
    scale: SCALE,
    features: rows.map(([feature]) => feature),
    weights: rows.flatMap(([, row]) => Array.from(row, (w) => Math.round(w * SCALE))),
  };
}

/** One feature, and one feature's weights, per line: small diffs when the model is retrained; one flat array parses fast. */
export function serialiseNamesModel(model: NamesModel): string {
  const { features, weights, boundaryWeights, ...head } = model;
  const L = model.tags.length;
  const rows = features.map((_, i) => weights.slice(i * L, i * L + L).join(','));
  const top = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  const pairRows = boundaryWeights.map((row) => JSON.stringify(row)).join(',\n');
  return `${top},\n "boundaryWeights": [\n${pairRows}\n ],\n "features": [\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n ],\n "weights": [\n${rows.join(',\n')}\n ]\n}\n`;
}
