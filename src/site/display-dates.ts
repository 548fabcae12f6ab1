/**
 * An event's date as a reader should see it: only as precise as the text, and
 * saying so when the year was inferred ("5/5, năm suy đoán 2023"). A date
 * after the build's own year cannot be an event that was reported: it is
 * shown as unknown, and an end after that year is dropped.
 */
import type { EventDate } from '../lib/schema.ts';

/** The year the site is built in: no event shown can be later. */
export const BUILD_YEAR = new Date().getUTCFullYear();

const UNKNOWN: EventDate = { start: null, end: null, precision: null, yearInferred: false };
const yearOf = (iso: string | null) => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null);

/** True when the extracted date starts after the build's year: an extraction error, not a date. */
export function isImpossibleDate(date: EventDate, buildYear = BUILD_YEAR): boolean {
  return (yearOf(date.start) ?? 0) > buildYear;
}

/** The date the site may show: unknown when it starts after the build's year, without an end after it. */
export function credibleDate(date: EventDate, buildYear = BUILD_YEAR): EventDate {
  if (isImpossibleDate(date, buildYear)) return UNKNOWN;
  if ((yearOf(date.end) ?? 0) > buildYear) return { ...date, end: date.start };
  return date;
}

const dayMonth = (iso: string) => {
  const [, month, day] = /(\d{2})-(\d{2})$/.exec(iso)!;
  return `${Number(day)}/${Number(month)}`;
};

export function formatEventDate(extracted: EventDate, buildYear = BUILD_YEAR): string {
  const { start, end, precision, yearInferred } = credibleDate(extracted, buildYear);
  if (!start || !precision) return 'Chưa rõ ngày';
  if (precision === 'year')
    return end && end !== start ? `Giai đoạn ${start}–${end}` : `Năm ${start}`;
  if (precision === 'month') {
    const [y, m] = start.split('-');
    const [ey, em] = (end ?? start).split('-');
    return end && end !== start
      ? `Tháng ${Number(m)}–${Number(em)}/${ey}`
      : `Tháng ${Number(m)}/${y}`;
  }
  const range = end && end !== start ? `${dayMonth(start)}–${dayMonth(end)}` : dayMonth(start);
  if (start.startsWith('--')) return `${range}, chưa rõ năm`;
  const year = (end ?? start).slice(0, 4);
  return yearInferred ? `${range}, năm suy đoán ${year}` : `${range}/${year}`;
}

/** A machine-readable date for `<time datetime>` and JSON-LD, or null when there is no credible year. */
export function machineDate(date: EventDate, buildYear = BUILD_YEAR): string | null {
  const { start } = credibleDate(date, buildYear);
  return start && !start.startsWith('--') ? start : null;
}

/** Sort key: events newest first; an unknown (or impossible) year sorts last. */
export function dateSortKey(date: EventDate, buildYear = BUILD_YEAR): string {
  return machineDate(date, buildYear) ?? '0000';
}

/** The event's year, or null when the text gives none (or one after the build's year). */
export function eventYear(date: EventDate, buildYear = BUILD_YEAR): string | null {
  return machineDate(date, buildYear)?.slice(0, 4) ?? null;
}

/** A publication day (`YYYY-MM-DD`) as "8/1/2024", or null when unknown or after the build's year. */
export function formatPublished(day: string | null, buildYear = BUILD_YEAR): string | null {
  if (!day || (yearOf(day) ?? 0) > buildYear) return null;
  const [y, m, d] = day.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}
