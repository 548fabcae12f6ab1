/**
 * One key for one institution however it is written: folded, abbreviations
 * written out ("BVĐK" = "Bệnh viện Đa khoa"), "UBND" = "Ủy ban nhân dân", and
 * the words a name may carry or leave out (src/extract/gazetteer/name-spellings.ts)
 * written one way. Kept apart from the recogniser so that comparing names loads no gazetteer.
 */
import { HEAD_EXPANSIONS } from '../extract/gazetteer/institutions.ts';
import { KNOWN_INSTITUTIONS } from '../extract/gazetteer/known-institutions.ts';
import { COUNTRY_NAMES } from '../extract/gazetteer/foreign.ts';
import { OLD_PROVINCES, PROVINCE_ALIASES } from '../extract/gazetteer/provinces.ts';
import {
  FORMER_COUNTRY_SHORT_NAMES,
  KIND_ONLY_HEADS,
  LOCAL_PLACE_TYPES,
  MILITARY_HOSPITAL_WORDS,
  NATIONAL_HEADS,
  UNIVERSITY_FIELD_SPELLINGS,
} from '../extract/gazetteer/name-spellings.ts';
import { foldVietnamese, normaliseToneMarks } from './vietnamese.ts';

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
  [/\bhoa ky\b/g, 'my'], // "Hải quân Hoa Kỳ" = "Hải quân Mỹ" (not the other way: "Hoàn Mỹ" is a hospital)
  [/\bcu ba\b/g, 'cuba'],
  [/\bco phan\b/g, 'cp'], // "Công ty Cổ phần …" = "Công ty CP …"
  [/\btrach nhiem huu han\b/g, 'tnhh'],
  [/\bva\b|&/g, ' '], // "Bộ Khoa học và Công nghệ" = "Bộ Khoa học - Công nghệ" = "Bộ Khoa học Công nghệ"; "&" is "và"
];

/** Written before folding, where the capitals tell: "TƯ" is "Trung ương" (not "Từ"), "Nhi đồng II" is "Nhi đồng 2". */
const WRITTEN_SPELLINGS: readonly [RegExp, string][] = [
  [/(?<![\p{L}\p{M}])TƯ(?![\p{L}\p{M}])/gu, 'Trung ương'],
  [/(?<=\s)III(?=\s|$)/gu, '3'],
  [/(?<=\s)II(?=\s|$)/gu, '2'],
  [/(?<=\s)I(?=\s|$)/gu, '1'],
];

const keyWords = (text: string) =>
  foldVietnamese(text)
    .replace(/[–—\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const alternationOf = (words: Iterable<string>) =>
  [...new Set([...words].map(keyWords))].sort((a, b) => b.length - a.length).join('|');

/** "dai hoc y khoa …" → "dai hoc y …": a university's field as the key writes it. */
const UNIVERSITY_FIELDS = Object.entries(UNIVERSITY_FIELD_SPELLINGS).map(
  ([spelling, form]) =>
    [new RegExp(`^dai hoc ${keyWords(spelling)}(?= |$)`), `dai hoc ${keyWords(form)}`] as const,
);

const KIND_ONLY = new RegExp(`^(?:${alternationOf(KIND_ONLY_HEADS)}) `);
const NATIONAL_BODY_IN_VIETNAM = new RegExp(`^((?:${alternationOf(NATIONAL_HEADS)}) .+) viet nam$`);
const COUNTRY_SHORT_NAMES = alternationOf([
  ...Object.keys(COUNTRY_NAMES),
  ...FORMER_COUNTRY_SHORT_NAMES,
]).replace(/\bhoa ky\b/, 'my');
/** "Bệnh viện Hữu nghị Việt Đức" = "Bệnh viện Việt Đức"; "Bệnh viện Hữu nghị" alone is another hospital. */
const FRIENDSHIP_OF_TWO_COUNTRIES = new RegExp(
  `^(benh vien (?:da khoa )?)huu nghi (?=viet (?:nam )?(?:${COUNTRY_SHORT_NAMES})(?: |$))`,
);
/** "Viện 103", "Bệnh viện Quân y 103", "Bệnh viện Trung ương Quân đội 108": a military hospital by its number. */
const MILITARY_HOSPITAL = new RegExp(
  `^(?:benh )?vien (?:(?:${alternationOf(MILITARY_HOSPITAL_WORDS)}) )?(\\d+[a-z]?)$`,
);
/** Provinces (lower case, one tone-mark style) as they may follow "tỉnh"; the cities run by the centre as they may follow "thành phố". */
const lowerWords = (text: string) => normaliseToneMarks(text.toLowerCase());
const PROVINCES = new Set([...PROVINCE_ALIASES.keys()].map(lowerWords));
/** "TP HCM" stays how the key writes that city (a bare "Hồ Chí Minh" is as often the man). */
const CITIES = new Set(
  [...OLD_PROVINCES.values()]
    .filter((p) => p.isCity && p.name !== 'Hồ Chí Minh')
    .map((p) => lowerWords(p.name)),
);
const LOCAL_TYPES = LOCAL_PLACE_TYPES.map((t) => lowerWords(t).split(' '));
const LONGEST_PLACE = Math.max(...[...PROVINCES].map((k) => k.split(' ').length));

/** A quick look for the place types' first words before reading a name word by word. */
const MAY_HOLD_A_PLACE_TYPE = new RegExp(
  `\\s(?:tỉnh|${LOCAL_PLACE_TYPES.map((t) => t.split(' ')[0]).join('|')})`,
  'iu',
);

/** The length in words of the place in `places` that starts at word i (0: none). */
function placeAt(words: readonly string[], i: number, places: ReadonlySet<string>): number {
  for (let n = Math.min(LONGEST_PLACE, words.length - i); n > 0; n--)
    if (places.has(words.slice(i, i + n).join(' '))) return n;
  return 0;
}

/**
 * "tỉnh Lai Châu" is "Lai Châu", "thành phố Hà Nội" is "Hà Nội", "huyện Củ Chi" is "Củ Chi"; but "thành phố
 * Thanh Hoá" is not the province, "Quận 2" not "2", and "TP HCM" stays. Read before folding, where "quận" is
 * not "Quân y".
 */
function withoutPlaceTypes(name: string): string {
  if (!MAY_HOLD_A_PLACE_TYPE.test(name)) return name;
  const written = name.split(' ');
  const words = written.map((w) => lowerWords(w).replace(/\.$/, ''));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && words[i] === 'tỉnh' && placeAt(words, i + 1, PROVINCES) > 0) continue;
    const type = LOCAL_TYPES.find((t) => t.every((w, k) => words[i + k] === w));
    if (i > 0 && type) {
      const after = i + type.length;
      const next = words[after] ?? '';
      const local = next !== '' && !/^\d/.test(next) && placeAt(words, after, PROVINCES) === 0;
      const city = !local && placeAt(words, after, CITIES) > 0;
      const hcm = /^(?:hcm|hồ)$/.test(next);
      if ((local || city) && !hcm) {
        i = after - 1;
        continue;
      }
    }
    out.push(written[i]!);
  }
  return out.join(' ');
}

/** Every spelling and abbreviation of a known institution → the key of its first name ("WHO" = "Tổ chức Y tế Thế giới"). */
const KNOWN_KEYS = new Map<string, string>();

/** Keys already worked out: an archive writes the same few hundred names again and again. */
const KEYS_MADE = new Map<string, string>();
const KEYS_KEPT = 50_000;

export function organisationKey(name: string): string {
  let key = KEYS_MADE.get(name);
  if (key === undefined) {
    if (KEYS_MADE.size >= KEYS_KEPT) KEYS_MADE.clear();
    key = knownOrSpelled(name);
    KEYS_MADE.set(name, key);
  }
  return key;
}

function knownOrSpelled(name: string): string {
  const key = spellingKey(name);
  return (
    KNOWN_KEYS.get(key) ?? KNOWN_KEYS.get(key.replace(/ (?:quoc te|toan cau|viet nam)$/, '')) ?? key
  );
}

function spellingKey(name: string): string {
  let written = withoutPlaceTypes(expandHead(name).replace(/\s+/g, ' ').trim());
  for (const [spelling, form] of WRITTEN_SPELLINGS) written = written.replace(spelling, form);
  let key = foldVietnamese(written)
    .replace(/\s*\([a-z0-9&]{2,10}\)$/, '') // a bracketed abbreviation after the name: "Ủy ban châu Âu (EC)"
    .replace(/^uy ban nhan dan\b/, 'ubnd')
    .replace(/^hoi dong nhan dan\b/, 'hdnd')
    .replace(/\bthanh pho\b/g, 'tp')
    .replace(/[–—\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [spelling, form] of KEY_SPELLINGS) key = key.replace(spelling, form);
  key = key.replace(/\s+/g, ' ').trim();
  key = key
    .replace(KIND_ONLY, '') // "Tổ chức Phẫu thuật Nụ cười" = "Phẫu thuật Nụ cười"
    .replace(/^truong dai hoc /, 'dai hoc '); // "Trường Đại học Y Hà Nội" = "Đại học Y Hà Nội"
  for (const [spelling, form] of UNIVERSITY_FIELDS) key = key.replace(spelling, form); // "Đại học Y khoa Huế" = "Đại học Y Huế"
  return key
    .replace(/^benh vien benh /, 'benh vien ') // "Bệnh viện Bệnh Nhiệt đới" = "Bệnh viện Nhiệt đới"
    .replace(FRIENDSHIP_OF_TWO_COUNTRIES, '$1')
    .replace(MILITARY_HOSPITAL, 'benh vien $1')
    .replace(NATIONAL_BODY_IN_VIETNAM, '$1');
}

for (const known of KNOWN_INSTITUTIONS) {
  const key = spellingKey(known.names[0]!);
  for (const spelling of [...known.names, ...known.abbreviations])
    KNOWN_KEYS.set(spellingKey(spelling), key);
}
