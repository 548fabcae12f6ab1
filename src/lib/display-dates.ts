/**
 * An event's date as a reader should see it: only as precise as the text, and
 * saying so when the year was inferred ("5/5, năm suy đoán 2023").
 */
import type { EventDate } from './schema.ts';

const dayMonth = (iso: string) => {
  const [, month, day] = /(\d{2})-(\d{2})$/.exec(iso)!;
  return `${Number(day)}/${Number(month)}`;
};

export function formatEventDate(date: EventDate): string {
  const { start, end, precision, yearInferred } = date;
  if (!start || !precision) return 'Chưa rõ ngày';
  if (precision === 'year') return end && end !== start ? `Giai đoạn ${start}–${end}` : `Năm ${start}`;
  if (precision === 'month') {
    const [y, m] = start.split('-');
    const [ey, em] = (end ?? start).split('-');
    return end && end !== start ? `Tháng ${Number(m)}–${Number(em)}/${ey}` : `Tháng ${Number(m)}/${y}`;
  }
  const range = end && end !== start ? `${dayMonth(start)}–${dayMonth(end)}` : dayMonth(start);
  if (start.startsWith('--')) return `${range}, chưa rõ năm`;
  const year = (end ?? start).slice(0, 4);
  return yearInferred ? `${range}, năm suy đoán ${year}` : `${range}/${year}`;
}

/** Sort key: events newest first; an unknown year sorts last. */
export function dateSortKey(date: EventDate): string {
  return date.start && !date.start.startsWith('--') ? date.start : '0000';
}

/** The event's year, or null when the text gives none. */
export function eventYear(date: EventDate): string | null {
  return date.start && /^\d{4}/.test(date.start) ? date.start.slice(0, 4) : null;
}
