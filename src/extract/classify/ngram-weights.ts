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
 * The model's character n-gram weights (`c:` features), each given a number: found by the gram's code
 * (characterGramCode) in an open-addressing table where every character of the gram has a code, by the gram
 * itself otherwise.
 */
export interface CharacterNgramIndex {
  /** The weighed grams, by number. */
  entries: readonly WeighedNgram[];
  /** The table: a code at `keys[slot]` (0: an empty slot), its gram's number at `numbers[slot]`. */
  keys: Int32Array;
  numbers: Int32Array;
  byText: ReadonlyMap<string, number>;
  /** For each gram's number, the last search (by count) that found it: each gram taken once a search. */
  takenIn: Uint32Array;
  searches: number;
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
  const entries: WeighedNgram[] = [];
  const byCode = new Map<number, number>();
  const byText = new Map<string, number>();
  for (const [name, weight] of Object.entries(model.weights)) {
    if (!name.startsWith('c:')) continue;
    const gram = name.slice(2);
    const code = characterGramCode(gram);
    if (code > 0) byCode.set(code, entries.length);
    else byText.set(gram, entries.length);
    entries.push({ name, weight });
  }
  // At most half full: a search for a code the table does not hold soon meets an empty slot.
  let bits = 4;
  while (1 << bits < 2 * byCode.size) bits++;
  const keys = new Int32Array(1 << bits);
  const numbers = new Int32Array(1 << bits);
  for (const [code, number] of byCode) {
    let slot = slotOf(code, bits);
    while (keys[slot] !== 0) slot = (slot + 1) & (keys.length - 1);
    keys[slot] = code;
    numbers[slot] = number;
  }
  index = {
    entries,
    keys,
    numbers,
    byText,
    takenIn: new Uint32Array(entries.length),
    searches: 0,
  };
  characterIndexes.set(model.weights, index);
  return index;
}

/** A code's first slot in a table of 2^bits: the top bits of the code times a large odd number. */
const slotOf = (code: number, bits: number) => Math.imul(code, 0x9e3779b1) >>> (32 - bits);

/** The number of the gram with this code, or -1. */
function numberOfCode(index: CharacterNgramIndex, code: number): number {
  const { keys } = index;
  const mask = keys.length - 1;
  let slot = slotOf(code, 31 - Math.clz32(keys.length));
  for (;;) {
    const key = keys[slot]!;
    if (key === code) return index.numbers[slot]!;
    if (key === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/**
 * Appends to `found` each character n-gram of the headline and the lead (`characterNgrams`) that the index
 * weighs, once each, in the order `characterNgrams` gives them, without making a string of each gram: a
 * gram is looked up by its code, each size's codes made from the size below as the window moves.
 */
export function weighedCharacterNgrams(
  index: CharacterNgramIndex,
  input: Readonly<Record<(typeof CHARACTER_NGRAM_ZONES)[number], string>>,
  found: WeighedNgram[],
): void {
  if (index.entries.length === 0) return;
  // A new search: grams taken in an earlier one are not taken in this one.
  if (index.searches === 0xffffffff) {
    index.takenIn.fill(0);
    index.searches = 0;
  }
  const search = ++index.searches;
  const take = (number: number) => {
    if (number >= 0 && index.takenIn[number] !== search) {
      index.takenIn[number] = search;
      found.push(index.entries[number]!);
    }
  };
  const withText = index.byText.size > 0;
  for (const zone of CHARACTER_NGRAM_ZONES) {
    const text = characterNgramText(input[zone]);
    if (text === null) continue;
    // codes[i]: the code of the gram of the current size at i, 0 where a character of it has none.
    const codes = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = characterCode(text.charCodeAt(i));
    let size = 1;
    for (const wanted of CHARACTER_NGRAM_SIZES) {
      for (; size < wanted; size++)
        for (let i = 0; i + size < text.length; i++) {
          const last = characterCode(text.charCodeAt(i + size));
          codes[i] = codes[i]! === 0 || last === 0 ? 0 : codes[i]! * 64 + last;
        }
      for (let i = 0; i + size <= text.length; i++) {
        const code = codes[i]!;
        if (code > 0) take(numberOfCode(index, code));
        else if (withText) take(index.byText.get(text.slice(i, i + size)) ?? -1);
      }
    }
  }
}
