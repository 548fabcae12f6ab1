/**
 * Ranking and the reasons a result matched, from a result's metadata (what
 * the page shows) and the parsed query. Pagefind finds the events; this
 * decides which come first among them and says why each is there.
 */
import { foldSameLength } from './highlight.ts';
import { ENTITY_KIND_LABELS, type ParsedQuery } from './search-query.ts';

/** What the index's records carry as metadata (src/site/search/search-records.ts). */
export interface ResultMeta {
  title?: string;
  date?: string;
  type?: string;
  provinces?: string;
  places?: string;
  institutions?: string;
  people?: string;
  countries?: string;
  summary?: string;
}

export type Field = 'title' | 'places' | 'institutions' | 'people' | 'summary';
const FIELD_NAMES: Record<Field, string> = {
  title: 'tiêu đề',
  places: 'địa phương',
  institutions: 'cơ quan',
  people: 'người tham gia',
  summary: 'tóm tắt',
};
/** Where a name or phrase says most about an event. */
const PROMINENT: Field[] = ['title', 'places', 'institutions', 'people'];

const words = (text: string) => foldSameLength(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when every query word begins some word of the text (as the index matches). */
function hasAllWords(text: string, query: string[]): boolean {
  const ws = words(text);
  return query.every((q) => ws.some((w) => w.startsWith(q)));
}

/** True when the query words stand together, in order, in the text. */
export function hasPhrase(text: string, query: string[]): boolean {
  if (!query.length) return false;
  const ws = words(text);
  for (let i = 0; i + query.length <= ws.length; i++) {
    if (
      query.every((q, k) => (k === query.length - 1 ? ws[i + k]!.startsWith(q) : ws[i + k] === q))
    )
      return true;
  }
  return false;
}

export interface Relevance {
  /** Higher first: 3 the words as a phrase in the title, places, institutions or people; 2 all words there; 1 all in the summary; 0 scattered in the article. */
  tier: number;
  /** Why it matched, to show beside the result ("Tỉnh: Hà Tĩnh", "cụm từ trong tiêu đề"). */
  reasons: string[];
}

export function relevance(meta: ResultMeta, parsed: ParsedQuery): Relevance {
  const reasons: string[] = [];
  for (const chip of parsed.chips) {
    const { kind, label } = chip.entity;
    // A province chip matches at the event's date or now: say which.
    const place =
      kind === 'province'
        ? (meta.places ?? '').split(', ').find((p) => hasPhrase(p, words(label)))
        : undefined;
    reasons.push(`${ENTITY_KIND_LABELS[kind]}: ${place ?? label}`);
  }
  const text = [...parsed.words, ...parsed.phrases.flat()];
  if (!text.length) return { tier: 0, reasons };
  const fields = (list: Field[]) => list.filter((f) => meta[f] && hasAllWords(meta[f], text));
  const phraseIn = PROMINENT.filter((f) => meta[f] && hasPhrase(meta[f], text));
  let tier = 0;
  if (text.length > 1 && phraseIn.length) {
    tier = 3;
    reasons.push(`cụm từ trong ${phraseIn.map((f) => FIELD_NAMES[f]).join(', ')}`);
  } else if (fields(PROMINENT).length) {
    tier = 2;
    reasons.push(
      `từ khóa trong ${fields(PROMINENT)
        .map((f) => FIELD_NAMES[f])
        .join(', ')}`,
    );
  } else if (fields(['summary']).length) {
    tier = 1;
    reasons.push('từ khóa trong tóm tắt');
  } else {
    reasons.push('từ khóa trong nội dung bài');
  }
  return { tier, reasons };
}

/** Orders a page of results by tier, keeping the index's order (its score, or the date) within a tier. */
export function rankByRelevance<T>(items: T[], tierOf: (item: T) => number): T[] {
  return items
    .map((item, at) => ({ item, at, tier: tierOf(item) }))
    .sort((a, b) => b.tier - a.tier || a.at - b.at)
    .map((x) => x.item);
}

/** Merges id lists: those of `first` (in its order) before the rest of `all`, keeping only ids in `all`. */
export function firstThenRest(first: string[], all: string[]): string[] {
  const inAll = new Set(all);
  const head = first.filter((id) => inAll.has(id));
  const inHead = new Set(head);
  return [...head, ...all.filter((id) => !inHead.has(id))];
}

/** Counts of one facet, most first, then by name. */
export function facetCounts(
  counts: Record<string, number> | undefined,
  exclude: string[] = [],
): Array<[string, number]> {
  return Object.entries(counts ?? {})
    .filter(([name, n]) => n > 0 && !exclude.includes(name))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
}
