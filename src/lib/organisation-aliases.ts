/**
 * One key per institution across a set of names (an article's, or every
 * published event's): the organisation key, and what the names themselves
 * teach about each other.
 *
 * - A name followed by a bracketed abbreviation defines it: after "Bệnh viện
 *   Pháp Việt (FV)", "Bệnh viện FV", "BV FV" and "FV" are that hospital. An
 *   abbreviation that two institutions bracket names neither.
 * - An abbreviation after a head is the one name of the same head whose
 *   words it takes the first letters of ("Hội BTBNN" is "Hội Bảo trợ bệnh
 *   nhân nghèo TP HCM"), as Vietnamese abbreviates a name syllable by syllable.
 * - A name followed by its place ("Bệnh viện Chợ Rẫy TP HCM", "Bệnh viện K
 *   Trung ương") is the same institution as the name alone, when no other
 *   name goes on from it ("Viện Pasteur TP HCM" and "Viện Pasteur Nha Trang"
 *   leave "Viện Pasteur" apart), and when the name says more than its field
 *   ("Bệnh viện Ung bướu TP HCM" is not every "Bệnh viện Ung bướu") — save under a head whose bodies are
 *   one per field in the country, where the place is the seat ("Học viện Quân y Hà Nội" = "Học viện Quân y").
 * - A national hospital is still called by its former head, "Viện": "Viện Nhi Trung ương" is "Bệnh viện Nhi
 *   Trung ương" when the names have that hospital, and so is the bare "Viện Nhi" when no other name goes on
 *   from it ("Viện Nhi Thuỵ Điển" leaves it apart).
 *
 * Deterministic: the same names in any order give the same keys.
 */
import { organisationKey, expandHead } from './organisation-key.ts';
import { foldVietnamese } from './vietnamese.ts';
import { ADMINISTRATIVE_LEVELS, ORGANISATION_HEADS } from '../extract/gazetteer/institutions.ts';
import {
  FORMER_NATIONAL_HOSPITAL_HEAD,
  ONE_PER_FIELD_HEADS,
} from '../extract/gazetteer/name-spellings.ts';
import { NAME_NOUNS } from '../extract/gazetteer/institution-words.ts';
import { PROVINCE_ALIASES } from '../extract/gazetteer/provinces.ts';

/** "Bệnh viện Pháp Việt (FV)" → "FV". */
const BRACKETED_ABBREVIATION = /\s*\(([\p{Lu}Đ][\p{Lu}Đ0-9&]{1,9})\)$/u;

const folded = (text: string) =>
  foldVietnamese(text)
    .replace(/[–—\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Heads in key form, longest first: what a name says it is before what names it. */
const HEAD_KEYS = [
  ...new Set([...ORGANISATION_HEADS].map((h) => folded(expandHead(h))).concat(['dai hoc'])),
].sort((a, b) => b.length - a.length);
/** Field nouns, and the levels and reaches that say no more than a field ("Bệnh viện Nhi Trung ương"). */
const FIELD_WORDS = new Set(
  [...NAME_NOUNS, ...ADMINISTRATIVE_LEVELS, 'quốc gia', 'quốc tế', 'khu vực'].map(folded),
);
const LONGEST_FIELD = Math.max(...[...FIELD_WORDS].map((w) => w.split(' ').length));
/** Places a name may end on, in key form: provinces (the key drops "tỉnh"), "TP HCM", the centre's level. */
const PLACE_QUALIFIERS = [
  ...new Set([
    ...[...PROVINCE_ALIASES.keys()].map((p) => organisationKey(p)),
    'tp hcm',
    'trung uong',
  ]),
].sort((a, b) => b.length - a.length);

/** Heads in key form whose field names one body: "hoc vien ". */
const ONE_PER_FIELD = ONE_PER_FIELD_HEADS.map((h) => `${folded(h)} `);
const FORMER_HEAD = folded(FORMER_NATIONAL_HOSPITAL_HEAD.former);
const NOW_HEAD = folded(FORMER_NATIONAL_HOSPITAL_HEAD.now);
const NATIONAL_REACH = folded(FORMER_NATIONAL_HOSPITAL_HEAD.reach);

/** What a key says after its head ("cho ray" in "benh vien cho ray"), or the whole key when it has none. */
function afterHead(key: string): string {
  const head = HEAD_KEYS.find((h) => key.startsWith(`${h} `));
  return head ? key.slice(head.length + 1) : key;
}

/** True when the words are field nouns one after another ("ung buou", "y te du phong"). */
function onlyFieldWords(words: string): boolean {
  const list = words.split(' ');
  const reach = [true, ...list.map(() => false)];
  for (let i = 0; i < list.length; i++) {
    if (!reach[i]) continue;
    for (let n = 1; n <= LONGEST_FIELD && i + n <= list.length; n++)
      if (FIELD_WORDS.has(list.slice(i, i + n).join(' '))) reach[i + n] = true;
  }
  return reach[list.length]!;
}

/** The key without the place it ends on, when what is left names one institution by itself; else null. */
function withoutPlace(key: string): { base: string; place: string } | null {
  const place = PLACE_QUALIFIERS.find((p) => key.endsWith(` ${p}`));
  if (!place) return null;
  const base = key.slice(0, -place.length - 1);
  const own = afterHead(base);
  if (own === base || own === '') return null;
  if (onlyFieldWords(own) && !ONE_PER_FIELD.some((h) => base.startsWith(h))) return null;
  return { base, place };
}

/** The key function for a set of names: each name → the key of the institution it names among them. */
export function organisationKeys(names: Iterable<string>): (name: string) => string {
  const distinct = [...new Set(names)].sort();
  // Abbreviations bracketed after a name, each with the keys of the names it follows.
  const defined = new Map<string, Set<string>>();
  for (const name of distinct) {
    const abbreviation = BRACKETED_ABBREVIATION.exec(name)?.[1];
    if (!abbreviation) continue;
    const key = organisationKey(name);
    const short = folded(abbreviation);
    if (short === key) continue;
    defined.set(short, (defined.get(short) ?? new Set()).add(key));
  }
  // Names by head and the first letters of their words (without the place they end on): "hoi btbnn".
  const byInitials = new Map<string, Set<string>>();
  for (const name of distinct) {
    const key = organisationKey(name);
    const own = afterHead(key);
    if (own === key || !own.includes(' ')) continue;
    const words = (withoutPlace(key)?.base ?? key).slice(key.length - own.length).split(' ');
    const initials = `${key.slice(0, key.length - own.length)}${words.map((w) => w[0]).join('')}`;
    byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(key));
  }
  const byAbbreviation = (name: string): string => {
    const key = organisationKey(name);
    const keys = defined.get(afterHead(key));
    if (keys?.size === 1) return [...keys][0]!;
    // Written in capitals after its head, a word of its own: "Hội BTBNN", not "Hội Mai".
    const capitals = /\s([\p{Lu}Đ]{3,10})$/u.exec(name)?.[1];
    const initials =
      capitals && afterHead(key) === folded(capitals) ? byInitials.get(key) : undefined;
    return initials?.size === 1 ? [...initials][0]! : key;
  };
  // Each name's key once the abbreviations are read.
  const read = new Set(distinct.map(byAbbreviation));
  // "Viện Nhi Trung ương" and "Viện Nhi" → "Bệnh viện Nhi Trung ương" when the names have it.
  const byNational = (key: string): string => {
    if (!key.startsWith(`${FORMER_HEAD} `)) return key;
    const written = key.slice(FORMER_HEAD.length + 1);
    const field = written.endsWith(` ${NATIONAL_REACH}`)
      ? written.slice(0, -NATIONAL_REACH.length - 1)
      : written;
    const national = `${NOW_HEAD} ${field} ${NATIONAL_REACH}`;
    if (!read.has(national)) return key;
    if (field !== written) return national;
    const reached = `${key} ${NATIONAL_REACH}`;
    const goesOn = [...read].some((k) => k.startsWith(`${key} `) && k !== reached);
    return goesOn ? key : national;
  };
  // Then the places each such key is known in.
  const keys = new Set([...read].map(byNational));
  // A bare name is its placed name when that is the only way the names go on from it.
  const onlyPlaced = new Map<string, string>();
  for (const key of keys) {
    const split = withoutPlace(key);
    if (!split || !keys.has(split.base)) continue;
    const longer = [...keys].filter((k) => k.startsWith(`${split.base} `));
    if (longer.length === 1) onlyPlaced.set(key, split.base);
  }
  const byPlace = (key: string): string => onlyPlaced.get(key) ?? key;
  const memo = new Map<string, string>();
  return (name) => {
    let key = memo.get(name);
    if (key === undefined) {
      key = byPlace(byNational(byAbbreviation(name)));
      memo.set(name, key);
    }
    return key;
  };
}

/** The key function for the institutions of these events: what the site's pages, search and partners group by. */
export function organisationKeysOfEvents(
  events: ReadonlyArray<{ organisations: ReadonlyArray<{ name: string }> }>,
): (name: string) => string {
  return organisationKeys(events.flatMap((e) => e.organisations.map((o) => o.name)));
}
