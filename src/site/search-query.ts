/**
 * Query understanding: which words of a query name something the archive
 * knows (a province, an institution, a person, a country, an event type, a
 * year), each becoming a chip, and what is left to search as text. Runs in the
 * browser and in Node; the vocabulary is built at build time
 * (src/site/search-vocabulary.ts).
 */

export const ENTITY_KINDS = [
  'province',
  'institution',
  'person',
  'country',
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
  keys: string[],
];

export interface SearchVocabulary {
  /** Events in the archive. */
  events: number;
  entities: VocabularyEntity[];
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
  /** Quoted phrases, folded, each a list of words. */
  phrases: string[][];
}

/** Lower case, no tone or vowel marks, `đ` as `d`: the key two spellings of one word share. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase();
}

/** A name or query as matching keys see it: folded words separated by one space, punctuation gone ("TP.HCM" → "tp hcm"). */
export function searchKey(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).join(' ');
}

/** Words before a province's name that still mean the province ("tỉnh Hà Tĩnh", "TP Huế"). */
const PROVINCE_PREFIXES = [['tinh'], ['tp'], ['thanh', 'pho']];

/** The longest a key can be, in words. */
const MAX_KEY_WORDS = 10;

export interface EntityMatcher {
  /** A key (words joined by spaces, or written together) → the entity it names. */
  byKey: Map<string, Entity>;
}

export function entityMatcher(vocabulary: SearchVocabulary): EntityMatcher {
  const byKey = new Map<string, Entity>();
  // Kinds listed first win a key two kinds share: a province before an institution's short name.
  const order = (kind: EntityKind) => ENTITY_KINDS.indexOf(kind);
  const sorted = [...vocabulary.entities].sort((a, b) => order(a[0]) - order(b[0]));
  for (const [kind, label, token, events, keys] of sorted) {
    const entity: Entity = { kind, label, token, events };
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, entity);
  }
  return { byKey };
}

interface QueryWord {
  key: string;
  start: number;
  end: number;
  quoted: boolean;
}

function queryWords(raw: string): QueryWord[] {
  const quoted: Array<[number, number]> = [];
  for (const m of raw.matchAll(/["“”]([^"“”]*)["“”]/g))
    quoted.push([m.index, m.index + m[0].length]);
  return [...raw.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    key: foldWord(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    quoted: quoted.some(([s, e]) => m.index >= s && m.index < e),
  }));
}

/** Reads a query: the longest known name at each place becomes a chip (quoted text never does), the rest stays text. */
export function parseQuery(raw: string, matcher: EntityMatcher): ParsedQuery {
  const words = queryWords(raw);
  const parsed: ParsedQuery = { raw, chips: [], words: [], phrases: [] };
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
      const entity =
        matcher.byKey.get(run.map((w) => w.key).join(' ')) ??
        (n > 1 ? matcher.byKey.get(run.map((w) => w.key).join('')) : undefined);
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

/** What Pagefind is asked: every chip's token (each must match) and the text words; quoted phrases as written. */
export function pagefindTerms(parsed: ParsedQuery): string {
  return [...parsed.chips.map((c) => c.entity.token), ...parsed.words].join(' ');
}

/** True when some chip names something no event holds: the answer is "nothing", without asking the index. */
export function hasEmptyChip(parsed: ParsedQuery): boolean {
  return parsed.chips.some((c) => c.entity.events === 0);
}
