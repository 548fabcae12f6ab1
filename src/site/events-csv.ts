/**
 * events.csv for spreadsheets: one row per event, lists joined with "; ",
 * RFC 4180 quoting, and a BOM so Excel reads the Vietnamese as UTF-8. Dates
 * are the ones the site shows (src/site/display-dates.ts): a row never claims
 * a year the text does not give, nor one after the build's year.
 */
import type { Article, CooperationEvent } from '../lib/schema.ts';
import { EVENT_TYPE_LABELS } from './labels.ts';
import { BUILD_YEAR, credibleDate, eventYear, formatEventDate } from './display-dates.ts';
import { eventPath } from './paths.ts';

/** Every column, in order, with what it means to a reader of the spreadsheet (shown on /du-lieu/). */
export const CSV_COLUMN_MEANINGS = {
  id: 'Mã ổn định của sự kiện (như trong events.json).',
  slug: 'Đoạn đường dẫn của trang sự kiện.',
  url: 'Địa chỉ trang sự kiện.',
  title: 'Tiêu đề.',
  type: 'Mã loại sự kiện (working-visit, conference, agreement…).',
  type_label: 'Loại sự kiện bằng tiếng Việt, như trang web ghi.',
  date_display: 'Ngày như trang web ghi (“17/3, năm suy đoán 2025”, “28/12, chưa rõ năm”).',
  date_start:
    'Ngày bắt đầu theo ISO: YYYY-MM-DD, YYYY-MM, YYYY, hoặc --MM-DD khi bài không cho biết năm; trống khi chưa rõ.',
  date_end: 'Ngày kết thúc, cùng dạng với date_start.',
  date_precision: 'day, month hoặc year; trống khi chưa rõ ngày.',
  year: 'Năm của sự kiện; trống khi không biết năm (không bao giờ đoán thêm).',
  year_inferred:
    'true khi năm được suy ra (không viết cạnh ngày trong bài), false khi bài ghi rõ; trống khi không có năm.',
  provinces: 'Tỉnh, thành phố theo tên gọi tại thời điểm sự kiện.',
  provinces_current: 'Tỉnh, thành phố hiện nay (từ 1/7/2025).',
  countries: 'Các quốc gia khác tham gia.',
  organisations: 'Cơ quan, đơn vị tham gia.',
  people: 'Người tham dự, kèm chức danh.',
  topics: 'Bệnh, kỹ thuật, chuyên khoa.',
  publisher: 'Cơ quan báo chí đăng các bài báo nguồn, khi biết.',
  source_article_ids: 'Các bài báo nguồn (id trong articles.json).',
  summary: 'Tóm tắt.',
} as const;

export type CsvColumn = keyof typeof CSV_COLUMN_MEANINGS;
export const CSV_COLUMNS = Object.keys(CSV_COLUMN_MEANINGS) as CsvColumn[];

/**
 * One cell, quoted when it must be. Text read from articles that starts like a formula (=, +, -, @,
 * a tab) is opened with an apostrophe so a spreadsheet shows it rather than running it.
 */
const quote = (value: string) => {
  const cell = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
};

/** One event's cells, by column. `articles` gives each source article's publisher. */
export function csvCells(
  e: CooperationEvent,
  site: URL,
  articles: ReadonlyMap<string, Pick<Article, 'publisher'>>,
  buildYear = BUILD_YEAR,
): Record<CsvColumn, string> {
  const date = credibleDate(e.date, buildYear);
  const year = eventYear(e.date, buildYear);
  const publishers = e.sourceArticleIds
    .map((id) => articles.get(id)?.publisher?.trim())
    .filter((p): p is string => !!p);
  return {
    id: e.id,
    slug: e.slug,
    url: new URL(eventPath(e.slug), site).href,
    title: e.title,
    type: e.type,
    type_label: EVENT_TYPE_LABELS[e.type],
    date_display: formatEventDate(e.date, buildYear),
    date_start: date.start ?? '',
    date_end: date.end ?? '',
    date_precision: date.precision ?? '',
    year: year ?? '',
    year_inferred: year ? String(date.yearInferred) : '',
    provinces: e.provinces.map((p) => p.name).join('; '),
    provinces_current: [...new Set(e.provinces.map((p) => p.current))].join('; '),
    countries: e.countries.join('; '),
    organisations: e.organisations.map((o) => o.name).join('; '),
    people: e.people.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join('; '),
    topics: e.topics.join('; '),
    publisher: [...new Set(publishers)].join('; '),
    source_article_ids: e.sourceArticleIds.join('; '),
    summary: e.summary,
  };
}

export function eventsToCsv(
  events: CooperationEvent[],
  site: URL,
  articles: ReadonlyMap<string, Pick<Article, 'publisher'>>,
  buildYear = BUILD_YEAR,
): string {
  const rows = events.map((e) => {
    const cells = csvCells(e, site, articles, buildYear);
    return CSV_COLUMNS.map((c) => quote(cells[c])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
