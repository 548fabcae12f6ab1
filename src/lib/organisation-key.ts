/**
 * One key for one institution however it is written: folded, abbreviations
 * written out ("BVĐK" = "Bệnh viện Đa khoa"), "UBND" = "Ủy ban nhân dân".
 * Kept apart from the recogniser so that comparing names loads no gazetteer.
 */
import { HEAD_EXPANSIONS } from '../extract/gazetteer/institutions.ts';
import { KNOWN_INSTITUTIONS } from '../extract/gazetteer/known-institutions.ts';
import { foldVietnamese } from './vietnamese.ts';

/** Abbreviations at the start of a name written out. */
export function expandHead(name: string): string {
  for (const [abbreviation, full] of Object.entries(HEAD_EXPANSIONS)) {
    if (name === abbreviation || name.startsWith(`${abbreviation} `))
      return full + name.slice(abbreviation.length);
  }
  return name;
}

/**
 * Spellings of one place or word in names, folded, and the form the key uses:
 * "TP HCM", "TP.HCM", "TP. HCM", "TPHCM", "thành phố Hồ Chí Minh" are one city.
 */
const KEY_SPELLINGS: readonly [RegExp, string][] = [
  [/\b(?:tp ?hcm|tp ho chi minh|ho chi minh city)\b/g, 'tp hcm'],
  [/\bt u\b|\btw\b/g, 'trung uong'], // "T.Ư", "TW" in "Bệnh viện Nhi T.Ư" (not "TƯ": it folds like "Từ" in "Từ Dũ")
  [/\bvn\b/g, 'viet nam'],
  [/\bdh\b/g, 'dai hoc'],
];

/** Every spelling and abbreviation of a known institution → the key of its first name ("WHO" = "Tổ chức Y tế Thế giới"). */
const KNOWN_KEYS = new Map<string, string>();

export function organisationKey(name: string): string {
  // "Tổ chức" says only what kind of body it is: "Tổ chức Phẫu thuật Nụ cười" = "Phẫu thuật Nụ cười".
  const key = spellingKey(name).replace(/^to chuc /, '');
  return (
    KNOWN_KEYS.get(key) ?? KNOWN_KEYS.get(key.replace(/ (?:quoc te|toan cau|viet nam)$/, '')) ?? key
  );
}

function spellingKey(name: string): string {
  let key = foldVietnamese(expandHead(name))
    .replace(/\s*\([a-z0-9&]{2,10}\)$/, '') // a bracketed abbreviation after the name: "Ủy ban châu Âu (EC)"
    .replace(/^uy ban nhan dan\b/, 'ubnd')
    .replace(/^hoi dong nhan dan\b/, 'hdnd')
    .replace(/\bthanh pho\b/g, 'tp')
    .replace(/[–—\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [spelling, form] of KEY_SPELLINGS) key = key.replace(spelling, form);
  return key;
}

for (const known of KNOWN_INSTITUTIONS) {
  const key = spellingKey(known.names[0]!).replace(/^to chuc /, '');
  for (const spelling of [...known.names, ...known.abbreviations])
    KNOWN_KEYS.set(spellingKey(spelling).replace(/^to chuc /, ''), key);
}
