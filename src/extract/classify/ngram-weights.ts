/**
 * A logistic model's word n-gram weights, indexed by syllable, for scoring
 * an article without building its n-gram features: most of an article's
 * n-grams have no weight in the model, and a dot product needs only those
 * that do. `weighedNgrams` visits exactly the n-grams of `articleFeatures`
 * that carry a weight, once each, in the order `articleFeatures` adds them.
 */
import { ngramSyllables, NGRAM_ZONES } from './features.ts';
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
