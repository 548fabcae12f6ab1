/**
 * Vietnamese text keys: folding for search and matching, tone-mark placement,
 * and ASCII slugs. Unicode folding alone is not enough: `đ` has no
 * decomposition, and the same syllable is written `hoà` or `hòa`.
 */
import { singleSpaces } from './white-space.ts';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export interface FoldOptions {
  /** Keep tone and vowel marks, their placement normalised (`hoà` = `hòa`); default: remove them. */
  keepMarks?: boolean;
  /** Keep `đ` apart from `d`; default: as `keepMarks`. */
  keepD?: boolean;
}

/**
 * The one fold of Vietnamese text, for the extractor and the site alike: lower case, and
 * - by default no tone or vowel marks and `đ` as `d` ("same word, typed anyhow": matching names,
 *   query keys, the permalinks' MinHash, highlights). Char for char on NFC text, so positions carry over;
 * - `{ keepMarks: true }` marks kept and `đ` kept ("the word as the reader wrote it": `Nhật` is not `nhất`,
 *   `Đức` is not `dục`), with tone placement normalised so `hoà` and `hòa` stay one word;
 * - `{ keepMarks: true, keepD: false }` marks kept, `đ` as `d`: the search index's text, where Pagefind
 *   folds marks itself (ranking the marks a query typed first) but cannot fold `đ`, which does not decompose.
 */
export function fold(
  text: string,
  { keepMarks = false, keepD = keepMarks }: FoldOptions = {},
): string {
  const folded = keepMarks
    ? normaliseToneMarks(text.normalize('NFC')).toLowerCase()
    : text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  return keepD ? folded : folded.replace(/[đð]/g, 'd');
}

/** Lower case, no tone or vowel marks, `đ` → `d`, single spaces: the key for "same word, typed anyhow". */
export function foldVietnamese(text: string): string {
  return singleSpaces(fold(text)).trim();
}

// Precomposed vowels by tone (grave, acute, hook, tilde, dot below) for the letters whose mark moves.
const TONED: Record<string, string[]> = {
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
};
const TONE_OF = new Map<string, [base: string, tone: number]>();
for (const [base, forms] of Object.entries(TONED)) {
  forms.forEach((form, tone) => {
    TONE_OF.set(form, [base, tone]);
    TONE_OF.set(form.toUpperCase(), [base.toUpperCase(), tone]);
  });
}
const withTone = (letter: string, tone: number) => {
  const form = TONED[letter.toLowerCase()]![tone]!;
  return letter === letter.toLowerCase() ? form : form.toUpperCase();
};
const NEW_STYLE =
  /(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/**
 * Puts tone marks of open syllables ending in `oa`, `oe`, `uy` on the first vowel
 * (`hoà` → `hòa`, `thuỷ` → `thủy`), so both spelling styles give one key. NFC in, NFC out.
 */
export function normaliseToneMarks(text: string): string {
  return text.replace(
    NEW_STYLE,
    (whole, o?: string, oVowel?: string, u?: string, uVowel?: string) => {
      const first = o ?? u!;
      const [base, tone] = TONE_OF.get(oVowel ?? uVowel!)!;
      return first + base === whole ? whole : withTone(first, tone) + base;
    },
  );
}

/** Case-insensitive key that keeps diacritics but ignores tone-mark placement. */
export function toneKey(text: string): string {
  return singleSpaces(fold(text, { keepMarks: true })).trim();
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
