/**
 * One tone style for every place name the site shows: the new style, with the
 * mark on the first vowel of `oa`, `oe`, `uy` ("Hòa Bình", "Khánh Hòa",
 * "Thanh Hóa"), whichever style the gazetteer or the article used.
 */
import { normaliseToneMarks } from './vietnamese.ts';

/** A province, country or other place name as the site shows it. */
export function placeName(name: string): string {
  return normaliseToneMarks(name.normalize('NFC'));
}
