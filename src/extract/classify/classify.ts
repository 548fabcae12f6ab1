/**
 * Stage 5: does the article report medical cooperation (an agreement, a
 * working visit, a technique transfer, training or expert rotation between
 * institutions, telemedicine, aid or a foreign medical team)? Ordinary health
 * news and non-health news that merely says "hợp tác" are not.
 *
 * A logistic model learned from labelled articles (`npm run train`) weighs
 * the article's features; the cue table supplies most of them.
 */
import { CUE_FAMILIES, HEALTH } from './cues.ts';
import { articleFeatures } from './features.ts';
import type { ClassifierInput } from './input.ts';
import { predictProbability, weightsOf } from './logistic.ts';
import { COOPERATION_MODEL, type CooperationModel } from './model.ts';

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
  const features = articleFeatures(input);
  const probability = predictProbability(model, features);
  const cooperation = probability >= model.threshold;
  const weights = weightsOf(model);
  // Only the features that pushed toward the decision: most n-grams have no weight and are passed over.
  const pushing: { name: string; contribution: number }[] = [];
  for (const [name, value] of features) {
    const contribution = (weights.get(name) ?? 0) * value;
    if (cooperation ? contribution > 0 : contribution < 0) pushing.push({ name, contribution });
  }
  const cues = pushing
    .sort(
      (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.name < b.name ? -1 : 1),
    )
    .slice(0, REPORTED_CUES)
    .map((c) => c.name);
  return { cooperation, score: Math.round(probability * 1000) / 1000, cues };
}

/** The families the cheap pre-filter looks for; measured by `npm run eval` for the cooperation articles it drops. */
const PREFILTER_FAMILIES = CUE_FAMILIES.filter(
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

/** The pre-filter's families as one pattern: one pass over the text instead of one per family, same answer. */
const PREFILTER = anyOf(PREFILTER_FAMILIES.map((f) => f.pattern));

/**
 * A pattern that matches where any of `patterns` does. Each keeps its own case
 * rule (an `i` pattern becomes a case-insensitive group); all must be Unicode
 * patterns without back-references, which would not survive being joined.
 */
export function anyOf(patterns: RegExp[]): RegExp {
  const parts = patterns.map((p) => {
    if (!/^i?u$/.test(p.flags) || /\\[1-9k]|\(\?<[A-Za-z]/.test(p.source))
      throw new Error(`anyOf: cannot join /${p.source}/${p.flags}`);
    return p.flags === 'iu' ? `(?i:${p.source})` : `(?:${p.source})`;
  });
  return new RegExp(parts.join('|'), 'u');
}

/** How many cue families a passage names: what makes one item of a news digest the article's event. */
export function countCueFamilies(text: string): number {
  return CUE_FAMILIES.filter((f) => f.pattern.test(text)).length;
}
