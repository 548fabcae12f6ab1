/**
 * Vietnamese text keys: folding for search and matching, tone-mark placement,
 * and ASCII slugs. Unicode folding alone is not enough: `đ` has no
 * decomposition, and the same syllable is written `hoà` or `hòa`.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/** Lower case, no tone or vowel marks, `đ` → `d`, single spaces: the key for "same word, typed anyhow". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Puts tone marks of open syllables ending in `oa`, `oe`, `uy` on the first vowel
 * (`hoà` → `hòa`, `thuỷ` → `thủy`), so both spelling styles give one key. NFC in, NFC out.
 */
export function normaliseToneMarks(text: string): string {
  // In NFD a syllable is letters followed by combining marks; match o/u + a/e/y + tone with no final letter.
  const nfd = text.normalize('NFD');
  const moved = nfd.replace(
    /(^|[^\p{L}\p{M}]|[^qQ\p{M}]|[qQ]\p{M}+)([oOuU])(\p{M}*)([aAeEyY])(\p{M}*)(?![\p{L}\p{M}])/gu,
    (whole, before: string, v1: string, m1: string, v2: string, m2: string) => {
      const isPair = /^[oO]$/.test(v1) ? /^[aAeE]$/.test(v2) : /^[yY]$/.test(v2);
      if (!isPair) return whole;
      const tone = [...m2].filter((c) => TONE_MARKS.includes(c)).join('');
      if (!tone || [...m1].some((c) => TONE_MARKS.includes(c))) return whole;
      const rest = [...m2].filter((c) => !TONE_MARKS.includes(c)).join('');
      return `${before}${v1}${m1}${tone}${v2}${rest}`;
    },
  );
  return moved.normalize('NFC');
}

/** Case-insensitive key that keeps diacritics but ignores tone-mark placement. */
export function toneKey(text: string): string {
  return normaliseToneMarks(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** ASCII slug: folded, words joined with `-`, at most `maxWords` words. */
export function asciiSlug(text: string, maxWords = 8): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** True when the word starts with an upper-case letter (Vietnamese capitals included). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
