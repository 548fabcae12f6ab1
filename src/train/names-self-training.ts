/**
 * Self-training the name recogniser on the unlabelled corpus: a pool of corpus
 * sentences that hold an institution head word (from articles no label file
 * names, in a seeded order), tagged by recognisers trained on the labelled
 * articles; the sentences they are sure of are added to the training
 * sentences with the tags they were given, at a weight below 1, and the
 * recogniser is trained again. Sure means: every member of an ensemble
 * (perceptrons over different orders of the sentences) gives every token the
 * same tag, or the best path's least sure token is likely enough under the
 * chain's marginals at a scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundaryFeatures, tokenFeatures, knownNameFeatures } from '../extract/names/features.ts';
import { gazetteerMarks } from '../extract/names/gazetteer-marks.ts';
import type { KnownNames } from '../extract/names/known-names.ts';
import { chainMarginals } from '../extract/names/marginals.ts';
import {
  chainScores,
  type ChainWeights,
  type TrainingSequence,
} from '../extract/names/perceptron.ts';
import { legalTransition } from '../extract/names/tags.ts';
import { viterbi } from '../extract/names/viterbi.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { readAnnotations, readLabels } from './gold.ts';
import { readMentions, readSentences, type TokenisedSentence } from './names-data.ts';

/** Every article a label file of the gold folder names: none of them may be in the pool. */
export function labelledFiles(goldDir: string): Set<string> {
  const mentions = readMentions(goldDir);
  return new Set([
    ...mentions.articles.map((a) => a.file),
    ...mentions.secondAnnotations.map((a) => a.file),
    ...readLabels(goldDir).map((l) => l.file),
    ...readLabels(goldDir, 'labels-published.tsv').map((l) => l.file),
    ...readAnnotations(join(goldDir, 'dev.json')).map((a) => a.file),
    ...readAnnotations(join(goldDir, 'seeds.json')).map((a) => a.file),
  ]);
}

/** How the pool is drawn. */
export interface PoolOptions {
  /** Sentences wanted. */
  size: number;
  seed: number;
  /** At most this many sentences from one article, so that the pool spreads over many. */
  perArticle: number;
  /** Sentences longer than this (in tokens) are left out: lists and tables more than prose. */
  maxTokens: number;
}

export const POOL_OPTIONS: Omit<PoolOptions, 'size'> = {
  seed: 20_261_203,
  perArticle: 3,
  maxTokens: 60,
};

/** Whether a sentence holds an institution head word ("bệnh viện", "Bộ", "UBND"), written in any case. */
export const hasInstitutionHead = (sentence: TokenisedSentence): boolean =>
  gazetteerMarks(sentence.tokens).some((marks) => marks.includes('head:B'));

/**
 * Sentences with an institution head from the corpus's articles that are not
 * in `labelled`, the articles taken in a seeded order: the first `size` such
 * sentences, at most `perArticle` from each article, in reading order within it.
 */
export function unlabelledSentencePool(
  corpus: string,
  labelled: ReadonlySet<string>,
  options: PoolOptions,
): TokenisedSentence[] {
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt') && !labelled.has(f))
    .sort();
  const random = seededRandom(options.seed);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [files[i], files[j]] = [files[j]!, files[i]!];
  }
  const pool: TokenisedSentence[] = [];
  for (const file of files) {
    if (pool.length >= options.size) break;
    const sentences = readSentences(readFileSync(join(corpus, file)), file) ?? [];
    const chosen = sentences
      .filter((s) => s.tokens.length > 0 && s.tokens.length <= options.maxTokens)
      .filter(hasInstitutionHead)
      .slice(0, Math.min(options.perArticle, options.size - pool.length));
    pool.push(...chosen);
  }
  return pool;
}

/** A pool sentence's features, without the known names (which change with the training articles). */
export interface PoolSentence {
  tokens: TokenisedSentence['tokens'];
  features: string[][];
  boundaries: string[][];
}

export const poolFeatures = (pool: readonly TokenisedSentence[]): PoolSentence[] =>
  pool.map((s) => ({
    tokens: s.tokens,
    features: tokenFeatures(s.tokens),
    boundaries: boundaryFeatures(s.tokens),
  }));

/** Which tagged pool sentences are kept. */
export type PoolSelection =
  | { kind: 'agreement' }
  | {
      kind: 'marginal';
      /** The potentials' scale (marginals.ts). */
      scale: number;
      /** Every token's tag on the best path at least this likely. */
      threshold: number;
    };

/** How self-training goes: the pool's selection and the weight of the kept sentences. */
export interface SelfTraining {
  selection: PoolSelection;
  weight: number;
}

/** The scores at `scale`: a lattice read at another temperature. */
const scaled = (xs: ArrayLike<number>, scale: number) => Float64Array.from(xs, (x) => x * scale);

/**
 * The pool sentences the models are sure of, as training sequences with the
 * tags of the first model (the ensemble's own, when `models[0]` is it) and
 * the weight asked. With agreement, every model of `models` must tag each
 * token alike; with a marginal threshold, the first model's best path must
 * give each token a tag at least that likely.
 */
export function selfTrainingSequences(
  pool: readonly PoolSentence[],
  models: readonly ChainWeights[],
  known: KnownNames,
  training: SelfTraining,
): TrainingSequence[] {
  const kept: TrainingSequence[] = [];
  for (const sentence of pool) {
    const marks = knownNameFeatures(sentence.tokens, known);
    const features = sentence.features.map((f, t) => [...f, ...marks[t]!]);
    const reading = (weights: ChainWeights) => {
      const { emission, pairs } = chainScores(weights, features, sentence.boundaries);
      return {
        emission,
        pairs,
        tags: viterbi(emission, weights.transition, legalTransition, pairs),
      };
    };
    const first = reading(models[0]!);
    const { selection } = training;
    let sure: boolean;
    if (selection.kind === 'agreement') {
      sure = models.slice(1).every((m) => reading(m).tags.every((tag, i) => tag === first.tags[i]));
    } else {
      const { node } = chainMarginals({
        emission: first.emission.map((e) => scaled(e, selection.scale)),
        transition: models[0]!.transition.map((row) => Array.from(scaled(row, selection.scale))),
        boundary: first.pairs?.map((p) => (p ? scaled(p, selection.scale) : null)),
        legal: legalTransition,
      });
      sure = first.tags.every((tag, i) => node[i]![tag]! >= selection.threshold);
    }
    if (sure)
      kept.push({
        features,
        boundaries: sentence.boundaries,
        tags: first.tags,
        weight: training.weight,
      });
  }
  return kept;
}
