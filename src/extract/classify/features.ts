/**
 * An article as the classifier sees it: named features with values in [0, 1].
 *
 * - `cue:<family>@<zone>`: a cue family of the shared table in the headline,
 *   the lead or the body;
 * - `gate:*`: the health gate, a Vietnamese party, ordinary news in the headline;
 * - `party:*`: how many institutions, international bodies and foreign
 *   countries the article names;
 * - `clause:opening` / `clause:body`: sentences that name two parties and a
 *   cue of cooperation between them (see ClassifierInput). With them,
 *   cross-validated F1 averaged over five fold seeds (`npm run train --
 *   --repeats 5`) went from 0.758 to 0.777 on labels.tsv and from 0.865 to
 *   0.891 on the dev articles;
 * - `clause:<family>`, `clause:@<zone>`, `clause:strongest`, `clause:top2`,
 *   `clause:most-families`: the evidence sentence by sentence (input.ts's
 *   ClauseEvidence), the strongest sentence deciding: which cue families the
 *   clauses carry and where they stand, and how strong the two strongest
 *   sentences are as clauses;
 * - `h:` / `l:` / `b:` word n-grams (one and two syllables, folded) of the
 *   headline, the lead and the body: a model keeps only those seen in enough
 *   training articles. The body's n-grams lifted cross-validated F1 on
 *   labels.tsv from 0.747 to 0.763 and on the dev articles from 0.82 to 0.86;
 * - `c:` character n-grams (3 to 5 characters, folded) of the headline and
 *   the lead, each at CHARACTER_NGRAM_VALUE: parts of words and of names a
 *   syllable n-gram seen too seldom leaves out.
 */
import { fold } from '../../lib/vietnamese.ts';
import { cueFamiliesIn, hasCue } from './cue-search.ts';
import { HEALTH, ORDINARY_NEWS, VIETNAMESE_PARTY } from './cues.ts';
import { ADVICE, STUDY_NEWS } from './genres.ts';
import type { ClassifierInput } from './input.ts';

export type Features = Map<string, number>;

const HEALTH_ALL = new RegExp(HEALTH.source, 'giu');
/** Health words at which the health feature saturates. */
const HEALTH_WORDS_FULL = 10;
/** Cooperation clauses in the body at which the feature saturates. */
const CLAUSES_FULL = 3;
/** Cue families in one sentence at which the feature saturates. */
const MOST_FAMILIES_FULL = 4;

export function articleFeatures(input: ClassifierInput): Features {
  const features = namedFeatures(input);
  for (const { prefix, zone } of NGRAM_ZONES) addNgrams(features, prefix, input[zone]);
  for (const gram of characterNgrams(input)) features.set(gram, CHARACTER_NGRAM_VALUE);
  return features;
}

/**
 * The value of each character n-gram: scaled down, as there are many to a headline (over eight fold seeds,
 * recall at precision 0.9 0.706 with none, 0.629 at 1, 0.715 at 0.15, 0.719 at 0.3, 0.725 at 0.5).
 */
export const CHARACTER_NGRAM_VALUE = 0.3;
export const CHARACTER_NGRAM_SIZES = [3, 4, 5] as const;
/** The zones whose character n-grams are features: the opening. */
export const CHARACTER_NGRAM_ZONES = ['headline', 'lead'] as const;

/**
 * The distinct character n-grams of the headline and the lead (`c:` and 3 to 5 characters), in order of first
 * appearance: each zone's folded syllables between single spaces, a space before and after, so that a gram
 * may hold a word's start or end ("c: bac", "c:nh vi").
 */
export function characterNgrams(input: Pick<ClassifierInput, 'headline' | 'lead'>): string[] {
  const grams = new Set<string>();
  for (const zone of CHARACTER_NGRAM_ZONES) {
    const text = characterNgramText(input[zone]);
    if (text === null) continue;
    for (const size of CHARACTER_NGRAM_SIZES)
      for (let i = 0; i + size <= text.length; i++) grams.add(`c:${text.slice(i, i + size)}`);
  }
  return [...grams];
}

/** A zone's folded syllables between single spaces, a space before and after; null for a zone with none. */
export function characterNgramText(zone: string): string | null {
  const runs = syllableRuns(fold(zone));
  return runs.length === 0 ? null : ` ${runs.join(' ')} `;
}

/** The zones whose word n-grams are features, each with the prefix of its features' names, in the order they are added. */
export const NGRAM_ZONES = [
  { prefix: 'h', zone: 'headline' },
  { prefix: 'l', zone: 'lead' },
  { prefix: 'b', zone: 'body' },
] as const;

/** Every feature but the word n-grams, in the order articleFeatures adds them. */
export function namedFeatures(input: ClassifierInput): Features {
  const features: Features = new Map();
  const zones = { headline: input.headline, lead: input.lead, body: input.body };
  for (const [zone, text] of Object.entries(zones)) {
    for (const family of cueFamiliesIn(text)) features.set(`cue:${family.name}@${zone}`, 1);
  }
  const opening = `${input.headline}\n${input.lead}`;
  const all = `${opening}\n${input.body}`;
  const healthWords = (all.match(HEALTH_ALL) ?? []).length;
  features.set('gate:health-words', Math.min(healthWords, HEALTH_WORDS_FULL) / HEALTH_WORDS_FULL);
  if (healthWords < 2) features.set('gate:not-health-news', 1);
  if (HEALTH.test(opening)) features.set('gate:health-in-opening', 1);
  if (VIETNAMESE_PARTY.test(all)) features.set('gate:vietnamese-party', 1);
  if (ORDINARY_NEWS.test(input.headline)) features.set('gate:ordinary-news@headline', 1);
  if (ORDINARY_NEWS.test(input.lead)) features.set('gate:ordinary-news@lead', 1);
  // The false positives of the published site (genres.ts): a study, advice, one institution's own news, a
  // disease story whose cooperation words come late. Each measured by `npm run train -- --repeats 3 --without`
  // (F1 mean over three fold seeds, all four 0.709): without the study 0.647, without advice 0.679, without
  // no-cue 0.677, without one-institution 0.680. No Vietnamese party in the opening changed nothing (0.711): left out.
  if (STUDY_NEWS.test(opening)) features.set('genre:study@opening', 1);
  if (ADVICE.test(input.headline)) features.set('genre:advice@headline', 1);
  if (ADVICE.test(input.lead)) features.set('genre:advice@lead', 1);
  if (!hasCue(opening)) features.set('genre:no-cue@opening', 1);
  if (input.openingInstitutions === 1 && !input.foreignInOpening)
    features.set('genre:one-institution@opening', 1);
  features.set('party:institutions', Math.min(input.organisationCount, 5) / 5);
  if (input.internationalBodies > 0) features.set('party:international-body', 1);
  if (input.foreignPartner) features.set('party:foreign', 1);
  if (input.foreignInOpening) features.set('party:foreign@opening', 1);
  const parties =
    input.organisationCount + input.internationalBodies + (input.foreignPartner ? 1 : 0);
  if (parties < 2) features.set('party:fewer-than-two', 1);
  if (input.cooperationClauses.opening > 0) features.set('clause:opening', 1);
  if (input.cooperationClauses.body > 0)
    features.set(
      'clause:body',
      Math.min(input.cooperationClauses.body, CLAUSES_FULL) / CLAUSES_FULL,
    );
  // The strongest sentence decides (input.ts's ClauseEvidence): measured by `npm run rank-cooperation -- --seeds 3
  // --end-to-end`, before / after: recall at precision 0.9 on pooled out-of-fold probabilities 0.639 / 0.667
  // (eight fold seeds 0.571 / 0.669), AUC 0.961 / 0.963, cross-validated P 0.914 / 0.914 R 0.501 / 0.551
  // F1 0.648 / 0.687.
  const evidence = input.clauseEvidence;
  for (const family of evidence.families) features.set(`clause:${family}`, 1);
  for (const zone of evidence.zones) features.set(`clause:@${zone}`, 1);
  const [strongest, second] = evidence.strongest;
  if (strongest > 0) features.set('clause:strongest', strongest);
  if (strongest > 0) features.set('clause:top2', (strongest + second) / 2);
  if (evidence.mostFamilies > 0)
    features.set(
      'clause:most-families',
      Math.min(evidence.mostFamilies, MOST_FAMILIES_FULL) / MOST_FAMILIES_FULL,
    );
  return features;
}

/**
 * The syllables a zone's n-grams are made of: folded, lower case; a syllable of digits only is `null`, in no n-gram.
 * The fold alone: it lowers the case itself, and white space, which `foldVietnamese` would also collapse and trim,
 * is no part of a syllable: the same syllables as `foldVietnamese(text.toLowerCase())` (on every code point and
 * on the corpus's 56,000 sentences and articles) without a lower-casing and a pass over the white space.
 */
export function ngramSyllables(text: string): (string | null)[] {
  return syllableRuns(fold(text)).map((s) => (isDigits(s) ? null : s));
}

/**
 * The runs of letters and digits in a text, as `text.match(/[\p{L}\p{N}]+/gu)` gives them, read unit by unit: an
 * ASCII unit is told by its code, any other by a table filled as units are met, a surrogate pair as the
 * character it makes. A folded text is nearly all ASCII; the pattern weighed each character's Unicode class
 * (a third of the time on the classifier's zones).
 */
export function syllableRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1));
    const inRun =
      unit < 0x80
        ? (unit >= 0x61 && unit <= 0x7a) ||
          (unit >= 0x41 && unit <= 0x5a) ||
          (unit >= 0x30 && unit <= 0x39)
        : pair
          ? LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!))
          : isLetterOrDigitUnit(unit);
    if (inRun && start < 0) start = i;
    else if (!inRun && start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Each BMP unit's class as it is met: 0 not yet, 1 a letter or a digit, 2 neither (a lone surrogate is neither). */
const UNIT_CLASS = new Uint8Array(0x10000);
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

function isLetterOrDigitUnit(unit: number): boolean {
  let known = UNIT_CLASS[unit]!;
  if (known === 0) {
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    known = UNIT_CLASS[unit] =
      !surrogate && LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 1 : 2;
  }
  return known === 1;
}

/** Whether a syllable is ASCII digits only: `/^\d+$/` without a regular expression. */
function isDigits(syllable: string): boolean {
  for (let i = 0; i < syllable.length; i++) {
    const code = syllable.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return syllable.length > 0;
}

function addNgrams(features: Features, prefix: string, text: string): void {
  const syllables = ngramSyllables(text);
  for (let i = 0; i < syllables.length; i++) {
    const syllable = syllables[i];
    if (!syllable) continue;
    features.set(`${prefix}:${syllable}`, 1);
    const next = syllables[i + 1];
    if (next) features.set(`${prefix}:${syllable} ${next}`, 1);
  }
}
