/**
 * Vietnamese text keys: folding for search and matching, tone-mark placement,
 * and ASCII slugs. Unicode folding alone is not enough: `đ` has no
 * decomposition, and the same syllable is written `hoà` or `hòa`.
 */
import { singleSpaces } from './white-space.ts';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The text decomposed (NFD) with the marks of U+0300–U+036F removed, as `text.normalize('NFD').replace(
 * COMBINING_MARKS, '')` gives it, read off a table of code units: a letter with marks becomes its base letter, a
 * mark of that block nothing, any other unit itself. Decomposing then deleting builds a string piece by piece
 * around every mark, and a Vietnamese text has one every few letters; the table reads each unit once (a sixth of
 * the time on the text the classifier reads of the 2,486 corpus articles past its pre-filter). A unit whose decomposition is anything else (a mark of another block, which NFD may
 * reorder; Hangul; a surrogate) sends the whole text the long way.
 */
function withoutMarks(text: string): string {
  if (!LITTLE_ENDIAN) return text.normalize('NFD').replace(COMBINING_MARKS, '');
  const out = new Uint16Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let folded = FOLDED_UNITS[unit]!;
    if (folded === UNREAD) folded = FOLDED_UNITS[unit] = foldedUnit(unit);
    if (folded >= 0) out[length++] = folded;
    else if (folded === LONG_WAY) return text.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return UTF16.decode(out.subarray(0, length));
}

/** Each code unit's fold without marks, filled as units are met: the unit, or one of the three below. */
const FOLDED_UNITS = new Int32Array(0x10000).fill(-1);
const UNREAD = -1;
const DROPPED = -2;
const LONG_WAY = -3;
const ANY_MARK = /\p{M}/u;
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

function foldedUnit(unit: number): number {
  if (unit >= 0x300 && unit <= 0x36f) return DROPPED;
  if (isSurrogate(unit)) return LONG_WAY;
  const decomposed = String.fromCharCode(unit).normalize('NFD');
  const base = decomposed.charCodeAt(0);
  if (isSurrogate(base) || ANY_MARK.test(decomposed[0]!)) return LONG_WAY;
  for (let i = 1; i < decomposed.length; i++) {
    const mark = decomposed.charCodeAt(i);
    if (mark < 0x300 || mark > 0x36f) return LONG_WAY;
  }
  return base;
}

/** The table's units are written to memory and read back as UTF-16LE: so on a little-endian machine only. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

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
    : withoutMarks(text).toLowerCase();
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
