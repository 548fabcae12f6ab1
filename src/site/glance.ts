/**
 * The archive at a glance (/tong-quan/): the counts behind each figure, from
 * the events alone, so a test can recount them from /data/events.json.
 */
import { EVENT_TYPES, type CooperationEvent, type EventType } from '../lib/schema.ts';
import { eventYear } from './display-dates.ts';
import { placeName } from '../lib/place-names.ts';
import { CURRENT_PROVINCE_NAMES } from '../lib/provinces.ts';
import { PROVINCE_TILES } from './province-tiles.ts';
import type { OrganisationPage } from './archive.ts';

export interface YearCount {
  year: string;
  total: number;
  byType: Record<EventType, number>;
}

export interface ProvinceCount {
  /** A current province. */
  name: string;
  /** Events naming it or a province merged into it. */
  count: number;
  col: number;
  row: number;
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface Glance {
  total: number;
  /** The years that have events, oldest first. */
  years: YearCount[];
  /** Events without a credible year, counted apart. */
  undated: number;
  undatedByType: Record<EventType, number>;
  provinces: ProvinceCount[];
  /** Events that name no province. */
  withoutProvince: number;
  /** The institutions in the most events, most first. */
  institutions: Array<NamedCount & { slug: string }>;
  institutionTotal: number;
  /** Every partner country, most events first. */
  countries: NamedCount[];
  /** Events that name another country. */
  withCountry: number;
}

/** A row of the year chart: a year (with events or none), or a run of years without events drawn as one row. */
export interface YearRow {
  /** `2019`, or `2007–2016` for a run of empty years. */
  label: string;
  /** The year's page when it has events. */
  year: string | null;
  total: number;
  byType: Record<EventType, number>;
  /** True for a year or a run of years without events. */
  empty: boolean;
}

/** Runs of empty years longer than this are drawn as one row ("2007–2016"), shorter ones year by year. */
export const EMPTY_YEARS_DRAWN_ONE_BY_ONE = 3;

/**
 * The years from the first to the last with events, none left out: a year
 * without events is a row of its own, a long run of them one row saying so,
 * so 2006 never sits next to 2017 as if no years lay between.
 */
export function yearRows(years: readonly YearCount[]): YearRow[] {
  const rows: YearRow[] = [];
  const sorted = [...years].sort((a, b) => a.year.localeCompare(b.year));
  for (const [i, y] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous) {
      const from = Number(previous.year) + 1;
      const to = Number(y.year) - 1;
      const emptyRow = (label: string): YearRow => ({
        label,
        year: null,
        total: 0,
        byType: zeroByType(),
        empty: true,
      });
      if (to - from + 1 > EMPTY_YEARS_DRAWN_ONE_BY_ONE) rows.push(emptyRow(`${from}–${to}`));
      else for (let year = from; year <= to; year++) rows.push(emptyRow(String(year)));
    }
    rows.push({ label: y.year, year: y.year, total: y.total, byType: y.byType, empty: false });
  }
  return rows;
}

const zeroByType = () =>
  Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
const byCountThenName = (a: NamedCount, b: NamedCount) =>
  b.count - a.count || a.name.localeCompare(b.name, 'vi');

export function archiveAtAGlance(
  events: CooperationEvent[],
  organisations: OrganisationPage[],
  topInstitutions = 10,
): Glance {
  const years = new Map<string, YearCount>();
  let undated = 0;
  const undatedByType = zeroByType();
  const provinceCounts = new Map<string, number>(CURRENT_PROVINCE_NAMES.map((n) => [n, 0]));
  let withoutProvince = 0;
  const countries = new Map<string, number>();
  let withCountry = 0;
  for (const event of events) {
    const year = eventYear(event.date);
    if (year) {
      const entry = years.get(year) ?? { year, total: 0, byType: zeroByType() };
      entry.total++;
      entry.byType[event.type]++;
      years.set(year, entry);
    } else {
      undated++;
      undatedByType[event.type]++;
    }
    const current = new Set(event.provinces.map((p) => placeName(p.current)));
    if (current.size === 0) withoutProvince++;
    for (const name of current) provinceCounts.set(name, (provinceCounts.get(name) ?? 0) + 1);
    const named = new Set(event.countries.map(placeName));
    if (named.size) withCountry++;
    for (const name of named) countries.set(name, (countries.get(name) ?? 0) + 1);
  }
  const tile = new Map(PROVINCE_TILES.map((t) => [t.name, t]));
  return {
    total: events.length,
    years: [...years.values()].sort((a, b) => a.year.localeCompare(b.year)),
    undated,
    undatedByType,
    provinces: CURRENT_PROVINCE_NAMES.map((name) => ({
      name,
      count: provinceCounts.get(name)!,
      col: tile.get(name)!.col,
      row: tile.get(name)!.row,
    })),
    withoutProvince,
    institutions: organisations
      .slice(0, topInstitutions)
      .map((o) => ({ name: o.name, slug: o.slug, count: o.events.length })),
    institutionTotal: organisations.length,
    countries: [...countries].map(([name, count]) => ({ name, count })).sort(byCountThenName),
    withCountry,
  };
}
