/**
 * A logistic model's word n-gram weights, indexed by syllable, for scoring
 * an article without building its n-gram features: most of an article's
 * n-grams have no weight in the model, and a dot product needs only those
 * that do. `weighedNgrams` visits exactly the n-grams of `articleFeatures`
 * that carry a weight, once each, in the order `articleFeatures` adds them.
 */
import {
  CHARACTER_NGRAM_SIZES,
  CHARACTER_NGRAM_ZONES,
  characterNgramText,
  ngramSyllables,
  NGRAM_ZONES,
} from './features.ts';
import type { LogisticWeights } from './logistic.ts';

/** One weighed n-gram: its feature name and its weight. */
export interface WeighedNgram {
  readonly name: string;
  readonly weight: number;
}

interface SyllableEntry {
  /** The one-syllable n-gram's weight, when the model has one. */
  unigram: WeighedNgram | null;
  /** The two-syllable n-grams starting with this syllable that have a weight, by their second syllable. */
  bigrams: Map<string, WeighedNgram> | null;
}

/** For each zone's prefix, the model's weighed n-grams by first syllable. */
export type NgramIndex = ReadonlyMap<string, ReadonlyMap<string, SyllableEntry>>;

const indexes = new WeakMap<Record<string, number>, NgramIndex>();

/** The model's n-gram weights by zone and syllable, built once per model. */
export function ngramIndex(model: LogisticWeights): NgramIndex {
  let index = indexes.get(model.weights);
  if (index) return index;
  const zones = new Map<string, Map<string, SyllableEntry>>(
    NGRAM_ZONES.map((z) => [z.prefix, new Map()]),
  );
  for (const [name, weight] of Object.entries(model.weights)) {
    // An n-gram's name is its zone's letter, a colon, and one syllable or two with a space between.
    const entries = name[1] === ':' ? zones.get(name[0]!) : undefined;
    if (!entries) continue;
    const space = name.indexOf(' ', 2);
    const first = space < 0 ? name.slice(2) : name.slice(2, space);
    let entry = entries.get(first);
    if (!entry) entries.set(first, (entry = { unigram: null, bigrams: null }));
    if (space < 0) entry.unigram = { name, weight };
    else (entry.bigrams ??= new Map()).set(name.slice(space + 1), { name, weight });
  }
  index = zones;
  indexes.set(model.weights, index);
  return index;
}

/**
 * Appends to `found` each n-gram of the zone's text that the index weighs, once however often the text repeats
 * it (`seen` holds those already found, in this zone or another), in the order of their first appearance.
 */
export function weighedNgrams(
  index: NgramIndex,
  prefix: string,
  text: string,
  seen: Set<WeighedNgram>,
  found: WeighedNgram[],
): void {
  const entries = index.get(prefix);
  if (!entries || entries.size === 0) return;
  const syllables = ngramSyllables(text);
  for (let i = 0; i < syllables.length; i++) {
    const syllable = syllables[i];
    if (!syllable) continue;
    const entry = entries.get(syllable);
    if (!entry) continue;
    const { unigram, bigrams } = entry;
    if (unigram && !seen.has(unigram)) {
      seen.add(unigram);
      found.push(unigram);
    }
    const next = syllables[i + 1];
    const bigram = next && bigrams ? bigrams.get(next) : undefined;
    if (bigram && !seen.has(bigram)) {
      seen.add(bigram);
      found.push(bigram);
    }
  }
}

/**
 * The model's character n-gram weights (`c:` features), by the gram's code
 * (codeOf) where every character of it has one, by the gram itself otherwise.
 */
export interface CharacterNgramIndex {
  byCode: ReadonlyMap<number, WeighedNgram>;
  byText: ReadonlyMap<string, WeighedNgram>;
}

const characterIndexes = new WeakMap<Record<string, number>, CharacterNgramIndex>();

/**
 * Each character a code of six bits, never 0: the space 1, `a`–`z` 2–27, `0`–`9` 28–37 (what a folded
 * zone's grams are nearly all made of); 0 for any other. A gram of up to five such characters is one
 * small integer, its characters' codes in base 64: no two grams share one, of whatever length.
 */
const CHARACTER_CODES = new Uint8Array(128);
CHARACTER_CODES[0x20] = 1;
for (let c = 0x61; c <= 0x7a; c++) CHARACTER_CODES[c] = c - 0x61 + 2;
for (let c = 0x30; c <= 0x39; c++) CHARACTER_CODES[c] = c - 0x30 + 28;

const characterCode = (unit: number) => (unit < 128 ? CHARACTER_CODES[unit]! : 0);

/** The gram's code, or 0 when a character of it has none (or it is longer than five). */
export function characterGramCode(gram: string): number {
  if (gram.length > 5) return 0;
  let code = 0;
  for (let i = 0; i < gram.length; i++) {
    const c = characterCode(gram.charCodeAt(i));
    if (c === 0) return 0;
    code = code * 64 + c;
  }
  return code;
}

/** The model's character n-gram weights, built once per model. */
export function characterNgramIndex(model: LogisticWeights): CharacterNgramIndex {
  let index = characterIndexes.get(model.weights);
  if (index) return index;
  const byCode = new Map<number, WeighedNgram>();
  const byText = new Map<string, WeighedNgram>();
  for (const [name, weight] of Object.entries(model.weights)) {
    if (!name.startsWith('c:')) continue;
    const gram = name.slice(2);
    const code = characterGramCode(gram);
    if (code > 0) byCode.set(code, { name, weight });
    else byText.set(gram, { name, weight });
  }
  index = { byCode, byText };
  characterIndexes.set(model.weights, index);
  return index;
}

/**
 * Appends to `found` each character n-gram of the headline and the lead (`characterNgrams`) that the index
 * weighs, once each, in the order `characterNgrams` gives them, without making a string of each gram: a
 * gram is looked up by its code, made of its characters' codes as the window moves.
 */
export function weighedCharacterNgrams(
  index: CharacterNgramIndex,
  input: Readonly<Record<(typeof CHARACTER_NGRAM_ZONES)[number], string>>,
  found: WeighedNgram[],
): void {
  if (index.byCode.size === 0 && index.byText.size === 0) return;
  const seen = new Set<WeighedNgram>();
  const take = (weighed: WeighedNgram | undefined) => {
    if (weighed && !seen.has(weighed)) {
      seen.add(weighed);
      found.push(weighed);
    }
  };
  for (const zone of CHARACTER_NGRAM_ZONES) {
    const text = characterNgramText(input[zone]);
    if (text === null) continue;
    const codes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = characterCode(text.charCodeAt(i));
    for (const size of CHARACTER_NGRAM_SIZES)
      for (let i = 0; i + size <= text.length; i++) {
        let code = 0;
        for (let k = i; k < i + size; k++) {
          const c = codes[k]!;
          if (c === 0) {
            code = 0;
            break;
          }
          code = code * 64 + c;
        }
        take(code > 0 ? index.byCode.get(code) : index.byText.get(text.slice(i, i + size)));
      }
  }
}
