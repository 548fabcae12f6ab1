/**
 * Vietnamese number notation: `.` groups thousands and `,` marks decimals
 * (`8.000` = 8000, `4,5` = 4.5), leading zeros are common (`02`), and scale
 * words follow the number (`200 tỷ`).
 */

/** The number pattern this module reads (no sign, no scale word). */
export const NUMBER_SOURCE =
  '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+\\.\\d{1,2}(?!\\d)|\\d+';

const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/**
 * Reads a number as Vietnamese writes it. `integerExpected` reads `1,500` as
 * fifteen hundred (a count written English-style) instead of one and a half.
 */
export function parseVietnameseNumber(text: string, integerExpected = false): number | null {
  const s = text.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) {
    if (integerExpected && /^\d{1,3},\d{3}$/.test(s)) return Number(s.replace(',', ''));
    return Number(s.replace(',', '.'));
  }
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  if (/^\d+$/.test(s)) return Number(s);
  return null;
}

/** Multiplier of a scale word (`triệu` → 1e6), 1 for none. */
export function scaleOf(word: string | undefined): number {
  return word ? (SCALES[word.toLowerCase()] ?? 1) : 1;
}

/**
 * Counts written in words ("ba bệnh nhân", "hai chục bác sĩ", "mười lăm ca").
 * "năm" is left out: before a noun it is far more often "year" ("mỗi năm
 * người bệnh…") than five. "một" is included but is mostly the article "a":
 * callers decide when to trust it (see `isArticleOne`).
 */
const DIGIT_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
/** Digits as they are said after a ten ("hai mươi mốt", "mười lăm", "ba mươi tư"). */
const UNIT_AFTER_TEN: Record<string, number> = { ...DIGIT_WORDS, mốt: 1, tư: 4, lăm: 5, nhăm: 5 };
const TENS_WORDS = ['chục', 'mươi'];

const words = (list: Iterable<string>) => [...list].sort((a, b) => b.length - a.length).join('|');
/** Pattern of a count in words: a digit word, with tens ("hai mươi lăm") or "mười …". */
export const COUNT_WORDS_SOURCE =
  `mười(?:\\s+(?:${words(Object.keys(UNIT_AFTER_TEN))}))?(?![\\p{L}\\p{M}])` +
  `|(?:${words(Object.keys(DIGIT_WORDS))})(?:\\s+(?:${TENS_WORDS.join('|')})(?:\\s+(?:${words(Object.keys(UNIT_AFTER_TEN))}))?)?(?![\\p{L}\\p{M}])`;

/**
 * The words a count in words can start with, lower case or capitalised, for a
 * quick case-sensitive scan before the full pattern (which checks the word's edges).
 */
export const COUNT_WORD_STARTS_SOURCE = words(
  ['mười', ...Object.keys(DIGIT_WORDS)].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]),
);

const COUNT_WORDS_EXACT = new RegExp(`^(?:${COUNT_WORDS_SOURCE})$`, 'iu');

/** Reads a count written in words, or null. */
export function parseCountWords(text: string): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!COUNT_WORDS_EXACT.test(s)) return null;
  const [first, second, third] = s.split(' ');
  if (first === 'mười') return 10 + (second ? UNIT_AFTER_TEN[second]! : 0);
  const digit = DIGIT_WORDS[first!]!;
  if (!second) return digit;
  return digit * 10 + (third ? UNIT_AFTER_TEN[third]! : 0);
}

/** "một" written alone is usually the article "a" ("một bác sĩ nhãn khoa"), not a count. */
export function isArticleOne(text: string): boolean {
  return text.trim().toLowerCase() === 'một';
}
