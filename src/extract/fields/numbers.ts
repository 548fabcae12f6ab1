/**
 * Vietnamese number notation: `.` groups thousands and `,` marks decimals
 * (`8.000` = 8000, `4,5` = 4.5), leading zeros are common (`02`), and scale
 * words follow the number (`200 tỷ`).
 */

/** The number pattern this module reads (no sign, no scale word). */
export const NUMBER_SOURCE = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+\\.\\d{1,2}(?!\\d)|\\d+';

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
