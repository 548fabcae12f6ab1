/**
 * Boundaries no name may end at: between two syllables of one word. A name
 * seldom ends inside a word ("Trung tâm Kiểm | dịch y tế quốc tế", "Khoa
 * truyền | nhiễm", "UBND tỉnh Hải | Dương"); the tagger weighs the syllable
 * bonds on each boundary, yet its best path still cuts some names there.
 * Decoding under these barriers makes it take the best path that respects
 * them (the name goes on past the word, or no name ends there at all), in
 * Viterbi and in the marginals alike, since both read the same lattice.
 * Only a lower-case second syllable counts: a bond before a capitalised one
 * is mostly a title or a verb before a name ("Giám đốc | Bệnh viện", "lãnh
 * đạo | Sở Y tế": the corpus's bonds are collocations as much as words). A
 * name may still open at a barrier ("tại | bệnh viện Từ Dũ"): barring the
 * start too lost more than it gained (names-barriers-cv.ts).
 */
import { PROVINCE_SPELLINGS } from '../gazetteer/provinces.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import { longestPhrase, phraseTrie } from './phrase-trie.ts';
import { bondKey, syllableBond } from './syllable-bonds.ts';
import { NAME_KINDS, OUTSIDE, type NameKind } from './tags.ts';
import type { Token } from './tokens.ts';

/** The syllable bond (syllable-bonds.ts, 1–5) from which two syllables one space apart are one word. */
export const BARRIER_BOND = 2;

/** Places written as several capitalised syllables: a province or a country is one word to a name. */
const PLACES = phraseTrie(
  [...PROVINCE_SPELLINGS, ...Object.keys(COUNTRY_NAMES)].map((p) => [p, true] as const),
  normaliseToneMarks,
);

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * For each token, whether the boundary before it lies inside a word: the two
 * syllables one space apart with a bond of at least `minBond`, the second in
 * lower case (or either, when not `lowerOnly`), or both inside one
 * capitalised place spelled as the gazetteer spells it. The first token: false.
 */
export function wordBarriers(
  tokens: readonly Token[],
  minBond = BARRIER_BOND,
  lowerOnly = true,
): boolean[] {
  const barriers = tokens.map(
    (t, i) =>
      i > 0 &&
      (!lowerOnly || /^\p{Ll}/u.test(t.text)) &&
      t.start === tokens[i - 1]!.end + 1 &&
      syllableBond(bondKey(tokens[i - 1]!.text), bondKey(t.text)) >= minBond,
  );
  const words = tokens.map((t) => normaliseToneMarks(t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(words[i]!)) continue;
    const { length } = longestPhrase(PLACES, words, i);
    if (length < 2 || !words.slice(i, i + length).every(capitalised)) continue;
    for (let j = i + 1; j < i + length; j++) barriers[j] = true;
    i += length - 1;
  }
  return barriers;
}

/**
 * The boundary scores with every transition that closes a name of one of
 * `kinds` at a barrier forbidden (−∞), and that opens one too when not
 * `endsOnly`: a name that reaches a barrier goes on across it. `pairs[i]`
 * is the boundary before token i, `[previous * tagCount + next]`, as
 * chainScores gives it.
 */
export function withWordBarriers(
  pairs: ReadonlyArray<ArrayLike<number> | null> | undefined,
  barriers: readonly boolean[],
  tagCount: number,
  kinds: readonly NameKind[] = NAME_KINDS,
  endsOnly = true,
): Array<ArrayLike<number> | null> {
  const kindOf = (tag: number): NameKind | null =>
    tag === OUTSIDE ? null : NAME_KINDS[Math.floor((tag - 1) / 2)]!;
  const isBegin = (tag: number) => tag !== OUTSIDE && (tag - 1) % 2 === 0;
  const barred = (p: number, t: number) => {
    const before = kindOf(p);
    const after = kindOf(t);
    // A name of a barred kind opens here, or one ends here (the next tag does not go on with it).
    if (!endsOnly && after && isBegin(t) && kinds.includes(after)) return true;
    return before !== null && kinds.includes(before) && (isBegin(t) || after !== before);
  };
  return barriers.map((barrier, i) => {
    const pair = pairs?.[i] ?? null;
    if (!barrier || i === 0) return pair;
    const scores = new Float64Array(tagCount * tagCount);
    if (pair) scores.set(pair);
    for (let p = 0; p < tagCount; p++)
      for (let t = 0; t < tagCount; t++) if (barred(p, t)) scores[p * tagCount + t] = -Infinity;
    return scores;
  });
}
