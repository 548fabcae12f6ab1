/**
 * The main event's date: the first day (or range) in the headline and lead,
 * else in a sentence that reports the event happening; else a month, period
 * or year from the lead. A day written without its year takes the year from
 * the publication date, else from the article's other dates, and is marked
 * as inferred. Never a date after publication.
 */
import { findDates, formatPartialDate, type DateMention } from './dates.ts';
import type { EventDate } from '../../lib/schema.ts';
import type { Sentence } from '../clean/sentences.ts';

export interface DateDecision {
  date: EventDate;
  evidence: string | null;
}

/** Verbs that say the event happened in this sentence. */
const EVENT_HAPPENS = /tổ chức|ký kết|ký |diễn ra|làm việc|khai mạc|tiếp|thăm|hội thảo|hội nghị|trao|bàn giao|tiến hành|phối hợp|đã có buổi|công bố|đón|khánh thành|ra mắt|khởi động|thực hiện|tham dự|đến/iu;
const NO_DATE: EventDate = { start: null, end: null, precision: null, yearInferred: false };

/** Picks and completes the event's date. `leadCount` sentences (after the headline) count as lead. */
export function chooseEventDate(sentences: Sentence[], leadCount: number, publishedAt: string | null): DateDecision {
  const mentions = sentences.map((s) => findDates(s.text).filter((d) => !d.isDocumentDate));
  const contextYear = yearFromContext(mentions.flat(), publishedAt);
  const inLead = (i: number) => sentences[i]!.isHeadline || i < firstBodyIndex(sentences) + leadCount;

  const dayCandidates: Array<[DateMention, number]> = [];
  mentions.forEach((list, i) => list.forEach((d) => {
    if (d.kind === 'day' || d.kind === 'range') dayCandidates.push([d, i]);
  }));
  const ordered = [
    ...dayCandidates.filter(([, i]) => inLead(i)),
    ...dayCandidates.filter(([, i]) => !inLead(i) && EVENT_HAPPENS.test(sentences[i]!.text)),
  ];
  for (const [mention, i] of ordered) {
    const date = completeDay(mention, contextYear, publishedAt);
    if (date) return { date, evidence: sentences[i]!.text };
  }
  for (const [i, list] of mentions.entries()) {
    if (!inLead(i)) continue;
    for (const d of list) {
      const date = coarseDate(d, publishedAt);
      if (date) return { date, evidence: sentences[i]!.text };
    }
  }
  return { date: NO_DATE, evidence: null };
}

function firstBodyIndex(sentences: Sentence[]): number {
  const i = sentences.findIndex((s) => !s.isHeadline);
  return i < 0 ? sentences.length : i;
}

/** The year a year-less day most likely belongs to. */
function yearFromContext(all: DateMention[], publishedAt: string | null): number | null {
  if (publishedAt) return Number(publishedAt.slice(0, 4));
  const fullDays = all.filter((d) => (d.kind === 'day' || d.kind === 'range') && d.startYear !== null).map((d) => d.startYear!);
  if (fullDays.length) return Math.max(...fullDays);
  const years = all.filter((d) => d.startYear !== null && d.kind !== 'day').map((d) => d.startYear!);
  return years.length ? Math.max(...years) : null;
}

function completeDay(d: DateMention, contextYear: number | null, publishedAt: string | null): EventDate | null {
  const yearWritten = (d.kind === 'range' ? d.endYear : d.startYear) !== null;
  let startYear = d.startYear;
  let endYear = d.kind === 'range' ? d.endYear : d.startYear;
  if (!yearWritten && contextYear !== null) {
    endYear = contextYear;
    const endMonth = d.kind === 'range' ? d.endMonth! : d.startMonth!;
    const endDay = d.kind === 'range' ? d.endDay! : d.startDay!;
    // Published in January about "28/12": last year.
    if (publishedAt && formatPartialDate(endYear, endMonth, endDay)! > publishedAt) endYear -= 1;
    startYear = d.kind === 'range' && d.startMonth! > endMonth ? endYear - 1 : endYear;
  }
  const start = formatPartialDate(startYear, d.startMonth, d.startDay);
  const end = d.kind === 'range' ? formatPartialDate(endYear, d.endMonth, d.endDay) : start;
  if (!start || !end) return null;
  if (publishedAt && yearWritten && start > publishedAt) return null; // a plan, not the event reported
  return { start, end, precision: 'day', yearInferred: !yearWritten };
}

function coarseDate(d: DateMention, publishedAt: string | null): EventDate | null {
  if (d.kind === 'month' && d.startYear !== null) {
    const start = formatPartialDate(d.startYear, d.startMonth, null)!;
    return publishedAt && start > publishedAt.slice(0, 7) ? null : { start, end: start, precision: 'month', yearInferred: false };
  }
  if (d.kind === 'period' && d.startMonth !== null) {
    return { start: formatPartialDate(d.startYear, d.startMonth, null), end: formatPartialDate(d.endYear, d.endMonth, null), precision: 'month', yearInferred: false };
  }
  if ((d.kind === 'year' || d.kind === 'period') && d.startYear !== null) {
    if (publishedAt && String(d.startYear) > publishedAt.slice(0, 4)) return null;
    return { start: String(d.startYear), end: String(d.endYear ?? d.startYear), precision: 'year', yearInferred: false };
  }
  return null;
}
