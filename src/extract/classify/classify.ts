/**
 * Stage 5: does the article report medical cooperation (an agreement, a
 * working visit, a technique transfer, training or expert rotation between
 * institutions, telemedicine, aid or a foreign medical team)? Ordinary health
 * news and non-health news that merely says "hợp tác" are not.
 *
 * A logistic model learned from labelled articles (`npm run train`) weighs
 * the article's features; the cue table supplies most of them.
 */
import { CUE_FAMILIES, HEALTH, IMPLIED_CUE_FAMILIES } from './cues.ts';
import { anyOf } from './any-of.ts';
import { cueFamiliesIn } from './cue-search.ts';
import { CHARACTER_NGRAM_VALUE, namedFeatures, NGRAM_ZONES } from './features.ts';
import type { ClassifierInput } from './input.ts';
import { weightsOf } from './logistic.ts';
import {
  characterNgramIndex,
  ngramIndex,
  weighedCharacterNgrams,
  weighedNgrams,
  type WeighedNgram,
} from './ngram-weights.ts';
import { COOPERATION_MODEL, type CooperationModel } from './model.ts';
import { firstSorted } from '../../lib/first-sorted.ts';

export interface Classification {
  cooperation: boolean;
  /** The model's probability that the article reports cooperation. */
  score: number;
  /** The features that weighed most for the decision, for the build report and for tuning. */
  cues: string[];
}

const REPORTED_CUES = 5;

export function classifyCooperation(
  input: ClassifierInput,
  model: CooperationModel = COOPERATION_MODEL,
): Classification {
  // The same sum as predictProbability over articleFeatures, in the same order: the named features, then the
  // word n-grams that carry a weight (the others add nothing), each read from the model without being built,
  // then the character n-grams that carry one, looked up by their characters' codes without being built either.
  const weights = weightsOf(model);
  const names: string[] = [];
  const contributions: number[] = [];
  let z = model.bias;
  for (const [name, value] of namedFeatures(input)) {
    const contribution = (weights.get(name) ?? 0) * value;
    z += contribution;
    names.push(name);
    contributions.push(contribution);
  }
  const index = ngramIndex(model);
  const seen = new Set<WeighedNgram>();
  const ngrams: WeighedNgram[] = [];
  for (const { prefix, zone } of NGRAM_ZONES)
    weighedNgrams(index, prefix, input[zone], seen, ngrams);
  for (const { name, weight } of ngrams) {
    z += weight;
    names.push(name);
    contributions.push(weight);
  }
  const characterGrams: WeighedNgram[] = [];
  weighedCharacterNgrams(characterNgramIndex(model), input, characterGrams);
  for (const { name, weight } of characterGrams) {
    const contribution = weight * CHARACTER_NGRAM_VALUE;
    z += contribution;
    names.push(name);
    contributions.push(contribution);
  }
  const probability = 1 / (1 + Math.exp(-z));
  const cooperation = probability >= model.threshold;
  // Only the features that pushed toward the decision.
  const pushing: number[] = [];
  for (let i = 0; i < contributions.length; i++)
    if (cooperation ? contributions[i]! > 0 : contributions[i]! < 0) pushing.push(i);
  // The strongest first, by name where two push alike: no two features share a name, so the order is total
  // and the first few need no sort of them all (hundreds in a long article).
  const cues = firstSorted(
    pushing,
    REPORTED_CUES,
    (a, b) =>
      Math.abs(contributions[b]!) - Math.abs(contributions[a]!) || (names[a]! < names[b]! ? -1 : 1),
  ).map((i) => names[i]!);
  return { cooperation, score: Math.round(probability * 1000) / 1000, cues };
}

/** The families the cheap pre-filter looks for; measured by `npm run eval` for the cooperation articles it drops. */
export const PREFILTER_FAMILIES = CUE_FAMILIES.filter(
  (f) => !['review', 'money', 'conference', 'newTechnique', 'donor'].includes(f.name),
);

/**
 * Cheap test on the whole text: an article with no cue at all, or without a single health word, is not read
 * further. Every cooperation article of labels.tsv has both; non-health news that signs agreements
 * (an airline, a city's e-government, defence) has no health word and is stopped here.
 */
export function mayReportCooperation(text: string): boolean {
  return HEALTH.test(text) && PREFILTER.test(text);
}

/**
 * The pre-filter's families as one pattern: one pass over the text instead of one per family, same answer;
 * without the families another finds (IMPLIED_CUE_FAMILIES), the same answer again, a quarter sooner (the
 * corpus's 16,019 texts: 705 → 550 ms).
 */
const PREFILTER = anyOf(
  PREFILTER_FAMILIES.filter((f) => !IMPLIED_CUE_FAMILIES.has(f.name)).map((f) => f.pattern),
);

/** How many cue families a passage names: what makes one item of a news digest the article's event. */
export function countCueFamilies(text: string): number {
  return cueFamiliesIn(text).length;
}
