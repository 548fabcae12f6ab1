/**
 * The trained name recogniser: a weight per tag for each feature, the
 * transition scores, and where they came from. Written by `npm run train`,
 * committed as src/data/names-model.json, read the first time it is needed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { knownNames } from './known-names.ts';
import type { RecogniserWeights } from './recognise.ts';
import { TAGS } from './tags.ts';
import { PackedRows } from './packed-rows.ts';

export interface KindScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface NamesModel {
  tags: readonly string[];
  trainedOn: {
    /** sha256 of mentions.json and the articles it names. */
    dataHash: string;
    /** sha256 of the code that makes the features (tokens, gazetteer marks, features). */
    featureHash: string;
    articles: number;
    sentences: number;
  };
  /** `members`: perceptrons whose weights are averaged, each over its own order of the sentences. */
  training: { epochs: number; seed: number; minWeight: number; members?: number };
  /** The scores of the same recipe on folds it did not see (per kind, distinct strings per article). */
  crossValidation: { folds: number; seed: number } & Record<string, KindScore | number>;
  /**
   * How sure is sure (marginals.ts, train/names-confidence.ts), chosen by the cross-validation: the
   * potentials' scale with the best calibrated span probabilities, and the probability (that an
   * institution ends where a name ends) below which the extraction leaves a name out; with the
   * cross-validated scores of the names it prints (the rules' names after the check) with that
   * threshold and without it, and the shares of right and of cut names it leaves out.
   */
  confidence?: {
    scale: number;
    threshold: number;
    kept: KindScore & { rightLeftOut: number; cutLeftOut: number };
    all: KindScore;
  };
  /**
   * The learned decision that extends an institution past its end (name-extension.ts): the
   * probability from which it goes on, and each feature's weight.
   */
  extension?: { threshold: number; weights: Record<string, number> };
  /** The institutions mentions.json names, each with how many articles wrote it (known-names.ts). */
  knownNames: Array<[name: string, articles: number]>;
  /** transition[p][t]: tag t after tag p; the last row is the sentence's start. */
  transition: number[][];
  /** The features of the boundary between two tokens, sorted, weighed by the pair of tags either side. */
  boundaryFeatures: string[];
  /** Each boundary feature's weights, `[previous * tags + next]`, times `scale`. */
  boundaryWeights: number[][];
  /** Weights are stored as integers: multiples of 1 / scale. */
  scale: number;
  /** The features the model weighs, sorted. */
  features: string[];
  /** Each feature's weight for each tag in the order of `tags`, times `scale`, one feature after the other. */
  weights: number[];
}

export const NAMES_MODEL_PATH = new URL('../../data/names-model.json', import.meta.url);

/**
 * The model file the extraction reads: the committed one, or the file named by
 * HOPTAC_NAMES_MODEL (a measurement model, e.g. one trained without the dev
 * articles: `npm run train -- --names-without-dev <file>`).
 */
export function namesModelPath(): URL {
  const override = process.env.HOPTAC_NAMES_MODEL;
  return override ? pathToFileURL(resolve(override)) : NAMES_MODEL_PATH;
}

let loaded: { model: NamesModel; weights: RecogniserWeights } | null = null;

/** The committed model and its weights ready for decoding; read once per process. */
export function namesModel(): { model: NamesModel; weights: RecogniserWeights } {
  if (loaded) return loaded;
  const model = JSON.parse(readFileSync(namesModelPath(), 'utf8')) as NamesModel;
  if (model.tags.join() !== TAGS.join())
    throw new Error(
      `names-model.json tags ${model.tags.join()} are not ${TAGS.join()}: npm run train`,
    );
  const L = TAGS.length;
  // A plain loop: Float32Array.from with a mapping function is twenty times slower here.
  const all = new Float32Array(model.weights.length);
  for (let i = 0; i < all.length; i++) all[i] = model.weights[i]! / model.scale;
  const emission = new PackedRows(model.features, all, L);
  const boundary = new Map<string, Float32Array>();
  model.boundaryFeatures.forEach((feature, i) =>
    boundary.set(
      feature,
      Float32Array.from(model.boundaryWeights[i]!, (w) => w / model.scale),
    ),
  );
  loaded = {
    model,
    weights: {
      emission,
      transition: model.transition,
      boundary,
      known: knownNames(model.knownNames),
      ...(model.extension && {
        extension: {
          threshold: model.extension.threshold,
          weights: new Map(Object.entries(model.extension.weights)),
        },
      }),
      ...(model.confidence && {
        confidence: { scale: model.confidence.scale, threshold: model.confidence.threshold },
      }),
    },
  };
  return loaded;
}
