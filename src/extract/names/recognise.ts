/**
 * Names in an article's sentences, by the learned recogniser: each sentence
 * tokenised, its tokens' features scored by the model, the best BIO tags
 * decoded, and each tagged span read back as the text it covers.
 */
import { checkArticleNames } from './article-checks.ts';
import { boundaryFeatures, tokenFeatures } from './features.ts';
import { namesInsideInstitutions } from './nested-places.ts';
import { chainScores, type ChainScores, type ChainWeights } from './perceptron.ts';
import {
  spanEndProbabilities,
  spanStopProbabilities,
  spanMargins,
  spanProbabilities,
  type ChainLattice,
} from './marginals.ts';
import { viterbi } from './viterbi.ts';
import { BARRIER_BOND, withWordBarriers, wordBarriers } from './word-barriers.ts';
import { extendInstitutions, type NameExtension } from './name-extension.ts';
import {
  legalTransition,
  NAME_KINDS,
  spansOf,
  TAGS,
  type NameKind,
  type TaggedSpan,
} from './tags.ts';
import { tokenise, type Token } from './tokens.ts';

export { namesInsideInstitutions };
import type { KnownNames } from './known-names.ts';

export interface NameMention {
  kind: NameKind;
  /** The name as written. */
  text: string;
  /** Index of the sentence, and character offsets in it. */
  sentence: number;
  start: number;
  end: number;
}

/** A name with how sure the model is of it (marginals.ts), as cross-validation measures it. */
export interface ScoredNameMention extends NameMention {
  /** The probability of exactly this span at each scale of the potentials. */
  probabilities: number[];
  /** At each scale, the probability that a name of this kind ends where this span ends, wherever it starts. */
  endProbabilities: number[];
  /** The best path's score minus the best without exactly this span. */
  margin: number;
}

export interface ReadableSentence {
  text: string;
  /** The sentence's tokens, when already made. */
  tokens?: Token[];
}

/**
 * How a span's probability is read (chosen by cross-validation in training):
 * the potentials' scale, and the probability below which an institution is
 * one the recogniser is unsure of.
 */
export interface SpanConfidence {
  scale: number;
  threshold: number;
}

/**
 * The model's weights, the institutions it knows as names (known-names.ts), how
 * sure is sure, and the learned decision that extends an institution (name-extension.ts).
 */
export type RecogniserWeights = ChainWeights & {
  known?: KnownNames;
  confidence?: SpanConfidence;
  extension?: NameExtension;
};

/** Every name the model tags in the sentences of an article, in reading order, after the article's checks. */
export function recogniseNames(
  sentences: readonly ReadableSentence[],
  weights: RecogniserWeights,
  readings?: readonly SentenceReading[],
): NameMention[] {
  const mentions: NameMention[] = [];
  sentences.forEach((sentence, index) => {
    const { tokens, tags } = readings?.[index] ?? readSentence(sentence, weights);
    for (const span of spansOf(tags)) mentions.push(mentionOf(span, tokens, sentence.text, index));
  });
  return checkArticleNames(
    mentions,
    sentences.map((s) => s.text),
  );
}

/** The text a tagged span covers in its sentence. */
function mentionOf(
  span: TaggedSpan,
  tokens: readonly Token[],
  text: string,
  sentence: number,
): NameMention {
  const start = tokens[span.from]!.start;
  const end = tokens[span.to - 1]!.end;
  return { kind: span.kind, text: text.slice(start, end), sentence, start, end };
}

/** A sentence as the recogniser reads it: its tokens, its tags' scores, and the best tags. */
export interface SentenceReading {
  tokens: Token[];
  lattice: ChainLattice;
  tags: number[];
}

/** Which names may not open or close inside a word (word-barriers.ts), from which syllable bond; null: any may. */
export interface BarrierOptions {
  minBond: number;
  kinds: readonly NameKind[];
  lowerOnly: boolean;
  endsOnly: boolean;
}

export const WORD_BARRIERS: BarrierOptions | null = {
  minBond: BARRIER_BOND,
  kinds: NAME_KINDS,
  lowerOnly: true,
  endsOnly: true,
};

/**
 * Scores a sentence's tokens under the weights and decodes the best tags, no
 * name opening or closing inside a word (word-barriers.ts), each institution
 * then extended as the weights' extension says (name-extension.ts).
 */
export function readSentence(
  sentence: ReadableSentence,
  weights: RecogniserWeights,
  barriers: BarrierOptions | null = WORD_BARRIERS,
): SentenceReading {
  const tokens = sentence.tokens ?? tokenise(sentence.text);
  const scores = chainScores(
    weights,
    tokenFeatures(tokens, weights.known),
    boundaryFeatures(tokens),
  );
  return readScores(tokens, scores, weights, barriers);
}

/** The reading of a sentence whose tokens are scored already (chainScores). */
export function readScores(
  tokens: Token[],
  { emission, pairs: scored }: ChainScores,
  weights: RecogniserWeights,
  barriers: BarrierOptions | null = WORD_BARRIERS,
): SentenceReading {
  const marks = barriers ? wordBarriers(tokens, barriers.minBond, barriers.lowerOnly) : null;
  const pairs =
    barriers && marks
      ? withWordBarriers(scored, marks, TAGS.length, barriers.kinds, barriers.endsOnly)
      : scored;
  const lattice = {
    emission,
    transition: weights.transition,
    boundary: pairs,
    legal: legalTransition,
  };
  const tags = viterbi(emission, weights.transition, legalTransition, pairs);
  const extension = weights.extension;
  return {
    tokens,
    lattice,
    tags: extension
      ? extendInstitutions(
          tokens,
          tags,
          marks ?? wordBarriers(tokens),
          extension.weights,
          extension.threshold,
        )
      : tags,
  };
}

/**
 * The probability that no name of the kind goes on past `end` of a read
 * sentence (the next token does not continue one), at the weights' scale;
 * null when `end` is not a token's end.
 */
export function nameStopsAt(
  reading: SentenceReading,
  kind: NameKind,
  end: number,
  weights: RecogniserWeights,
): number | null {
  const last = reading.tokens.findIndex((t) => t.end === end);
  if (last < 0) return null;
  return spanStopProbabilities(
    reading.lattice,
    [{ kind, from: last, to: last + 1 }],
    weights.confidence?.scale ?? 1,
  )[0]!;
}

/**
 * The same names, each with its probability at each of several scales of the
 * potentials (one decoding): what cross-validation calibrates the scale with.
 * `readings`, when given, are the sentences already read (readSentence).
 */
export function recogniseAtScales(
  sentences: readonly ReadableSentence[],
  weights: RecogniserWeights,
  scales: readonly number[],
  readings?: readonly SentenceReading[],
): ScoredNameMention[] {
  const mentions: ScoredNameMention[] = [];
  sentences.forEach((sentence, index) => {
    const { tokens, lattice, tags } = readings?.[index] ?? readSentence(sentence, weights);
    const spans = spansOf(tags);
    const atScales = scales.map((scale) => spanProbabilities(lattice, spans, scale));
    const endsAtScales = scales.map((scale) => spanEndProbabilities(lattice, spans, scale));
    const margins = spanMargins(lattice, spans);
    spans.forEach((span, k) => {
      mentions.push({
        ...mentionOf(span, tokens, sentence.text, index),
        margin: margins[k]!,
        probabilities: atScales.map((p) => p[k]!),
        endProbabilities: endsAtScales.map((p) => p[k]!),
      });
    });
  });
  return checkArticleNames(
    mentions,
    sentences.map((s) => s.text),
  );
}

/**
 * The distinct names of each kind an article mentions, as written: a person
 * named in full and later by a shorter ending ("Nguyễn Thị Kim Tiến", "bà
 * Tiến"), or a foreigner by the given name first ("Helen Huỳnh", "bà Helen"),
 * is one person, listed in full.
 */
export function distinctNames(mentions: readonly NameMention[]): Record<NameKind, Set<string>> {
  const all = [...mentions, ...namesInsideInstitutions(mentions)];
  const sets: Record<NameKind, Set<string>> = {
    ORG: new Set(),
    PER: new Set(),
    PROV: new Set(),
    COUNTRY: new Set(),
  };
  for (const m of all) sets[m.kind].add(m.text);
  const people = [...sets.PER];
  for (const short of people)
    if (
      people.some(
        (full) =>
          full !== short &&
          (full.endsWith(` ${short}`) || (!short.includes(' ') && full.startsWith(`${short} `))),
      )
    )
      sets.PER.delete(short);
  return sets;
}
