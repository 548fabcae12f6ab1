/**
 * Query understanding: which words of a query name something the archive
 * knows (a province, an institution, a person, a country, an event type, a
 * year), each becoming a chip, and what is left to search as text. Runs in the
 * browser and in Node; the vocabulary is built at build time
 * (src/site/search/search-vocabulary.ts).
 *
 * Keys are written as names are ("nhật bản", lower case, marks kept). A word
 * typed without marks matches a key folded ("nhat ban"); a word typed with
 * marks only a key with the same marks, so "nhất" never reads as Japan.
 */
import { fold } from '../../lib/vietnamese.ts';

/** In the order a key two kinds share goes to: a country before the hospital named after it. */
export const ENTITY_KINDS = [
  'province',
  'country',
  'institution',
  'person',
  'type',
  'year',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How a chip of each kind is named to the reader, on the chip and in "why it matched". */
export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  province: 'Tỉnh',
  institution: 'Cơ quan',
  person: 'Người',
  country: 'Quốc gia',
  type: 'Loại',
  year: 'Năm',
};

/** One thing the archive knows, as the search page receives it (compact, inline in the page). */
export type VocabularyEntity = [
  kind: EntityKind,
  label: string,
  token: string,
  events: number,
  /** Keys besides those the label gives (search-query.ts derives those): other spellings, aliases; for an institution its other names. Lower case, marks kept; a key starting with `=` is a common word too, read only as a name: capitalised or alone in the query ("Pháp", not "pháp luật"). */
  keys: string[],
];

export interface SearchVocabulary {
  /** Events in the archive. */
  events: number;
  entities: VocabularyEntity[];
  /** Heads an institution is often named without, longest first (the gazetteer's). */
  institutionHeads: string[];
  /** Words of a state level or a place that no short name starts with (the gazetteer's). */
  administrativeLevels: string[];
}

export interface Entity {
  kind: EntityKind;
  /** What the chip shows ("Hà Tĩnh", "Bệnh viện Bạch Mai"). */
  label: string;
  /** The word the index holds for every event of this entity. */
  token: string;
  /** How many events hold it. */
  events: number;
}

export interface Chip {
  entity: Entity;
  /** The query's characters it was read from: [start, end). */
  span: [number, number];
}

export interface ParsedQuery {
  raw: string;
  chips: Chip[];
  /** Words searched as text, folded, outside quotes. */
  words: string[];
  /** The same words as typed: lower case, marks kept (`đ` too). */
  written: string[];
  /** Quoted phrases, folded, each a list of words. */
  phrases: string[][];
}

/** A name or query as matching keys see it: folded words separated by one space, punctuation gone ("TP.HCM" → "tp hcm"). */
export function searchKey(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => fold(w)).join(' ');
}

/** A name as the vocabulary writes its keys: lower case, marks kept, words separated by one space. */
export function writtenKey(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => fold(w, { keepMarks: true })).join(' ');
}

/** Words before a province's name that still mean the province ("tỉnh Hà Tĩnh", "TP Huế"). */
const PROVINCE_PREFIXES = [['tinh'], ['tp'], ['thanh', 'pho']];

/** The longest a key can be, in words. */
const MAX_KEY_WORDS = 10;

interface Candidate {
  entity: Entity;
  /** The key's words as written. */
  written: string[];
  /** Read only when typed as a name (marks or a capital). */
  asName: boolean;
}

export interface EntityMatcher {
  /** A folded key (words joined by spaces, or written together) → the entities it may name, the kind that wins first. */
  byKey: Map<string, Candidate[]>;
  /** Every entity, for the offers beside a chip. */
  entities: Array<Entity & { written: string[] }>;
}

/** What the vocabulary says of institution names: heads they are named without, levels no short name starts with. */
interface NameParts {
  heads: string[];
  levels: RegExp;
}

/** In an institution's keys: its short name is the name of a field, never a key of its own ("Bệnh viện Ung bướu"). */
export const NAMED_AFTER_A_FIELD = '!field';

/** What follows the first head an institution's name starts with ("bạch mai"), folded; null without one. */
export function shortNameOf(name: string, heads: readonly string[]): string | null {
  const bare = writtenKey(name.replace(/\([^)]*\)/g, ''));
  const head = heads.find((h) => bare.startsWith(`${h} `));
  return head ? bare.slice(head.length + 1) : null;
}

/** The longest field noun, in words. */
const LONGEST_FIELD_NOUN = 4;

/** True when the folded words are field nouns one after another (the build marks such names NAMED_AFTER_A_FIELD) ("ung buou", "tam than", "y hoc co truyen"). */
export function onlyFieldNouns(key: string, nouns: Set<string>): boolean {
  const words = key.split(' ');
  const reach = [true, ...words.map(() => false)];
  for (let i = 0; i < words.length; i++) {
    if (!reach[i]) continue;
    for (let n = 1; n <= LONGEST_FIELD_NOUN && i + n <= words.length; n++)
      if (nouns.has(words.slice(i, i + n).join(' '))) reach[i + n] = true;
  }
  return reach[words.length]!;
}

/** Keys for one spelling of an institution: the name, its bracketed abbreviation, the name without its head. */
function institutionKeys(
  name: string,
  provinceKeys: Set<string>,
  parts: NameParts,
  namedAfterAField: boolean,
): string[] {
  const keys = new Set<string>();
  keys.add(writtenKey(name));
  const abbreviation = /\(([\p{Lu}\d-]{2,})\)/u.exec(name)?.[1];
  if (abbreviation) keys.add(writtenKey(abbreviation));
  const bare = writtenKey(name.replace(/\([^)]*\)/g, ''));
  keys.add(bare);
  if (bare.startsWith('bệnh viện ')) keys.add(`bv ${bare.slice('bệnh viện '.length)}`);
  for (const head of parts.heads) {
    if (!bare.startsWith(`${head} `)) continue;
    const short = bare.slice(head.length + 1);
    // A short name that is a province or a single letter (Bệnh viện K, Bệnh viện E) says too little alone;
    // one made only of the nouns of fields names a field, not this one hospital ("Bệnh viện Ung bướu":
    // "ung bướu" is every cancer story), unless a level makes it one body ("Nhi Trung ương").
    if (
      short.length >= 4 &&
      !provinceKeys.has(searchKey(short)) &&
      !parts.levels.test(searchKey(short)) &&
      !namedAfterAField
    ) {
      keys.add(short);
      keys.add(`bv ${short}`);
      keys.add(`bệnh viện ${short}`);
    }
    break;
  }
  return [...keys].filter(Boolean);
}

/** Every key of an entity: those its name gives (derived here, not shipped in the page) and those the vocabulary adds. */
function entityKeys(
  entity: VocabularyEntity,
  provinceKeys: Set<string>,
  parts: NameParts,
): string[] {
  const [kind, label, , , extra] = entity;
  const own = writtenKey(label);
  // A name read only as a name is listed with its `=`: not again without it.
  const keys = extra.includes(`=${own}`) ? [...extra] : [own, ...extra];
  if (kind === 'institution')
    return [label, ...extra.filter((k) => k !== NAMED_AFTER_A_FIELD)].flatMap((n) =>
      institutionKeys(n, provinceKeys, parts, extra.includes(NAMED_AFTER_A_FIELD)),
    );
  if (kind === 'year') keys.push(`năm ${label}`);
  // A one-word name ("Hà") says too little to be a person.
  if (kind === 'person' && !own.includes(' ')) return extra;
  return keys;
}

export function entityMatcher(vocabulary: SearchVocabulary): EntityMatcher {
  const byKey = new Map<string, Candidate[]>();
  const order = (kind: EntityKind) => ENTITY_KINDS.indexOf(kind);
  const sorted = [...vocabulary.entities].sort((a, b) => order(a[0]) - order(b[0]) || b[3] - a[3]);
  const provinceKeys = new Set(
    sorted
      .filter((e) => e[0] === 'province')
      .flatMap((e) => [e[1], ...e[4]].map((k) => searchKey(k.replace(/^=/, '')))),
  );
  const parts: NameParts = {
    heads: vocabulary.institutionHeads,
    levels: new RegExp(
      `^(?:${vocabulary.administrativeLevels.map((w) => searchKey(w)).join('|')})(?: |$)`,
    ),
  };
  const entities: EntityMatcher['entities'] = [];
  for (const vocabularyEntity of sorted) {
    const [kind, label, token, events] = vocabularyEntity;
    const entity: Entity = { kind, label, token, events };
    entities.push({ ...entity, written: writtenKey(label).split(' ') });
    for (const raw of entityKeys(vocabularyEntity, provinceKeys, parts)) {
      const asName = raw.startsWith('=');
      const written = (asName ? raw.slice(1) : raw).split(' ');
      const key = written.map((w) => fold(w)).join(' ');
      const list = byKey.get(key) ?? [];
      list.push({ entity, written, asName });
      byKey.set(key, list);
    }
  }
  return { byKey, entities };
}

interface QueryWord {
  /** Folded. */
  key: string;
  /** Lower case, marks kept. */
  written: string;
  capitalised: boolean;
  start: number;
  end: number;
  quoted: boolean;
}

function queryWords(raw: string): QueryWord[] {
  const quoted: Array<[number, number]> = [];
  for (const m of raw.matchAll(/["“”]([^"“”]*)["“”]/g))
    quoted.push([m.index, m.index + m[0].length]);
  const matches = [...raw.matchAll(/[\p{L}\p{N}]+/gu)];
  const capital = matches.map((m) => /^\p{Lu}/u.test(m[0]));
  // A phone capitalises a query's first letter by itself: that capital says the word is a name only
  // when the query capitalises another word too ("Lao phổi" is tuberculosis, "Pháp và Nhật" two countries).
  const firstCounts = capital.slice(1).some(Boolean);
  return matches.map((m, i) => ({
    key: fold(m[0]),
    written: fold(m[0], { keepMarks: true }),
    capitalised: capital[i]! && (i > 0 || firstCounts),
    start: m.index,
    end: m.index + m[0].length,
    quoted: quoted.some(([s, e]) => m.index >= s && m.index < e),
  }));
}

const typedWithMarks = (w: QueryWord) => w.written !== w.key;

/**
 * True when the typed words may mean this key: unmarked words match it folded, marked ones only
 * with its marks; a key read only as a name wants its marks as written, and a capital or nothing
 * else in the query ("Pháp", "pháp" alone, but not "pháp luật" nor "phap").
 */
function typedAs(run: QueryWord[], candidate: Candidate, whole: boolean): boolean {
  const { written, asName } = candidate;
  // A key written together ("tphcm") for words typed apart, or the other way round.
  if (written.length !== run.length) return !asName && !run.some(typedWithMarks);
  if (asName && !run[0]!.capitalised && !whole) return false;
  // A name read only as a name is also a common word once its marks are gone ("lao" is tuberculosis,
  // "Lào" the country): typed without its marks, it stays a word.
  if (asName) return run.every((w, i) => w.written === written[i]);
  return run.every((w, i) => !typedWithMarks(w) || w.written === written[i]);
}

/** The entity a run of typed words names, if any: the first kind whose key they may mean. */
function lookUp(run: QueryWord[], matcher: EntityMatcher, whole: boolean): Entity | undefined {
  const folded = run.map((w) => w.key);
  const candidates = [
    ...(matcher.byKey.get(folded.join(' ')) ?? []),
    ...(run.length > 1 ? (matcher.byKey.get(folded.join('')) ?? []) : []),
  ];
  return candidates.find((c) => typedAs(run, c, whole))?.entity;
}

/** Reads a query: the longest known name at each place becomes a chip (quoted text never does), the rest stays text. */
export function parseQuery(raw: string, matcher: EntityMatcher): ParsedQuery {
  const words = queryWords(raw);
  const parsed: ParsedQuery = { raw, chips: [], words: [], written: [], phrases: [] };
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (word.quoted) {
      const phrase: QueryWord[] = [];
      // Words of one quoted run: contiguous quoted words with no closing quote between them.
      while (
        i < words.length &&
        words[i]!.quoted &&
        (phrase.length === 0 || !/["“”]/.test(raw.slice(phrase.at(-1)!.end, words[i]!.start)))
      )
        phrase.push(words[i++]!);
      parsed.phrases.push(phrase.map((w) => w.key));
      continue;
    }
    let found: { entity: Entity; length: number } | null = null;
    for (let n = Math.min(MAX_KEY_WORDS, words.length - i); n >= 1 && !found; n--) {
      const run = words.slice(i, i + n);
      if (run.some((w) => w.quoted)) continue;
      const entity = lookUp(run, matcher, n === words.length);
      if (entity) found = { entity, length: n };
    }
    // "tỉnh X", "TP X": the prefix belongs to the province's chip.
    for (const prefix of PROVINCE_PREFIXES) {
      if (found || !prefix.every((p, k) => words[i + k]?.key === p && !words[i + k]!.quoted))
        continue;
      const rest = parseQuery(raw.slice(words[i + prefix.length - 1]!.end), matcher).chips[0];
      const next = words[i + prefix.length];
      if (
        rest?.entity.kind === 'province' &&
        next &&
        rest.span[0] + words[i + prefix.length - 1]!.end === next.start
      ) {
        const length =
          prefix.length +
          words.filter(
            (w) =>
              w.start >= next.start && w.end <= rest.span[1] + words[i + prefix.length - 1]!.end,
          ).length;
        found = { entity: rest.entity, length };
      }
    }
    if (found) {
      if (!parsed.chips.some((c) => c.entity.token === found.entity.token))
        parsed.chips.push({
          entity: found.entity,
          span: [word.start, words[i + found.length - 1]!.end],
        });
      i += found.length;
    } else {
      parsed.words.push(word.key);
      parsed.written.push(word.written);
      i++;
    }
  }
  return parsed;
}

/** The query without one chip's words: what removing the chip leaves in the search box. */
export function withoutChip(parsed: ParsedQuery, chip: Chip): string {
  const [start, end] = chip.span;
  return `${parsed.raw.slice(0, start)} ${parsed.raw.slice(end)}`.replace(/\s+/g, ' ').trim();
}

/** A query narrowed by one more name (a count's link). */
export function narrowedQuery(raw: string, label: string): string {
  return `${raw.trim()} ${label}`.trim();
}

/**
 * What Pagefind is asked: every chip's token (each must match) and the text words as typed, `đ` as
 * `d` as the index has it; Pagefind folds the marks itself and ranks the marks typed first.
 */
export function pagefindTerms(parsed: ParsedQuery): string {
  return [
    ...parsed.chips.map((c) => c.entity.token),
    ...parsed.written.map((w) => fold(w, { keepMarks: true, keepD: false })),
  ].join(' ');
}

/** True when some text word was typed with marks: results with those marks come first. */
export function hasMarkedWords(parsed: ParsedQuery): boolean {
  return parsed.written.some((w, i) => w !== parsed.words[i]);
}

/** Spelling matches `needle` as consecutive words: folded where the needle has no marks, else with them. */
function containsWords(haystack: string[], needle: QueryWord[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (
      needle.every((w, k) =>
        typedWithMarks(w) ? haystack[i + k] === w.written : fold(haystack[i + k]!) === w.key,
      )
    )
      return true;
  return false;
}

/**
 * Institutions whose name holds a country's or province's chip ("Bệnh viện Hữu nghị Nhật Bản" for
 * "Nhật Bản"): offered beside the chip, never instead of it. Most events first.
 */
export function namesakeOffers(parsed: ParsedQuery, matcher: EntityMatcher, limit = 3): Entity[] {
  const chosen = new Set(parsed.chips.map((c) => c.entity.token));
  const offers = new Map<string, Entity>();
  for (const chip of parsed.chips) {
    // A country's or a province's name, or an institution's short name another also bears
    // ("Việt Đức": Bệnh viện Việt Đức, and Bệnh viện Hữu nghị Việt Đức beside it).
    if (!['country', 'province', 'institution'].includes(chip.entity.kind)) continue;
    const typed = queryWords(parsed.raw.slice(chip.span[0], chip.span[1]));
    for (const e of matcher.entities)
      if (
        e.kind === 'institution' &&
        e.events > 0 &&
        !chosen.has(e.token) &&
        containsWords(e.written, typed)
      )
        offers.set(e.token, e);
  }
  return [...offers.values()]
    .sort((a, b) => b.events - a.events || a.label.localeCompare(b.label, 'vi'))
    .slice(0, limit);
}

/**
 * Nearer queries to offer when one finds nothing, nearest first: without one chip (the year
 * first), the chips without the words, and each chip's words searched as words instead.
 */
export function nearerQueries(parsed: ParsedQuery): string[] {
  const out: string[] = [];
  const parts = parsed.chips.length + (parsed.words.length || parsed.phrases.length ? 1 : 0);
  if (parts > 1) {
    const byYearFirst = [...parsed.chips].sort(
      (a, b) => Number(b.entity.kind === 'year') - Number(a.entity.kind === 'year'),
    );
    for (const chip of byYearFirst) out.push(withoutChip(parsed, chip));
    if (parsed.chips.length && parsed.words.length)
      out.push(parsed.chips.map((c) => parsed.raw.slice(c.span[0], c.span[1])).join(' '));
  }
  for (const chip of parsed.chips) {
    const [start, end] = chip.span;
    out.push(
      `${parsed.raw.slice(0, start)}"${parsed.raw.slice(start, end)}"${parsed.raw.slice(end)}`.trim(),
    );
  }
  return [...new Set(out.map((q) => q.replace(/\s+/g, ' ').trim()))].filter(
    (q) => q && q !== parsed.raw,
  );
}

/** True when some chip names something no event holds: the answer is "nothing", without asking the index. */
export function hasEmptyChip(parsed: ParsedQuery): boolean {
  return parsed.chips.some((c) => c.entity.events === 0);
}
