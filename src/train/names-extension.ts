/**
 * A learned "does the name go on?" decision at the end of a recognised
 * institution (issue 15, measured by scripts/names-extension-cv.ts, not
 * wired in). Where the tagger ends an institution and the text goes on in
 * lower case or with a joiner ("Tổ chức Toàn cầu | về y tế", "Bio | - Rad"),
 * a small logistic model says whether the name goes on by that word. It is
 * trained on the readers' institution spans only: inside a span, each place
 * where a lower-case word or a joiner follows the span's first words is a
 * "goes on"; a span's real end followed by one is a "stops". Decoding extends
 * a recognised institution while the model says so, across capitalised words
 * without asking, and gives the extension up where it runs into another
 * name or reaches a punctuation mark right after a joiner.
 */
import { seededRandom } from '../lib/seeded-random.ts';
import { wordClasses } from '../lib/word-classes.ts';
import { stepAfterRun } from '../extract/names/name-lexicon.ts';
import { bondKey, syllableBond } from '../extract/names/syllable-bonds.ts';
import { wordForms } from '../extract/names/word-forms.ts';
import { OUTSIDE, spansOf, tagIndex } from '../extract/names/tags.ts';
import type { Token } from '../extract/names/tokens.ts';

/** Tokens that join two parts of one name without being words of it. */
const JOINERS: ReadonlySet<string> = new Set(['-', '&', '–']);

const lowerWord = (t: Token | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text);
const capitalWord = (t: Token | undefined) => t !== undefined && /^[\p{Lu}\p{N}]/u.test(t.text);
const joiner = (t: Token | undefined) => t !== undefined && JOINERS.has(t.text);

/** Words that join two parts of one name and never end one. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['và', 'về']);

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

export interface ExtensionExample {
  features: string[];
  goesOn: boolean;
}

/** The examples of one sentence's right tags: every candidate boundary inside or at the end of an institution. */
export function extensionExamples(
  tokens: readonly Token[],
  tags: readonly number[],
  barriers: readonly boolean[],
  options: ExtensionOptions = EXTENSION_OPTIONS,
): ExtensionExample[] {
  const examples: ExtensionExample[] = [];
  for (const span of spansOf(tags)) {
    if (span.kind !== 'ORG') continue;
    for (let j = span.from + 1; j <= span.to; j++) {
      if (!extensionCandidate(tokens, j, options) || barriers[j]) continue;
      examples.push({ features: extensionFeatures(tokens, span.from, j), goesOn: j < span.to });
    }
  }
  return examples;
}

export type ExtensionWeights = ReadonlyMap<string, number>;

/** Logistic regression by stochastic gradient descent, a fixed seed's order each epoch. */
export function trainExtension(
  examples: readonly ExtensionExample[],
  seed: number,
  { epochs = 12, rate = 0.1, l2 = 1e-4 } = {},
): ExtensionWeights {
  const weights = new Map<string, number>();
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    const step = rate / (1 + epoch);
    for (const index of order) {
      const { features, goesOn } = examples[index]!;
      const p = extensionProbability(weights, features);
      const gradient = (goesOn ? 1 : 0) - p;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + step * (gradient - l2 * w));
      }
    }
  }
  return weights;
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
