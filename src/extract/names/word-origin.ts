/**
 * Whether a word reads as Vietnamese: a Vietnamese syllable is an initial
 * consonant from a short list, one to three vowels and at most one final
 * (c, ch, m, n, ng, nh, p, t, and k in the highlands' names: Đắk Lắk), and
 * the language writes marks (ă â ê ô ơ ư đ, the tones) that English, French
 * or Russian names lack. "Scott", "Sergei",
 * "Gao Fu", "Garber" are no Vietnamese syllables; "Ken" and "Sam" might be.
 * A foreign person's name is written after the country it belongs to
 * ("Thủ tướng Australia Scott Morrison"), and the country is no part of it.
 */
import { wordForms } from './word-forms.ts';

export type WordOrigin = 'vi' | 'vi?' | 'foreign';

const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptk])?$/;
/** `đ`, and the marks of ă â ê ô ơ ư and the tones once decomposed (a French é counts, then fails as a syllable). */
const MARKED = /đ|\p{M}/u;

/**
 * 'vi' for a syllable with Vietnamese marks, 'vi?' for one without marks
 * that Vietnamese could spell, 'foreign' for letters it could not; null for
 * what is not one word of letters (numbers, marks, abbreviations with dots).
 */
export function wordOrigin(word: string): WordOrigin | null {
  if (!/^\p{L}+$/u.test(word)) return null;
  const lower = word.toLowerCase();
  const bare = lower.normalize('NFD');
  if (MARKED.test(bare)) return VIETNAMESE_SYLLABLE.test(wordForms(word).folded) ? 'vi' : 'foreign';
  return VIETNAMESE_SYLLABLE.test(lower) ? 'vi?' : 'foreign';
}
