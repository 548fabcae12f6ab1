/**
 * The search index's records, one per event: the text people search, folded
 * for `đ`, with metadata to display, filters and a date to sort by.
 */
import type { CooperationEvent, Delegation, Outcome } from '../../lib/schema.ts';
import { fold } from '../../lib/vietnamese.ts';
import { EVENT_TYPE_LABELS } from '../labels.ts';
import { dateSortKey, eventYear, formatEventDate } from '../display-dates.ts';
import { eventPath } from '../paths.ts';
import type { SearchFilter } from './search-filters.ts';
import { placeName } from '../../lib/place-names.ts';
import { entityTokens } from './search-vocabulary.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<SearchFilter | 'place', string[]>;
  sort: { date: string };
}

/** Evidence sentences indexed per event: enough for recall, small enough to keep each result's fragment light. */
const EVIDENCE_SENTENCES = 12;

export function searchRecord(
  event: CooperationEvent,
  delegation: Delegation | undefined,
  outcomes: Outcome[],
  /** The archive's organisation keys (organisationKeysOfEvents of every event), as the search page's chips have them. */
  organisationKeyOf?: (name: string) => string,
): SearchRecord {
  const people = [
    ...event.people,
    ...(delegation?.leader ? [delegation.leader] : []),
    ...(delegation?.members ?? []),
  ];
  const text = [
    event.title,
    event.summary,
    EVENT_TYPE_LABELS[event.type],
    formatEventDate(event.date),
    event.provinces
      .map((p) => (p.name === p.current ? p.name : `${p.name} ${p.current}`))
      .join('. '),
    event.countries.join('. '),
    event.organisations.map((o) => o.name).join('. '),
    [...new Set(people.map((p) => (p.title ? `${p.name}, ${p.title}` : p.name)))].join('. '),
    event.topics.join('. '),
    ...[...new Set([...event.evidence.map((e) => e.text), ...outcomes.map((o) => o.text)])]
      .filter((t) => t !== event.summary)
      .slice(0, EVIDENCE_SENTENCES),
  ].filter(Boolean);
  return {
    url: eventPath(event.slug),
    // Sentences end with a period so a quoted phrase cannot run from one field into the next.
    // The entity tokens come last, on their own line: a chip is one of these words (src/site/search/search-vocabulary.ts).
    // Marks kept, `đ` as `d`: Pagefind folds marks itself and ranks a query's marks first, but cannot fold `đ`.
    content: `${fold(text.map((t) => t.replace(/[.\s]*$/, '.')).join('\n'), { keepMarks: true, keepD: false })}\n${entityTokens(event, people, organisationKeyOf).join(' ')}`,
    language: 'vi',
    meta: {
      title: event.title,
      date: formatEventDate(event.date),
      type: EVENT_TYPE_LABELS[event.type],
      provinces: event.provinces.map((p) => p.name).join(', '),
      summary: event.summary,
      places: event.provinces
        .map((p) =>
          placeName(p.name) === placeName(p.current)
            ? placeName(p.name)
            : `${placeName(p.name)} (nay ${placeName(p.current)})`,
        )
        .join(', '),
      institutions: event.organisations.map((o) => o.name).join('; '),
      people: [...new Set(people.map((p) => p.name))].join('; '),
      countries: event.countries.join(', '),
    },
    // `place`: every province an event is in, at its date or now, as a chip means it; the search page counts results by it.
    filters: {
      ...searchFilters(event),
      place: [
        ...new Set(event.provinces.flatMap((p) => [placeName(p.name), placeName(p.current)])),
      ],
    },
    sort: { date: dateSortKey(event.date) },
  };
}

/** The values an event is filed under, per filter. */
export function searchFilters(event: CooperationEvent): Record<SearchFilter, string[]> {
  // The year as the site shows it: none for a date after the build's year.
  const year = eventYear(event.date);
  return {
    province: [...new Set(event.provinces.map((p) => p.name))],
    current_province: [...new Set(event.provinces.map((p) => p.current))],
    type: [EVENT_TYPE_LABELS[event.type]],
    year: year ? [year] : [],
    organisation: [...new Set(event.organisations.map((o) => o.name))],
  };
}

/** Every filter's values with their event counts, for the search page's choices (built into its HTML). */
export function filterChoices(
  events: CooperationEvent[],
): Record<SearchFilter, Array<[value: string, count: number]>> {
  const counts = {} as Record<SearchFilter, Map<string, number>>;
  for (const event of events) {
    for (const [name, values] of Object.entries(searchFilters(event)) as Array<
      [SearchFilter, string[]]
    >) {
      counts[name] ??= new Map();
      for (const v of values) counts[name].set(v, (counts[name].get(v) ?? 0) + 1);
    }
  }
  const sorted = (name: SearchFilter) =>
    [...(counts[name] ?? new Map<string, number>())].sort((a, b) =>
      name === 'year' ? b[0].localeCompare(a[0]) : a[0].localeCompare(b[0], 'vi'),
    );
  return {
    province: sorted('province'),
    current_province: sorted('current_province'),
    type: sorted('type'),
    year: sorted('year'),
    organisation: sorted('organisation'),
  };
}
