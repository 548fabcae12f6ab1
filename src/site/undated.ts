/**
 * The events without a credible year, made browsable (/nam/chua-ro/): grouped
 * by type and by current province, each group with its own page, and the
 * reasons they have no year, counted.
 */
import { EVENT_TYPES, type CooperationEvent, type EventType } from '../lib/schema.ts';
import { BUILD_YEAR, eventYear, isImpossibleDate } from './display-dates.ts';
import { EVENT_TYPE_LABELS } from './labels.ts';
import { placeName } from '../lib/place-names.ts';
import { asciiSlug } from '../lib/vietnamese.ts';

export interface UndatedGroup {
  /** The group's page under /nam/chua-ro/: `loai/<type>` or `tinh/<province>`. */
  segment: string;
  label: string;
  /** The group's own events, the latest published first. */
  events: CooperationEvent[];
}

/** Why events have no year, counted: what a reader needs to judge them. */
export interface UndatedReasons {
  /** A day and month in the text, no year written and none to infer (e.g. "sáng 28/12"). */
  dayWithoutYear: number;
  /** No date in the text at all. */
  noDate: number;
  /** A date read as later than the build's year: an error, shown as unknown. */
  impossible: number;
  /** Of all of them, those whose articles carry no publication date to take a year from. */
  withoutPublication: number;
}

export const undatedPath = (segment?: string) => `/nam/chua-ro/${segment ? `${segment}/` : ''}`;
export const typeSegment = (type: EventType) => `loai/${asciiSlug(EVENT_TYPE_LABELS[type], 6)}`;
export const NO_PROVINCE = 'Không ghi tỉnh';

/** Groups by type (in the contract's order) and by current province (most events first); events without a province form their own group. */
export function undatedGroups(
  events: readonly CooperationEvent[],
  published: (event: CooperationEvent) => string | null,
  buildYear = BUILD_YEAR,
): { events: CooperationEvent[]; byType: UndatedGroup[]; byProvince: UndatedGroup[] } {
  const undated = events
    .filter((e) => !eventYear(e.date, buildYear))
    .sort(
      (a, b) => (published(b) ?? '').localeCompare(published(a) ?? '') || a.id.localeCompare(b.id),
    );
  const byType = EVENT_TYPES.map((type) => ({
    segment: typeSegment(type),
    label: EVENT_TYPE_LABELS[type],
    events: undated.filter((e) => e.type === type),
  })).filter((g) => g.events.length > 0);
  const provinces = new Map<string, CooperationEvent[]>();
  for (const event of undated) {
    const names = new Set(event.provinces.map((p) => placeName(p.current)));
    if (!names.size) names.add(NO_PROVINCE);
    for (const name of names) provinces.set(name, [...(provinces.get(name) ?? []), event]);
  }
  const byProvince = [...provinces]
    .map(([label, list]) => ({
      segment: `tinh/${label === NO_PROVINCE ? 'khong-ghi-tinh' : asciiSlug(label, 6)}`,
      label,
      events: list,
    }))
    .sort(
      (a, b) =>
        Number(a.label === NO_PROVINCE) - Number(b.label === NO_PROVINCE) ||
        b.events.length - a.events.length ||
        a.label.localeCompare(b.label, 'vi'),
    );
  return { events: undated, byType, byProvince };
}

export function undatedReasons(
  undated: readonly CooperationEvent[],
  published: (event: CooperationEvent) => string | null,
  buildYear = BUILD_YEAR,
): UndatedReasons {
  const reasons = { dayWithoutYear: 0, noDate: 0, impossible: 0, withoutPublication: 0 };
  for (const e of undated) {
    if (isImpossibleDate(e.date, buildYear)) reasons.impossible++;
    else if (e.date.start?.startsWith('--')) reasons.dayWithoutYear++;
    else reasons.noDate++;
    if (!published(e)) reasons.withoutPublication++;
  }
  return reasons;
}

/** The one sentence that says why these events have no year, with the counts. */
export function undatedSentence(
  reasons: UndatedReasons,
  total: number,
  buildYear = BUILD_YEAR,
): string {
  const parts = [
    reasons.dayWithoutYear &&
      `${reasons.dayWithoutYear} chỉ ghi ngày, tháng mà không ghi năm (như “sáng 28/12”)`,
    reasons.noDate && `${reasons.noDate} không nêu ngày nào`,
    reasons.impossible &&
      `${reasons.impossible} có ngày đọc ra sau năm ${buildYear}, chắc chắn sai nên không được dùng`,
  ].filter(Boolean);
  const publication =
    reasons.withoutPublication === total
      ? 'và không bài nào có ngày đăng để suy ra năm'
      : `và ${reasons.withoutPublication} sự kiện đến từ bài không có ngày đăng để suy ra năm`;
  return `Trong ${total} sự kiện chưa rõ năm, ${parts.join(', ')}, ${publication}.`;
}
