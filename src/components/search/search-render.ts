/**
 * What the search page draws: chips, results with their reasons and
 * highlights, and the counts beside them. Pure DOM building on a given
 * document (the browser's, or linkedom's in the tests); text is always set as
 * text, never as HTML.
 */
import { highlightRanges } from './highlight.ts';
import { ENTITY_KIND_LABELS, type Chip } from './search-query.ts';
import type { ResultMeta } from './search-rank.ts';

const CHIP_KIND: Record<ChipView['kind'], string> = { ...ENTITY_KIND_LABELS, filter: 'Lọc' };

/** Text with the words matching `query` in <mark>. */
export function withHighlights(doc: Document, text: string, query: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, query)) {
    nodes.push(doc.createTextNode(text.slice(at, start)));
    const mark = doc.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  nodes.push(doc.createTextNode(text.slice(at)));
  return nodes;
}

export interface ChipView {
  kind: Chip['entity']['kind'] | 'filter';
  label: string;
  /** The address without this chip. */
  removeHref: string;
  /** Events the archive holds for it (shown when none). */
  events?: number;
}

/** One list item per chip: its kind and name, and a link that removes it. */
export function renderChips(doc: Document, chips: ChipView[]): HTMLLIElement[] {
  return chips.map((chip) => {
    const item = doc.createElement('li');
    item.className = 'chip';
    item.dataset.kind = chip.kind;
    const name = doc.createElement('span');
    name.textContent = `${CHIP_KIND[chip.kind]}: ${chip.label}`;
    if (chip.events === 0) name.textContent += ' (không có sự kiện nào)';
    const remove = doc.createElement('a');
    remove.href = chip.removeHref;
    remove.className = 'chip-remove';
    remove.textContent = '×';
    remove.setAttribute('aria-label', `Bỏ ${chip.label}`);
    remove.title = `Bỏ ${chip.label}`;
    item.append(name, ' ', remove);
    return item;
  });
}

export interface ResultView {
  url: string;
  meta: ResultMeta;
  reasons: string[];
}

/** A result: its title linked, date, type and places, why it matched, the summary; `highlight` is the text searched. */
export function renderResult(doc: Document, result: ResultView, highlight: string): HTMLLIElement {
  const item = doc.createElement('li');
  const link = doc.createElement('a');
  link.href = result.url;
  link.append(...withHighlights(doc, result.meta.title ?? result.url, highlight));
  const meta = doc.createElement('p');
  meta.className = 'meta';
  meta.append(
    ...withHighlights(
      doc,
      [result.meta.date, result.meta.type, result.meta.places || result.meta.provinces]
        .filter(Boolean)
        .join(' · '),
      highlight,
    ),
  );
  item.append(link, meta);
  if (result.reasons.length) {
    const why = doc.createElement('p');
    why.className = 'why';
    why.textContent = `Khớp: ${result.reasons.join(' · ')}`;
    item.append(why);
  }
  const summary = doc.createElement('p');
  summary.append(...withHighlights(doc, result.meta.summary ?? '', highlight));
  item.append(summary);
  return item;
}

export interface FacetView {
  heading: string;
  /** [name, count, href that narrows to it] */
  values: Array<[name: string, count: number, href: string]>;
}

/** The counts beside the results: a heading and a list of links per facet. */
export function renderFacets(doc: Document, facets: FacetView[]): HTMLElement[] {
  return facets
    .filter((f) => f.values.length)
    .map((facet) => {
      const section = doc.createElement('section');
      section.className = 'facet';
      const heading = doc.createElement('h2');
      heading.textContent = facet.heading;
      const list = doc.createElement('ul');
      for (const [name, count, href] of facet.values) {
        const item = doc.createElement('li');
        const link = doc.createElement('a');
        link.href = href;
        link.textContent = name;
        const n = doc.createElement('span');
        n.className = 'count';
        n.textContent = String(count);
        item.append(link, ' ', n);
        list.append(item);
      }
      section.append(heading, list);
      return section;
    });
}

/** A list item per query offered instead: the query linked, with how many events it finds. */
export function renderLinks(
  doc: Document,
  queries: Array<[query: string, events: number, href: string]>,
): HTMLLIElement[] {
  return queries.map(([query, events, href]) => {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = href;
    link.textContent = query;
    item.append(link, ` (${events} sự kiện)`);
    return item;
  });
}
