/**
 * The search page's wiring: reads the address, asks Pagefind, draws with
 * search-render.ts. Query understanding is search-query.ts, ranking
 * search-rank.ts; nothing here decides what matches.
 */
import {
  SEARCH_FILTERS,
  FILTER_LABELS,
  type SearchFilter,
} from '../../site/search/search-filters.ts';
import { fold } from '../../lib/vietnamese.ts';
import {
  ENTITY_KIND_LABELS,
  entityMatcher,
  hasEmptyChip,
  hasMarkedWords,
  namesakeOffers,
  narrowedQuery,
  nearerQueries,
  pagefindTerms,
  parseQuery,
  withoutChip,
  type ParsedQuery,
  type SearchVocabulary,
} from './search-query.ts';
import {
  facetCounts,
  firstThenRest,
  rankByRelevance,
  relevance,
  type ResultMeta,
} from './search-rank.ts';
import {
  renderChips,
  renderFacets,
  renderLinks,
  renderResult,
  type ChipView,
} from './search-render.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: ResultMeta }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: { noWorker?: boolean; exactDiacritics?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: { filters?: object; sort?: object },
  ): Promise<PagefindSearch>;
}

/** Results are loaded a page at a time: each one costs a fragment download. */
const PAGE_SIZE = 20;
/**
 * Up to this many events the counts load with the results; above it they cost
 * more than the first search may (about 22 KB per facet at 10,000 events) and
 * wait for the reader to ask.
 */
export const FACET_AUTO_LIMIT = 3000;
/** Above every relevance tier (search-rank.ts): the marks typed outrank where the words stand. */
const MARKED_TIER = 10;
/** The `sort` values in the address. */
export const SORT_NEWEST = 'moi-nhat';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export async function startSearchPage(): Promise<void> {
  const vocabulary = JSON.parse(
    element('search-vocabulary').textContent ?? '{}',
  ) as SearchVocabulary;
  const matcher = entityMatcher(vocabulary);
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('q');
  const sortSelect = element<HTMLSelectElement>('sort');
  const chipList = element('search-chips');
  const status = element('search-status');
  const list = element('search-results');
  const more = element<HTMLButtonElement>('more-results');
  const facets = element('search-facets');
  const offers = element('search-offers');
  const nearer = element('search-nearer');

  const pagefindUrl = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  // Searching on the page saves the worker's own 42 KB script from the first search's transfer.
  await pagefind.options({ noWorker: true });
  await pagefind.init();

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') === SORT_NEWEST ? SORT_NEWEST : '';
  /** Filters from older shared addresses (?province=…): kept, shown as chips. */
  const filters: Partial<Record<SearchFilter, string>> = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }

  const address = (query: string, keep: Partial<Record<SearchFilter, string>> = filters) => {
    const url = new URL('/tim-kiem/', location.href);
    if (query) url.searchParams.set('q', query);
    for (const [name, value] of Object.entries(keep)) url.searchParams.set(name, value);
    if (sortSelect.value) url.searchParams.set('sort', sortSelect.value);
    return `${url.pathname}${url.search}`;
  };

  /** The events a parsed query finds: Pagefind's order, quoted phrases kept as written. */
  async function find(parsed: ParsedQuery, newest: boolean) {
    const terms = [pagefindTerms(parsed), ...parsed.phrases.flat()].join(' ').trim();
    const search = await pagefind.search(terms || null, {
      filters,
      sort: newest ? { date: 'desc' } : {},
    });
    let ids = search.results.map((r) => r.id);
    // Pagefind drops a word that matches nothing and answers for the rest: such a word finds nothing.
    for (const word of new Set(parsed.written))
      if (
        !(await pagefind.search(fold(word, { keepMarks: true, keepD: false }), {})).results.length
      )
        ids = [];
    // A quoted phrase must stand as written: keep the events an exact search finds.
    for (const phrase of parsed.phrases) {
      const exact = new Set(
        (await pagefind.search(`"${phrase.join(' ')}"`, { filters })).results.map((r) => r.id),
      );
      ids = ids.filter((i) => exact.has(i));
    }
    return { search, ids, terms };
  }

  /** How many events a query finds, for the nearer queries offered when one finds none. */
  async function countResults(query: string): Promise<number> {
    const parsed = parseQuery(query, matcher);
    if (hasEmptyChip(parsed)) return 0;
    if (!parsed.chips.length && !parsed.words.length && !parsed.phrases.length) return 0;
    return (await find(parsed, true)).ids.length;
  }

  /** Says why a query found nothing, and offers the nearest queries that find something. */
  async function explainNothing(id: number, parsed: ParsedQuery): Promise<void> {
    const parts = [
      ...parsed.chips.map((c) =>
        c.entity.events === 0
          ? `${ENTITY_KIND_LABELS[c.entity.kind]}: ${c.entity.label} (không có sự kiện nào)`
          : `${ENTITY_KIND_LABELS[c.entity.kind]}: ${c.entity.label}`,
      ),
      ...[...parsed.words, ...parsed.phrases.map((p) => p.join(' '))].map((w) => `«${w}»`),
    ];
    const why =
      parsed.chips.some((c) => c.entity.events === 0) || parts.length === 1
        ? `Không có sự kiện nào với ${parts.join(', ')}.`
        : `Không có sự kiện nào vừa có ${parts.join(', vừa có ')}.`;
    const found: Array<[string, number, string]> = [];
    for (const query of nearerQueries(parsed)) {
      const n = await countResults(query);
      if (id !== runId) return;
      if (n > 0) found.push([query, n, address(query)]);
      if (found.length === 3) break;
    }
    status.textContent = found.length ? `${why} Gần nhất:` : why;
    nearer.replaceChildren(...renderLinks(document, found));
    nearer.hidden = !found.length;
  }

  let runId = 0;
  let showMore: (() => Promise<void>) | null = null;
  more.addEventListener('click', () => void showMore?.());

  async function run(): Promise<void> {
    const id = ++runId;
    const parsed = parseQuery(input.value.trim(), matcher);
    history.replaceState(null, '', address(parsed.raw));
    const chips: ChipView[] = [
      ...parsed.chips.map((chip) => ({
        kind: chip.entity.kind,
        label: chip.entity.label,
        events: chip.entity.events,
        removeHref: address(withoutChip(parsed, chip)),
      })),
      ...Object.entries(filters).map(([name, value]) => {
        const { [name as SearchFilter]: _, ...rest } = filters;
        return {
          kind: 'filter' as const,
          label: `${FILTER_LABELS[name as SearchFilter]}: ${value}`,
          removeHref: address(parsed.raw, rest),
        };
      }),
    ];
    chipList.replaceChildren(...renderChips(document, chips));
    const namesakes = namesakeOffers(parsed, matcher);
    offers.replaceChildren(
      ...(namesakes.length ? ['Cũng có cơ quan mang tên này: '] : []),
      ...namesakes.flatMap((e, i) => {
        const link = document.createElement('a');
        link.href = address(e.label);
        link.textContent = e.label;
        return [...(i ? [' · '] : []), link, ` (${e.events} sự kiện)`];
      }),
    );
    offers.hidden = !namesakes.length;
    list.replaceChildren();
    facets.replaceChildren();
    nearer.replaceChildren();
    nearer.hidden = true;
    more.hidden = true;
    const terms = [pagefindTerms(parsed), ...parsed.phrases.flat()].join(' ').trim();
    if (!terms && !Object.keys(filters).length) {
      status.textContent = 'Nhập từ khóa: tỉnh, cơ quan, người, năm hoặc bất kỳ từ nào.';
      return;
    }
    if (hasEmptyChip(parsed)) {
      await explainNothing(id, parsed);
      return;
    }
    const hasText = parsed.words.length + parsed.phrases.length > 0;
    const newest = !hasText || sortSelect.value === SORT_NEWEST;
    // Chips alone leave nothing to rank by relevance: the order is by date, and there is no choice to make.
    sortSelect.disabled = !hasText;
    const found = await find(parsed, newest);
    const search = found.search;
    let ids = found.ids;
    // By relevance, the words as a phrase come before the same words apart.
    if (!newest && parsed.words.length > 1)
      ids = firstThenRest(
        (await pagefind.search(`"${parsed.words.join(' ')}"`, { filters })).results.map(
          (r) => r.id,
        ),
        ids,
      );
    // With marks typed, the events whose text has those marks come first ("Nhật" before "nhất").
    let marked = new Set<string>();
    if (!newest && hasMarkedWords(parsed)) {
      // An option of the instance in Pagefind 1.6, not of one search: set for this search only.
      await pagefind.options({ exactDiacritics: true });
      try {
        const exact = await pagefind.search(found.terms, { filters });
        marked = new Set(exact.results.map((r) => r.id));
      } finally {
        await pagefind.options({ exactDiacritics: false });
      }
      ids = firstThenRest(
        ids.filter((i) => marked.has(i)),
        ids,
      );
    }
    if (id !== runId) return;
    const byId = new Map(search.results.map((r) => [r.id, r]));
    const results = ids.map((i) => byId.get(i)!);
    const highlight = [...parsed.words, ...parsed.phrases.flat()].join(' ');
    let shown = 0;
    showMore = async () => {
      const page = await Promise.all(
        results.slice(shown, shown + PAGE_SIZE).map(async (r) => {
          const data = await r.data();
          return { ...data, ...relevance(data.meta, parsed), marked: marked.has(r.id) };
        }),
      );
      if (id !== runId) return;
      const ordered = newest
        ? page
        : rankByRelevance(page, (r) => (r.marked ? MARKED_TIER : 0) + r.tier);
      list.append(...ordered.map((r) => renderResult(document, r, highlight)));
      shown += page.length;
      more.hidden = shown >= results.length;
    };
    await showMore();
    if (id !== runId) return;
    // Announced once the results are on the page.
    if (!results.length) await explainNothing(id, parsed);
    else
      status.textContent = `${results.length} sự kiện, ${newest ? 'mới nhất trước' : marked.size ? 'có dấu như từ đã gõ trước, rồi phù hợp nhất' : 'phù hợp nhất trước'}.`;
    performance.mark('hoptac:first-result');
    if (results.length > 1) {
      const count = () => void showCounts(id, parsed, terms);
      if (vocabulary.events <= FACET_AUTO_LIMIT) count();
      else {
        const ask = document.createElement('button');
        ask.type = 'button';
        ask.textContent = 'Đếm kết quả theo tỉnh, loại, năm';
        ask.addEventListener('click', count, { once: true });
        facets.replaceChildren(ask);
      }
    }
  }

  /** Counts per province (at the time or now), type and year, each a link that adds it to the query. */
  async function showCounts(id: number, parsed: ParsedQuery, terms: string): Promise<void> {
    // Naming a value no event has loads each facet's filter index without narrowing anything.
    const none = { none: ['\u0000'] };
    const counted = await pagefind.search(terms || null, {
      filters: { ...filters, place: none, type: none, year: none },
    });
    if (id !== runId) return;
    const chosen = parsed.chips.map((c) => c.entity.label);
    const view = (heading: string, name: string, limit: number) => ({
      heading,
      values: facetCounts(counted.filters[name], chosen)
        .slice(0, limit)
        .map(([value, n]): [string, number, string] => [
          value,
          n,
          address(narrowedQuery(parsed.raw, value)),
        ]),
    });
    const years = view('Theo năm', 'year', 40);
    years.values.sort((a, b) => b[0].localeCompare(a[0]));
    facets.replaceChildren(
      ...renderFacets(document, [
        view('Theo tỉnh', 'place', 40),
        view('Theo loại sự kiện', 'type', 10),
        years,
      ]),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  sortSelect.addEventListener('change', () => void run());
  await run();
}
