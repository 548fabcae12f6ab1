/**
 * The timeline's sections, right by construction: a year, then within it the
 * days of each month, the events known only to that month under their own
 * heading, and the events known only to the year under theirs. Events with
 * no credible year form one section apart, grouped by the year their source
 * article was published, which is what a reader can place them by.
 */
import type { CooperationEvent } from '../lib/schema.ts';
import { credibleDate, eventYear } from './display-dates.ts';

export interface TimelineGroup {
  /** Stable key: `2024-05` (days of May), `2024-05-month` (May only), `2024-year`, `undated-2024`, `undated`. */
  key: string;
  /** The group's heading, or '' for none. */
  heading: string;
  events: CooperationEvent[];
}

export interface TimelineSection {
  /** `2024`, or null for the events without a credible year. */
  year: string | null;
  heading: string;
  groups: TimelineGroup[];
}

/** What the timeline needs to know beyond the event: its source's publication year, if any. */
export type PublishedYear = (event: CooperationEvent) => string | null;

function groupOf(
  event: CooperationEvent,
  publishedYear: PublishedYear,
): { key: string; heading: string; order: string } {
  const year = eventYear(event.date);
  if (!year) {
    const published = publishedYear(event);
    return published
      ? { key: `undated-${published}`, heading: `Bài báo đăng năm ${published}`, order: published }
      : { key: 'undated', heading: 'Không rõ ngày đăng bài', order: '0000' };
  }
  const { start, precision } = credibleDate(event.date);
  const month = /^\d{4}-(\d{2})/.exec(start ?? '')?.[1];
  if (!month || precision === 'year')
    return { key: `${year}-year`, heading: 'Không rõ tháng', order: `${year}-00-0` };
  if (precision === 'month')
    return {
      key: `${year}-${month}-month`,
      heading: `Tháng ${Number(month)}, không rõ ngày`,
      order: `${year}-${month}-0`,
    };
  return {
    key: `${year}-${month}`,
    heading: `Tháng ${Number(month)}`,
    order: `${year}-${month}-1`,
  };
}

/** Sections newest year first, groups newest first; each event keeps the order it came in within its group. */
export function timelineSections(
  events: CooperationEvent[],
  publishedYear: PublishedYear,
): TimelineSection[] {
  const sections = new Map<string | null, Map<string, TimelineGroup & { order: string }>>();
  for (const event of events) {
    const year = eventYear(event.date);
    const { key, heading, order } = groupOf(event, publishedYear);
    const groups = sections.get(year) ?? new Map<string, TimelineGroup & { order: string }>();
    const group = groups.get(key) ?? { key, heading, order, events: [] };
    group.events.push(event);
    groups.set(key, group);
    sections.set(year, groups);
  }
  return [...sections]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b.localeCompare(a)))
    .map(([year, groups]) => ({
      year,
      heading: year ?? 'Chưa rõ năm',
      groups: [...groups.values()]
        .sort((a, b) => b.order.localeCompare(a.order))
        .map(({ key, heading, events }) => ({ key, heading, events })),
    }));
}
