/**
 * Training the name recogniser on mentions.json, and the cross-validation
 * that says what it is worth: each article's names found by a model trained
 * on the other folds (folds by story, fixed seed).
 */
import { boundaryFeatures, knownNameFeatures, tokenFeatures } from '../extract/names/features.ts';
import { knownNames, type KnownNames } from '../extract/names/known-names.ts';
import {
  trainPerceptron,
  type ChainWeights,
  type TrainingSequence,
} from '../extract/names/perceptron.ts';
import { trainCrf } from '../extract/names/crf.ts';
import { averageChainWeights, memberSeed } from './chain-ensemble.ts';
import { findOrganisations } from '../extract/fields/organisations.ts';
import { checkSentence } from '../extract/fields/organisation-check.ts';
import { spanEndProbabilities, spanStopProbabilities } from '../extract/names/marginals.ts';
import {
  distinctNames,
  readSentence,
  recogniseAtScales,
  type NameMention,
  type RecogniserWeights,
} from '../extract/names/recognise.ts';
import { legalTransition, TAGS } from '../extract/names/tags.ts';
import { scoreNames, type NamesComparison, type NamesScore } from './names-score.ts';
import { groupedStratifiedFolds } from './folds.ts';
import { trainNameExtension } from './names-extension.ts';
import { storyGroups } from './stories.ts';
import { textSignature } from '../extract/output/permalinks.ts';
import { namesDatasetWithout, type NamedArticle, type NamesDataset } from './names-data.ts';

export const NAMES_FOLDS = 5;
export const NAMES_SEED = 20_261_202;
/** Passes over the training sentences. */
export const NAMES_EPOCHS = 14;

/**
 * How the chain's weights are learned: the averaged perceptron (the mean weights of `members`
 * perceptrons, each over its own order of the sentences: chain-ensemble.ts), or a CRF (crf.ts),
 * optionally started from one perceptron's weights.
 */
export type NamesLearner =
  | { kind: 'perceptron'; epochs: number; minWeight: number; members: number }
  | {
      kind: 'crf';
      epochs: number;
      l2: number;
      rate: number;
      minWeight: number;
      /** Start from the perceptron's weights (NAMES_EPOCHS) times this scale. */
      fromPerceptron?: number;
    };

/** The training sequences of some articles, each article's known names from the others only. */
export function trainingSequences(articles: readonly NamedArticle[]): TrainingSequence[] {
  const counts = institutionCounts(articles);
  return articles.flatMap((a) => withKnownNames(a, baseSequences(a), knownNamesWithout(counts, a)));
}

/** An article's sequences without the known-name features, computed once for every fold. */
export function baseSequences(article: NamedArticle): TrainingSequence[] {
  return article.sentences.map((s, i) => ({
    features: tokenFeatures(s.tokens),
    boundaries: boundaryFeatures(s.tokens),
    tags: article.tags[i]!,
  }));
}

/** The sequences with the known-name features added: the same features as tokenFeatures(tokens, known). */
export function withKnownNames(
  article: NamedArticle,
  sequences: readonly TrainingSequence[],
  known: KnownNames,
): TrainingSequence[] {
  return sequences.map((sequence, i) => {
    const marks = knownNameFeatures(article.sentences[i]!.tokens, known);
    return { ...sequence, features: sequence.features.map((f, t) => [...f, ...marks[t]!]) };
  });
}

/** Each institution string of the articles, with how many of them wrote it. */
export function institutionCounts(articles: readonly NamedArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const name of a.gold.ORG) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** The names the other articles wrote: an article's own strings count one article fewer. */
export function knownNamesWithout(
  counts: ReadonlyMap<string, number>,
  article: NamedArticle,
): KnownNames {
  return knownNames(
    [...counts]
      .map(([name, n]) => [name, article.gold.ORG.has(name) ? n - 1 : n] as const)
      .filter(([, n]) => n > 0),
  );
}

/** Weights smaller than this are dropped from the model, and the rest rounded to two decimals. */
export const NAMES_MIN_WEIGHT = 0.05;

/**
 * Perceptrons in the ensemble. Measured on the same folds (fold seeds 20261202, 1, 2, members'
 * weights averaged before compacting): 1 / 2 / 3 / 4 members give institutions 0.802 / 0.803 /
 * 0.806 / 0.809 and people 0.936 / 0.942 / 0.942 / 0.945; training costs the members' sum.
 */
export const NAMES_MEMBERS = 4;

/** The learner `npm run train` uses. */
export const NAMES_LEARNER: NamesLearner = {
  kind: 'perceptron',
  epochs: NAMES_EPOCHS,
  minWeight: NAMES_MIN_WEIGHT,
  members: NAMES_MEMBERS,
};

/** Trains on the sequences; the weights are compacted as the shipped model is, so CV measures what ships. */
export function trainNames(
  sequences: readonly TrainingSequence[],
  seed = NAMES_SEED,
  learner: NamesLearner = NAMES_LEARNER,
): ChainWeights {
  const base = { tagCount: TAGS.length, seed, legal: legalTransition };
  const perceptron = (member = 0) =>
    trainPerceptron(sequences, {
      ...base,
      seed: memberSeed(seed, member),
      epochs: learner.kind === 'perceptron' ? learner.epochs : NAMES_EPOCHS,
    });
  const trained =
    learner.kind === 'perceptron'
      ? averageChainWeights(Array.from({ length: learner.members }, (_, m) => perceptron(m)))
      : trainCrf(sequences, {
          ...base,
          epochs: learner.epochs,
          l2: learner.l2,
          rate: learner.rate,
          ...(learner.fromPerceptron !== undefined && {
            initial: perceptron(),
            initialScale: learner.fromPerceptron,
          }),
        });
  return compactWeights(trained, learner.minWeight);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Drops features whose weights are all below `minWeight` in size, and rounds the rest. */
export function compactWeights(weights: ChainWeights, minWeight: number): ChainWeights {
  const compact = (rows: ChainWeights['emission']) => {
    const kept = new Map<string, number[]>();
    for (const [feature, row] of rows) {
      const rounded = Array.from(row, (w) => (Math.abs(w) < minWeight ? 0 : round(w)));
      if (rounded.some((w) => w !== 0)) kept.set(feature, rounded);
    }
    return kept;
  };
  return {
    emission: compact(weights.emission),
    transition: weights.transition.map((r) => r.map(round)),
    boundary: compact(weights.boundary),
  };
}

/** The potentials' scales at which cross-validation reads each span's probability (marginals.ts). */
export const CONFIDENCE_SCALES = [0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.2, 0.5, 1] as const;

/** An article's names as a model that never saw it tagged them, each with its probability at every scale. */
export interface ScoredMentions {
  file: string;
  gold: NamesComparison['gold'];
  /** Each name, with its margin (best path minus best without it). */
  mentions: Array<NameMention & { margin: number }>;
  /** `probabilities[m][s]`: mention m's probability at CONFIDENCE_SCALES[s]. */
  probabilities: number[][];
  /** `endProbabilities[m][s]`: the probability that a name of m's kind ends where m ends, at the scale. */
  endProbabilities: number[][];
  /**
   * The institutions the extraction's rules find in the article, after the recogniser's check
   * (fields/organisation-check.ts), as written, each with the probability at each scale that an
   * institution ends where it ends (null: not on a token edge, never judged).
   */
  ruleNames: Array<{
    text: string;
    endProbabilities: number[] | null;
    /** At each scale, the probability that no institution goes on past the name's last word. */
    stopProbabilities: number[] | null;
  }>;
}

export interface NamesCrossValidation {
  comparisons: NamesComparison[];
  score: NamesScore;
  scored: ScoredMentions[];
}

/** Each article's fold in the names' cross-validation: the same story reported twice falls in one fold (stories.ts), as for the classifier. */
export function namesFolds(articles: readonly NamedArticle[], seed: number): number[] {
  const stories = storyGroups(
    articles.map((a) => textSignature(a.sentences.map((s) => s.text).join('\n'))),
  );
  return groupedStratifiedFolds(
    [...articles],
    () => 'article',
    (i) => stories[i]!,
    NAMES_FOLDS,
    seed,
  );
}

/** What the recogniser of one fold is trained on: the articles outside the fold. */
export interface NamesFoldTraining {
  training: NamedArticle[];
  /** Each institution string of the training articles, with how many of them wrote it. */
  counts: Map<string, number>;
  /** The training articles' sequences, each article's known names from the other training articles only. */
  sequences: TrainingSequence[];
}

/**
 * The training data of fold `k`: the articles whose `fold` is not k, from their sequences without
 * the known-name features (`base`, baseSequences of every article, computed once for all folds).
 */
export function namesFoldTraining(
  articles: readonly NamedArticle[],
  base: readonly (readonly TrainingSequence[])[],
  fold: readonly number[],
  k: number,
): NamesFoldTraining {
  const training = articles.filter((_, i) => fold[i] !== k);
  const counts = institutionCounts(training);
  const sequences = articles.flatMap((a, i) =>
    fold[i] === k ? [] : withKnownNames(a, base[i]!, knownNamesWithout(counts, a)),
  );
  return { training, counts, sequences };
}

/**
 * The recogniser of fold `k`, as crossValidateNames tests the fold with: the tagger (trainNames,
 * the learner at the fold seed), the training articles' known names, and the learned extension
 * (left out with `extension: false`, for a harness that decodes without it or trains its own).
 */
export function trainNamesFold(
  articles: readonly NamedArticle[],
  base: readonly (readonly TrainingSequence[])[],
  fold: readonly number[],
  k: number,
  {
    seed = NAMES_SEED,
    learner = NAMES_LEARNER,
    extension = true,
  }: { seed?: number; learner?: NamesLearner; extension?: boolean } = {},
): NamesFoldTraining & { weights: RecogniserWeights } {
  const data = namesFoldTraining(articles, base, fold, k);
  const weights: RecogniserWeights = {
    ...trainNames(data.sequences, seed, learner),
    known: knownNames(data.counts),
    ...(extension && { extension: trainNameExtension(data.training, seed) }),
  };
  return { ...data, weights };
}

/** Each article's names found by a model trained on the other folds. */
export function crossValidateNames(
  articles: readonly NamedArticle[],
  seed = NAMES_SEED,
  learner: NamesLearner = NAMES_LEARNER,
): NamesCrossValidation {
  const fold = namesFolds(articles, seed);
  const base = articles.map(baseSequences);
  const comparisons: NamesComparison[] = [];
  const scored: ScoredMentions[] = [];
  for (let k = 0; k < NAMES_FOLDS; k++) {
    const { weights } = trainNamesFold(articles, base, fold, k, { seed, learner });
    articles.forEach((article, i) => {
      if (fold[i] !== k) return;
      const readings = article.sentences.map((sentence) => readSentence(sentence, weights));
      const atScales = recogniseAtScales(article.sentences, weights, CONFIDENCE_SCALES, readings);
      const mentions = atScales.map(({ probabilities: _, endProbabilities: __, ...m }) => m);
      comparisons.push({ file: article.file, gold: article.gold, found: distinctNames(mentions) });
      scored.push({
        file: article.file,
        gold: article.gold,
        mentions,
        probabilities: atScales.map((m) => m.probabilities),
        endProbabilities: atScales.map((m) => m.endProbabilities),
        ruleNames: checkedRuleNames(article, readings, mentions),
      });
    });
  }
  comparisons.sort((a, b) => (a.file < b.file ? -1 : 1));
  scored.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { comparisons, score: scoreNames(comparisons), scored };
}

/** The rules' institutions in an article after the recogniser's check, each with its end probabilities. */
function checkedRuleNames(
  article: NamedArticle,
  readings: ReadonlyArray<ReturnType<typeof readSentence>>,
  mentions: readonly NameMention[],
): ScoredMentions['ruleNames'] {
  return article.sentences.flatMap((sentence, i) => {
    const recognised = mentions.filter((m) => m.kind === 'ORG' && m.sentence === i);
    const { tokens, lattice } = readings[i]!;
    return checkSentence(sentence.text, findOrganisations(sentence.text), recognised).map((o) => {
      const last = tokens.findIndex((t) => t.end === o.end);
      const at = [{ kind: 'ORG' as const, from: last, to: last + 1 }];
      return {
        text: sentence.text.slice(o.start, o.end),
        endProbabilities:
          last < 0
            ? null
            : CONFIDENCE_SCALES.map((scale) => spanEndProbabilities(lattice, at, scale)[0]!),
        stopProbabilities:
          last < 0
            ? null
            : CONFIDENCE_SCALES.map((scale) => spanStopProbabilities(lattice, at, scale)[0]!),
      };
    });
  });
}

/** A recogniser trained without some articles, for measuring the extraction on them. */
export function trainNamesWithout(
  dataset: NamesDataset,
  files: readonly string[],
): RecogniserWeights {
  const { articles } = namesDatasetWithout(dataset, files);
  return {
    ...trainNames(trainingSequences(articles)),
    known: knownNames(institutionCounts(articles)),
    extension: trainNameExtension(articles),
  };
}
