/**
 * What the search page recognises in a query, built at build time from the
 * gazetteer and the events: provinces in every spelling (old and new names
 * across the 2025 merger), every country in the gazetteer's spellings, the
 * institutions (one per organisation key, as /to-chuc/ groups them), people,
 * event types with the words people use for them, and years. Each entity
 * has a token the index holds for each of its events, so a chip is one word
 * for Pagefind and finds exactly that entity's events. Keys keep their marks
 * (search-query.ts folds them for words typed without).
 */
import type { CooperationEvent, EventType } from '../../lib/schema.ts';
import { EVENT_TYPE_LABELS } from '../labels.ts';
import { placeName } from '../../lib/place-names.ts';
import { eventYear } from '../display-dates.ts';
import { OLD_PROVINCES, PROVINCE_ALIASES } from '../../extract/gazetteer/provinces.ts';
import {
  AMBIGUOUS_COUNTRY_NAMES,
  COUNTRY_NAMES,
  COUNTRY_QUERY_ALIASES,
} from '../../extract/gazetteer/foreign.ts';
import { KNOWN_INSTITUTIONS } from '../../extract/gazetteer/known-institutions.ts';
import { NAME_NOUNS } from '../../extract/gazetteer/institution-words.ts';
import {
  ADMINISTRATIVE_LEVELS,
  HEADS_NAMED_WITHOUT,
} from '../../extract/gazetteer/institutions.ts';
import { organisationKey } from '../../lib/organisation-key.ts';
import { organisationKeysOfEvents } from '../../lib/organisation-aliases.ts';
import { mostWrittenName } from '../most-written-name.ts';
import {
  NAMED_AFTER_A_FIELD,
  onlyFieldNouns,
  searchKey,
  shortNameOf,
  writtenKey,
  type EntityKind,
  type SearchVocabulary,
  type VocabularyEntity,
} from '../../components/search/search-query.ts';

const KIND_LETTER: Record<EntityKind, string> = {
  province: 'p',
  institution: 'o',
  person: 'n',
  country: 'c',
  type: 't',
  year: 'y',
};

/**
 * The index word for an entity: `zq`, a letter for its kind, seven letters of
 * a hash of its name. Letters only and one length, so Pagefind's prefix match
 * cannot reach another token and no Vietnamese word starts like it.
 */
export function entityToken(kind: EntityKind, name: string): string {
  let hash = 0x811c9dc5;
  for (const c of `${kind}:${searchKey(name)}`)
    hash = Math.imul(hash ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  let letters = '';
  for (let i = 0; i < 7; i++) {
    letters += String.fromCharCode(97 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return `zq${KIND_LETTER[kind]}${letters}`;
}

/** Spellings people type for a province that the extraction's gazetteer does not need. */
const QUERY_ALIASES: Record<string, string[]> = {
  'Hồ Chí Minh': ['HCM', 'HCMC', 'TP HCM', 'Sài Gòn', 'Saigon', 'thành phố HCM'],
  'Bà Rịa - Vũng Tàu': ['BRVT', 'Vũng Tàu'],
  'Thừa Thiên Huế': ['TTH', 'TT Huế', 'thành phố Huế'],
  'Hà Nội': ['HN'],
  'Đắk Lắk': ['Daklak'],
};

/**
 * The nouns of fields institution names are made of, folded once, for the build to tell a field from a
 * name; without the levels that make a field one body ("trung ương": Bệnh viện Nhi Trung ương).
 */
const FIELD_NOUN_KEYS = new Set(
  NAME_NOUNS.filter((n) => !ADMINISTRATIVE_LEVELS.includes(n)).map((n) => searchKey(n)),
);

/** True when a spelling of an institution, its head set aside, is the name of a field ("Bệnh viện Ung bướu"). */
const namedAfterAField = (name: string) => {
  const short = shortNameOf(name, HEADS_NAMED_WITHOUT);
  return short !== null && onlyFieldNouns(searchKey(short), FIELD_NOUN_KEYS);
};

/** The province an old name's keys point to: the current one when the old province became it whole (Thừa Thiên Huế → Huế). */
function provinceEntityName(oldName: string): string {
  const old = OLD_PROVINCES.get(oldName)!;
  const sharing = [...OLD_PROVINCES.values()].filter((o) => o.current.name === old.current.name);
  return placeName(sharing.length === 1 ? old.current.name : old.name);
}

/** The country's name as the archive writes it (the gazetteer's usual name), whatever spelling an event holds. */
const countryName = (spelling: string) => COUNTRY_NAMES[spelling] ?? spelling;

/** Keys for every country: a one-word spelling with marks, or one that is also a common word, only as a name. */
function countryKeys(): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const add = (name: string, spelling: string) => {
    const key = writtenKey(spelling);
    if (!key) return;
    const asName =
      !key.includes(' ') && (key !== searchKey(spelling) || AMBIGUOUS_COUNTRY_NAMES.has(spelling));
    let set = keys.get(name);
    if (!set) keys.set(name, (set = new Set()));
    set.add(asName ? `=${key}` : key);
  };
  for (const [spelling, name] of Object.entries(COUNTRY_NAMES)) add(name, spelling);
  for (const [name, aliases] of Object.entries(COUNTRY_QUERY_ALIASES))
    for (const alias of aliases) add(name, alias);
  return keys;
}

/** Every province name an event can carry (at its date or now), with the keys that name it. */
function provinceKeys(): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const add = (name: string, spelling: string) => {
    const key = writtenKey(spelling);
    if (!key) return;
    let set = keys.get(name);
    if (!set) keys.set(name, (set = new Set()));
    set.add(key);
    // Written together as people abbreviate: TPHCM, BRVT, hanoi.
    if (key.includes(' ') && key.replace(/ /g, '').length >= 4) set.add(key.replace(/ /g, ''));
  };
  for (const [alias, oldName] of PROVINCE_ALIASES) add(provinceEntityName(oldName), alias);
  for (const [oldName, aliases] of Object.entries(QUERY_ALIASES))
    for (const alias of aliases) add(provinceEntityName(oldName), alias);
  for (const old of OLD_PROVINCES.values()) {
    add(placeName(old.current.name), old.current.name);
    add(provinceEntityName(old.name), old.name);
  }
  return keys;
}

/** The words people use for each event type, besides its label. */
const TYPE_WORDS: Record<EventType, string[]> = {
  'working-visit': ['thăm và làm việc', 'thăm làm việc', 'làm việc', 'chuyến thăm'],
  conference: ['hội nghị', 'hội thảo'],
  agreement: ['ký kết', 'ký kết hợp tác', 'biên bản ghi nhớ', 'thỏa thuận hợp tác', 'ky ket'],
  'technology-transfer': ['chuyển giao', 'chuyển giao kỹ thuật', 'chuyển giao công nghệ'],
  training: ['đào tạo', 'tập huấn'],
  'medical-support': ['khám chữa bệnh', 'hỗ trợ khám chữa bệnh', 'khám bệnh'],
  aid: ['viện trợ', 'tài trợ'],
  'programme-review': ['tổng kết', 'tổng kết chương trình'],
};

/** Every spelling and abbreviation of the known institutions, by organisation key ("WHO" for Tổ chức Y tế Thế giới). */
const KNOWN_SPELLINGS = (() => {
  const byKey = new Map<string, string[]>();
  for (const known of KNOWN_INSTITUTIONS) {
    const key = organisationKey(known.names[0]!);
    byKey.set(key, [...(byKey.get(key) ?? []), ...known.names, ...known.abbreviations]);
  }
  return byKey;
})();

/** The year as the site shows it: none for a date after the build's year. */
const yearOf = (event: CooperationEvent) => eventYear(event.date);

/**
 * The entities one event holds, by kind and identity: a name as the vocabulary labels it, and
 * for an institution its organisation key, so that every spelling of it is one entity, as on /to-chuc/
 * (`organisationKeyOf`: the archive's key, organisationKeysOfEvents of every event, as the pages group by).
 */
export function eventEntities(
  event: CooperationEvent,
  organisationKeyOf: (name: string) => string = organisationKey,
): Array<[EntityKind, string]> {
  const out: Array<[EntityKind, string]> = [];
  for (const p of event.provinces)
    out.push(['province', placeName(p.name)], ['province', placeName(p.current)]);
  for (const o of event.organisations) out.push(['institution', organisationKeyOf(o.name)]);
  for (const p of event.people) out.push(['person', p.name]);
  for (const c of event.countries) out.push(['country', countryName(c)]);
  out.push(['type', EVENT_TYPE_LABELS[event.type]]);
  const year = yearOf(event);
  if (year) out.push(['year', year]);
  return out;
}

/** The tokens the index holds for one event (`organisationKeyOf` as for eventEntities). */
export function entityTokens(
  event: CooperationEvent,
  people: Array<{ name: string }> = [],
  organisationKeyOf: (name: string) => string = organisationKey,
): string[] {
  const tokens = eventEntities(event, organisationKeyOf).map(([kind, name]) =>
    entityToken(kind, name),
  );
  for (const p of people) tokens.push(entityToken('person', p.name));
  return [...new Set(tokens)];
}

/**
 * The vocabulary for the search page. Institutions, people, countries and
 * years only as events name them; provinces all, so a province without events
 * says "none" rather than being searched as words.
 */
export function buildVocabulary(
  events: CooperationEvent[],
  peopleOf: (event: CooperationEvent) => Array<{ name: string }> = () => [],
): SearchVocabulary {
  const organisationKeyOf = organisationKeysOfEvents(events);
  const counts = new Map<string, number>();
  const seen = new Map<string, [EntityKind, string]>();
  /** An institution's spellings, by organisation key, with how often each is written. */
  const spellings = new Map<string, Map<string, number>>();
  for (const event of events) {
    const entities = [
      ...eventEntities(event, organisationKeyOf),
      ...peopleOf(event).map((p): [EntityKind, string] => ['person', p.name]),
    ];
    const tokens = new Set<string>();
    for (const [kind, name] of entities) {
      const token = entityToken(kind, name);
      if (!seen.has(token)) seen.set(token, [kind, name]);
      tokens.add(token);
    }
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const o of event.organisations) {
      const names = spellings.get(organisationKeyOf(o.name)) ?? new Map<string, number>();
      names.set(o.name, (names.get(o.name) ?? 0) + 1);
      spellings.set(organisationKeyOf(o.name), names);
    }
  }
  const entities: VocabularyEntity[] = [];
  const provinces = provinceKeys();
  for (const [name, keys] of provinces) {
    const token = entityToken('province', name);
    keys.delete(writtenKey(name));
    entities.push(['province', name, token, counts.get(token) ?? 0, [...keys].sort()]);
  }
  const countries = countryKeys();
  for (const [kind, name] of seen.values())
    if (kind === 'country' && !countries.has(name))
      countries.set(name, new Set([writtenKey(name)]));
  for (const [name, keys] of countries) {
    const token = entityToken('country', name);
    keys.delete(writtenKey(name));
    entities.push(['country', name, token, counts.get(token) ?? 0, [...keys].sort()]);
  }
  for (const [token, [kind, name]] of seen) {
    if (kind === 'province' || kind === 'country') continue;
    let keys: string[];
    let label = name;
    if (kind === 'institution') {
      // Labelled as its /to-chuc/ page is: the spelling written most often; the page derives each spelling's keys.
      const written = spellings.get(name)!;
      label = mostWrittenName(written);
      const known = new Set([...written.keys()].map(organisationKey));
      keys = [...written.keys(), ...[...known].flatMap((k) => KNOWN_SPELLINGS.get(k) ?? [])].filter(
        (n) => n !== label,
      );
      if ([label, ...keys].some(namedAfterAField)) keys.push(NAMED_AFTER_A_FIELD);
    } else if (kind === 'type')
      keys =
        TYPE_WORDS[
          Object.entries(EVENT_TYPE_LABELS).find(([, l]) => l === name)![0] as EventType
        ].map(writtenKey);
    else keys = [];
    entities.push([kind, label, token, counts.get(token) ?? 0, [...new Set(keys)].sort()]);
  }
  entities.sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1], 'vi') : a[0] < b[0] ? -1 : 1));
  return {
    events: events.length,
    entities,
    institutionHeads: HEADS_NAMED_WITHOUT,
    administrativeLevels: ADMINISTRATIVE_LEVELS,
  };
}
