/**
 * Whether a capitalised run is a place (a Vietnamese province in any spelling,
 * or a foreign region or city): names that start with a family name
 * ("Hà Tĩnh", "Lâm Đồng") must not be taken for people.
 */
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import { PROVINCE_ALIASES } from './provinces.ts';
import { FOREIGN_PLACES } from './foreign.ts';

const PLACE_NAMES = [
  ...PROVINCE_ALIASES.keys(),
  ...Object.keys(FOREIGN_PLACES).map(normaliseToneMarks),
];
const PLACE_NAME_SET = new Set(PLACE_NAMES);
const FIRST_WORDS = new Set(PLACE_NAMES.map((p) => p.split(' ')[0]!));

export function isPlaceName(text: string): boolean {
  return PLACE_NAME_SET.has(normaliseToneMarks(text));
}

/** True when the text begins with a place name ("Hà Nội…" in "Đại học Y Hà Nội"). */
export function startsWithPlaceName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (!FIRST_WORDS.has(normaliseToneMarks(words[0] ?? ''))) return false;
  const start = normaliseToneMarks(words.slice(0, 3).join(' '));
  return PLACE_NAMES.some(
    (p) =>
      start === p ||
      start.startsWith(`${p} `) ||
      start.startsWith(`${p},`) ||
      start.startsWith(`${p}.`),
  );
}
