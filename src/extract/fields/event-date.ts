/**
 * The main event's date: the first day (or range) in the headline and lead,
 * else in a sentence that reports the event happening; else a month or year
 * from a lead sentence that reports the event or opens with it. Dates that
 * the words around them give another role (a decision's date, the news
 * item's dateline, a founding year, "từ năm 2003", a plan's "đến năm 2030"
 * or "giai đoạn 2016 – 2020", "kéo dài đến 24-12") are never the event's,
 * and a period is never an event's date.
 *
 * A day written without its year takes the year from the publication date,
 * else from the article's other full dates, else its months and years, that
 * may date the event; never from a period, a plan's horizon or a background
 * year. No date is after publication, nor after the current year.
 */
import { findDates, formatPartialDate, type DateMention } from './dates.ts';
import type { EventDate } from '../../lib/schema.ts';
import type { Sentence } from '../clean/sentences.ts';
import { EVENT_VERBS, REPORTING_VERBS } from '../gazetteer/event-verbs.ts';
import { alternation } from '../../lib/regex.ts';

/** What a year-less day takes its year from: the publication date, another full date of the article, or a year it writes. */
interface Context {
  year: number;
  day: string | null;
  isPublication: boolean;
}

export interface DateDecision {
  date: EventDate;
  evidence: string | null;
}

/** A verb that says the event happened in this sentence (matched inside words, as "ký " before anything). */
const EVENT_HAPPENS = new RegExp(alternation(EVENT_VERBS), 'iu');
/**
 * Verbs of saying. A day whose sentence goes on to one of these before any
 * event verb dates the statement ("Chiều 3-6, bác sĩ X cho biết bệnh viện đã …"):
 * it is taken only when no other day reports the event.
 */
const REPORTING = new RegExp(alternation(REPORTING_VERBS), 'iu');
/** A sentence opening with these tells what came before the event, whatever dates it gives ("Trước đó, … sự việc diễn ra đêm 26/9"). */
const BACKGROUND_SENTENCE = /^\s*(?:trước đó|trước đây)(?:$|[^\p{L}])/iu;
/** Words that make a year or month a forecast or plan, not when something happened ("dự kiến sẽ tăng gấp đôi vào năm 2020"). */
const FORECAST = /(?:^|[^\p{L}])(?:sẽ|dự kiến|dự báo|có thể|phấn đấu|mục tiêu)(?:$|[^\p{L}])/iu;
/** What may stand before a month or year that frames the whole sentence ("Năm 2023 đánh dấu …", "Trong năm 2023, …"). */
const OPENS_SENTENCE = /^\s*(?:(?:trong|suốt|riêng|cả)\s+)?$/iu;
/** Roles of dates that tell when the article was written: the event's, or a count's cut-off ("tính đến ngày 4/3/2025"). */
const DATES_THE_TIME: ReadonlySet<DateMention['role']> = new Set(['event', 'until']);
/** The longest an event's day range may run: a training course may take months, never over a year. */
const MAX_EVENT_DAYS = 366;
const DAY_MS = 86_400_000;
const NO_DATE: EventDate = { start: null, end: null, precision: null, yearInferred: false };
/** No event is dated after the year the extraction runs in. */
const CURRENT_YEAR = new Date().getUTCFullYear();

/** Picks and completes the event's date. `leadCount` sentences (after the headline) count as lead. */
export function chooseEventDate(
  sentences: Sentence[],
  leadCount: number,
  publishedAt: string | null,
  currentYear = CURRENT_YEAR,
): DateDecision {
  const all = sentences.map((s) => findDates(s.text));
  const inLead = (i: number) =>
    sentences[i]!.isHeadline || i < firstBodyIndex(sentences) + leadCount;
  const published = publishedAt ?? writtenDateline(all, inLead);
  const latest = published ?? `${currentYear}-12-31`;
  const context: Context | null = published
    ? { year: Number(published.slice(0, 4)), day: published, isPublication: true }
    : contextFromMentions(all, inLead, latest);
  const mentions = all.map((list, i) =>
    BACKGROUND_SENTENCE.test(sentences[i]!.text) ? [] : list.filter((d) => d.role === 'event'),
  );

  const reported: Array<[DateMention, number]> = [];
  const statements: Array<[DateMention, number]> = [];
  const takeDays = (keep: (i: number) => boolean) =>
    mentions.forEach((list, i) => {
      if (!keep(i)) return;
      for (const d of list) {
        if (d.kind !== 'day' && d.kind !== 'range') continue;
        (datesStatement(sentences[i]!.text, d) ? statements : reported).push([d, i]);
      }
    });
  takeDays(inLead);
  takeDays((i) => !inLead(i) && EVENT_HAPPENS.test(sentences[i]!.text));
  for (const [mention, i] of [...reported, ...statements]) {
    const date = completeDay(mention, context, latest);
    if (date) return { date, evidence: sentences[i]!.text };
  }
  for (const [i, list] of mentions.entries()) {
    const text = sentences[i]!.text;
    if (!inLead(i) || FORECAST.test(text)) continue;
    for (const d of list) {
      if (!EVENT_HAPPENS.test(text) && !OPENS_SENTENCE.test(text.slice(0, d.index))) continue;
      const date = coarseDate(d, latest);
      if (date) return { date, evidence: text };
    }
  }
  return { date: NO_DATE, evidence: null };
}

function firstBodyIndex(sentences: Sentence[]): number {
  const i = sentences.findIndex((s) => !s.isHeadline);
  return i < 0 ? sentences.length : i;
}

/** A full date the article gives for itself ("Tin vắn ngày 28/9/2006"): its publication date. */
function writtenDateline(all: DateMention[][], inLead: (i: number) => boolean): string | null {
  for (const [i, list] of all.entries()) {
    if (!inLead(i)) continue;
    const d = list.find((m) => m.role === 'dateline' && m.kind === 'day' && m.startYear !== null);
    if (d) return formatPartialDate(d.startYear, d.startMonth, d.startDay);
  }
  return null;
}

/**
 * Without a publication date: the latest full date (day, month and year) of
 * the article, else the latest month or year its opening writes for what it
 * reports; never a period, a plan's horizon or a background date, and never
 * after `latest`. The latest, because an article mentions the past more often
 * than the future. A bare year further down dates a statistic or someone's
 * past ("126.000 ca (năm 2010)", "Năm 2011, ông là thành viên …"), not the
 * news: a day is better left without a year than given one of those.
 */
function contextFromMentions(
  all: DateMention[][],
  inLead: (i: number) => boolean,
  latest: string,
): Context | null {
  const dating = all.flat().filter((d) => DATES_THE_TIME.has(d.role));
  const fullDays = dating
    .filter((d) => (d.kind === 'day' || d.kind === 'range') && d.startYear !== null)
    .map((d) =>
      d.kind === 'range'
        ? formatPartialDate(d.endYear, d.endMonth, d.endDay)!
        : formatPartialDate(d.startYear, d.startMonth, d.startDay)!,
    )
    .filter((date) => date <= latest)
    .sort();
  if (fullDays.length)
    return {
      year: Number(fullDays.at(-1)!.slice(0, 4)),
      day: fullDays.at(-1)!,
      isPublication: false,
    };
  const years = all
    .flatMap((list, i) => (inLead(i) ? list : []))
    .filter((d) => d.role === 'event' && (d.kind === 'month' || d.kind === 'year'))
    .map((d) => d.startYear!)
    .filter((y) => String(y) <= latest.slice(0, 4));
  return years.length ? { year: Math.max(...years), day: null, isPublication: false } : null;
}

/**
 * The year of a day written without one: a day after the publication date is
 * last year's ("28/12" published in January); a day near another full date of
 * the article takes the year that puts it nearest ("30-1" beside "20-12-2017"
 * is 2018), never after `latest`.
 */
function yearFor(month: number, day: number, context: Context, latest: string): number {
  if (context.isPublication)
    return formatPartialDate(context.year, month, day)! > latest ? context.year - 1 : context.year;
  if (context.day === null) return context.year;
  const anchor = Date.parse(context.day);
  const candidates = [context.year - 1, context.year, context.year + 1].filter(
    (y) => formatPartialDate(y, month, day)! <= latest,
  );
  let best = context.year;
  let bestDistance = Infinity;
  for (const y of candidates) {
    const distance = Math.abs(Date.UTC(y, month - 1, day) - anchor);
    if (distance < bestDistance) [best, bestDistance] = [y, distance];
  }
  return best;
}

/** Whether the sentence goes on from the day to a verb of saying before any event verb. */
function datesStatement(sentence: string, d: DateMention): boolean {
  const after = sentence.slice(d.index + d.text.length);
  const saying = REPORTING.exec(after)?.index;
  if (saying === undefined) return false;
  const happening = EVENT_HAPPENS.exec(after)?.index;
  return happening === undefined || saying < happening;
}

function completeDay(d: DateMention, context: Context | null, latest: string): EventDate | null {
  const yearWritten = (d.kind === 'range' ? d.endYear : d.startYear) !== null;
  let startYear = d.startYear;
  let endYear = d.kind === 'range' ? d.endYear : d.startYear;
  if (!yearWritten && context !== null) {
    const endMonth = d.kind === 'range' ? d.endMonth! : d.startMonth!;
    endYear = yearFor(endMonth, d.kind === 'range' ? d.endDay! : d.startDay!, context, latest);
    startYear = d.kind === 'range' && d.startMonth! > endMonth ? endYear - 1 : endYear;
  }
  const start = formatPartialDate(startYear, d.startMonth, d.startDay);
  const end = d.kind === 'range' ? formatPartialDate(endYear, d.endMonth, d.endDay) : start;
  if (!start || !end) return null;
  if (yearWritten && start > latest) return null; // a plan, not the event reported
  // An event lasts days or weeks; a range of years is an anniversary or a programme ("27/2/1955 – 27/2/2018").
  if (start.length === 10 && Date.parse(end) - Date.parse(start) > MAX_EVENT_DAYS * DAY_MS)
    return null;
  return { start, end, precision: 'day', yearInferred: !yearWritten };
}

/** A month or a year; a period ("giai đoạn 2016 – 2020", "6 tháng đầu năm") spans a programme or a report, not an event. */
function coarseDate(d: DateMention, latest: string): EventDate | null {
  if (d.startYear === null || String(d.startYear) > latest.slice(0, 4)) return null;
  if (d.kind === 'month') {
    const start = formatPartialDate(d.startYear, d.startMonth, null)!;
    return start > latest.slice(0, 7)
      ? null
      : { start, end: start, precision: 'month', yearInferred: false };
  }
  if (d.kind === 'year')
    return {
      start: String(d.startYear),
      end: String(d.startYear),
      precision: 'year',
      yearInferred: false,
    };
  return null;
}
