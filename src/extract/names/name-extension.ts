/**
 * A learned "does the name go on?" decision at the end of a recognised
 * institution (issue 15; trained by train/names-extension.ts, applied in
 * recognise.ts's readScores, measured by scripts/names-extension-cv.ts).
 * Where the tagger ends an institution and the text goes on in lower case or
 * with a joiner ("Tổ chức Toàn cầu | về y tế", "Bio | - Rad"), a small
 * logistic model says whether the name goes on by that word. Decoding extends
 * a recognised institution while the model says so, takes capitalised words
 * after a taken word without asking, crosses a word barrier without asking,
 * never ends a name on a joiner ("và", "về", "-", "&"), and gives the
 * extension up where it runs into another name.
 */
import { NAME_JOINERS } from '../gazetteer/institution-words.ts';
import { wordClasses } from '../../lib/word-classes.ts';
import { stepAfterRun } from './name-lexicon.ts';
import { bondKey, syllableBond } from './syllable-bonds.ts';
import { wordForms } from './word-forms.ts';
import { OUTSIDE, spansOf, tagIndex } from './tags.ts';
import type { Token } from './tokens.ts';

/** Marks that join two parts of one name ("Bio - Rad", "P&G") without being words of it. */
const JOINERS: ReadonlySet<string> = new Set(['-', '&', '–']);

const lowerWord = (t: Token | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text);
const capitalWord = (t: Token | undefined) => t !== undefined && /^[\p{Lu}\p{N}]/u.test(t.text);
const joiner = (t: Token | undefined) => t !== undefined && JOINERS.has(t.text);

/** Words that join two parts of one name and never end one. */
const JOINING_WORDS: ReadonlySet<string> = new Set(NAME_JOINERS);

/** How the extension reads the text: which boundaries it decides, which tokens may end a name. */
export interface ExtensionOptions {
  /** A capitalised word after a lower-case word is asked too (else taken unasked while extending). */
  askCapitals: boolean;
  /** "và", "về" never end a name (else only "-", "&" do not). */
  joiningWords: boolean;
}

export const EXTENSION_OPTIONS: ExtensionOptions = { askCapitals: false, joiningWords: true };

/**
 * Whether the boundary before token j is one the model decides: a lower-case
 * word or a joiner follows (or, when `askCapitals`, a capitalised word after a lower-case one).
 */
export const extensionCandidate = (
  tokens: readonly Token[],
  j: number,
  options: ExtensionOptions = EXTENSION_OPTIONS,
): boolean =>
  j > 0 &&
  j < tokens.length &&
  (lowerWord(tokens[j]) ||
    joiner(tokens[j]) ||
    (options.askCapitals && capitalWord(tokens[j]) && lowerWord(tokens[j - 1])));

const endsNoName = (t: Token | undefined, options: ExtensionOptions) =>
  joiner(t) || (options.joiningWords && t !== undefined && JOINING_WORDS.has(t.text));

const shape = (t: Token | undefined) =>
  t === undefined ? 'END' : joiner(t) ? 'J' : lowerWord(t) ? 'l' : capitalWord(t) ? 'C' : 'P';

/** The features of going on from the span [from, j) with token j. */
export function extensionFeatures(tokens: readonly Token[], from: number, j: number): string[] {
  const folded = (k: number) => (tokens[k] ? wordForms(tokens[k].text).folded : '#');
  const head = `${folded(from)} ${folded(from + 1)}`;
  const length = Math.min(j - from, 8);
  const w1 = folded(j);
  const w2 = folded(j + 1);
  const w3 = folded(j + 2);
  const shapes = `${shape(tokens[j])}${shape(tokens[j + 1])}${shape(tokens[j + 2])}`;
  let punctuation = 0;
  while (j + punctuation < tokens.length && shape(tokens[j + punctuation]) !== 'P') punctuation++;
  const distance = j + punctuation >= tokens.length ? 'end' : String(Math.min(punctuation, 6));
  const bond = (a: number, b: number) =>
    tokens[a] && tokens[b] ? syllableBond(bondKey(tokens[a].text), bondKey(tokens[b].text)) : -1;
  const run = (to: number) =>
    tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
  const stepNow = stepAfterRun(run(j));
  const longer = stepAfterRun(run(j + 1));
  const features = [
    'bias',
    `head=${head}`,
    `len=${length}`,
    `head=${head}|len=${length}`,
    `last=${folded(j - 1)}`,
    `w1=${w1}`,
    `w12=${w1} ${w2}`,
    `w123=${w1} ${w2} ${w3}`,
    `head=${head}|w1=${w1}`,
    `last=${folded(j - 1)}|w1=${w1}`,
    `shapes=${shapes}`,
    `lastshape=${shape(tokens[j - 1])}|${shapes}`,
    `punct=${distance}`,
    `punct=${distance}|w1=${w1}`,
    `bond=${bond(j - 1, j)}`,
    `bond12=${bond(j, j + 1)}`,
    `lexnow=${stepNow ?? 'none'}`,
    `lexlonger=${longer === null ? 'none' : 'known'}`,
  ];
  for (const [k, name] of [
    [j, 'c1'],
    [j + 1, 'c2'],
  ] as const) {
    const classes = tokens[k] ? wordClasses(tokens[k].text) : null;
    if (classes) classes.forEach((c, g) => features.push(`${name}@${g}=${c}`));
  }
  return features;
}

export type ExtensionWeights = ReadonlyMap<string, number>;

/** The probability of going on from which a name is extended (names-extension-cv.ts: 0.5 over 0.7). */
export const EXTENSION_THRESHOLD = 0.5;

/** The trained decision as the recogniser carries it. */
export interface NameExtension {
  threshold: number;
  weights: ExtensionWeights;
}

export function extensionProbability(
  weights: ExtensionWeights,
  features: readonly string[],
): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The tags with each institution extended while the model gives the next
 * word a probability of going on of at least `threshold`. Capitalised words
 * after a taken word go with it unasked; a barrier (a word going on)
 * is crossed unasked. An extension that runs into another name, or whose last
 * token is a joiner, is given up.
 */
export function extendInstitutions(
  tokens: readonly Token[],
  tags: readonly number[],
  barriers: readonly boolean[],
  weights: ExtensionWeights,
  threshold: number,
  options: ExtensionOptions = EXTENSION_OPTIONS,
): number[] {
  const out = [...tags];
  const inside = tagIndex('I-ORG');
  for (const span of spansOf(tags)) {
    if (span.kind !== 'ORG') continue;
    let j = span.to;
    let end = span.to;
    while (j < tokens.length && tags[j] === OUTSIDE) {
      const t = tokens[j]!;
      if (extensionCandidate(tokens, j, options) && !barriers[j]) {
        const p = extensionProbability(weights, extensionFeatures(tokens, span.from, j));
        if (p < threshold) break;
      } else if (!(barriers[j] || capitalWord(t)) || j === span.to) break;
      j++;
      if (!endsNoName(tokens[j - 1], options)) end = j;
    }
    if (j < tokens.length && tags[j] !== OUTSIDE) end = span.to;
    for (let k = span.to; k < end; k++) out[k] = inside;
  }
  return out;
}
