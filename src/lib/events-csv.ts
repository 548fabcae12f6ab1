/**
 * events.csv for spreadsheets: one row per event, lists joined with "; ",
 * RFC 4180 quoting, and a BOM so Excel reads the Vietnamese as UTF-8.
 */
import type { CooperationEvent } from './schema.ts';

export const CSV_COLUMNS = [
  'id',
  'slug',
  'url',
  'title',
  'type',
  'date_start',
  'date_end',
  'date_precision',
  'year_inferred',
  'provinces',
  'provinces_current',
  'countries',
  'organisations',
  'people',
  'topics',
  'source_article_ids',
  'summary',
] as const;

const quote = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function eventsToCsv(events: CooperationEvent[], site: URL): string {
  const rows = events.map((e) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: e.id,
      slug: e.slug,
      url: new URL(`/su-kien/${e.slug}/`, site).href,
      title: e.title,
      type: e.type,
      date_start: e.date.start ?? '',
      date_end: e.date.end ?? '',
      date_precision: e.date.precision ?? '',
      year_inferred: String(e.date.yearInferred),
      provinces: e.provinces.map((p) => p.name).join('; '),
      provinces_current: [...new Set(e.provinces.map((p) => p.current))].join('; '),
      countries: e.countries.join('; '),
      organisations: e.organisations.map((o) => o.name).join('; '),
      people: e.people.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join('; '),
      topics: e.topics.join('; '),
      source_article_ids: e.sourceArticleIds.join('; '),
      summary: e.summary,
    };
    return CSV_COLUMNS.map((c) => quote(cells[c])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
