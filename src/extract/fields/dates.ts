/**
 * Vietnamese dates: day first (`5/5`, `4-2`, `19/5/2025`, `ngày 12 tháng 10`),
 * ranges (`Từ ngày 19 đến 22/5/2025`), times of day (`Sáng 5/5`), months,
 * years and periods (`giai đoạn 2024 – 2030`, `3 tháng đầu năm 2025`).
 */

export interface DateMention {
  kind: 'day' | 'range' | 'month' | 'year' | 'period';
  /** Parts as written; a missing year is null. */
  startDay: number | null;
  startMonth: number | null;
  startYear: number | null;
  endDay: number | null;
  endMonth: number | null;
  endYear: number | null;
  /** Character offset in the sentence. */
  index: number;
  text: string;
  /** The date of a decision or letter ("Quyết định số 5239/QĐ-BYT ngày 23/9/2016"), not of an event. */
  isDocumentDate: boolean;
}

const D = '(3[01]|[12]\\d|0?[1-9])(?!\\d)';
const M = '(1[0-2]|0?[1-9])(?!\\d)';
const Y = '((?:19|20)\\d{2})';
const SEP = '[/.-]';
const DASH = '\\s*(?:-|–|—|đến|tới|và)\\s*';
const DAY_CUE = '(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng|hôm|ngày|mùng|mồng|từ|đến|tới|và|vào)\\s+(?:ngày\\s+|hôm\\s+)?)';

interface Rule {
  kind: DateMention['kind'];
  pattern: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, 'kind' | 'index' | 'text' | 'isDocumentDate'> | null;
}

const n = (s: string | undefined) => (s === undefined ? null : Number(s));
const empty = { startDay: null, startMonth: null, startYear: null, endDay: null, endMonth: null, endYear: null };

/** Rules in priority order: a span taken by one rule is not read again by a later one. */
const RULES: Rule[] = [
  {
    // từ ngày 19 đến 22/5/2025 · 19-22/5 · từ 30/4 đến 2/5/2025 · từ 28/12/2024 đến 3/1/2025
    kind: 'range',
    pattern: new RegExp(`(?:từ\\s+)?(?:ngày\\s+)?${D}(?:${SEP}${M}(?:${SEP}${Y})?)?${DASH}(?:ngày\\s+)?${D}${SEP}${M}(?:${SEP}${Y})?(?![\\d/])`, 'giu'),
    read: (m) => {
      const endYear = n(m[6]);
      const endMonth = n(m[5])!;
      const startMonth = n(m[2]) ?? endMonth;
      const startYear = n(m[3]) ?? (endYear === null ? null : startMonth > endMonth ? endYear - 1 : endYear);
      return { startDay: n(m[1]), startMonth, startYear, endDay: n(m[4]), endMonth, endYear };
    },
  },
  {
    kind: 'day',
    pattern: new RegExp(`ngày\\s+${D}\\s+tháng\\s+${M}(?:\\s+năm\\s+${Y})?`, 'giu'),
    read: (m) => ({ ...empty, startDay: n(m[1]), startMonth: n(m[2]), startYear: n(m[3]) }),
  },
  {
    kind: 'day',
    pattern: new RegExp(`(?<![\\d/.,-])${D}${SEP}${M}${SEP}${Y}(?![\\d/])`, 'gu'),
    read: (m) => ({ ...empty, startDay: n(m[1]), startMonth: n(m[2]), startYear: n(m[3]) }),
  },
  {
    // Year-less day-month needs a cue word, or "5/5" would also read fractions and "24/7".
    kind: 'day',
    pattern: new RegExp(`(?<![\\p{L}\\d])${DAY_CUE}${D}${SEP}${M}(?![\\d/.,]\\d|\\d|%)`, 'giu'),
    read: (m) => ({ ...empty, startDay: n(m[1]), startMonth: n(m[2]) }),
  },
  {
    kind: 'period',
    pattern: new RegExp(`(\\d{1,2})\\s+tháng\\s+(?:đầu|cuối)\\s+năm\\s+${Y}`, 'giu'),
    read: (m) => {
      const months = Number(m[1]);
      const first = /cuối/i.test(m[0]) ? 13 - months : 1;
      if (months < 1 || months > 12) return null;
      return { ...empty, startMonth: first, startYear: n(m[2]), endMonth: first + months - 1, endYear: n(m[2]) };
    },
  },
  {
    kind: 'month',
    pattern: new RegExp(`tháng\\s+${M}(?:\\s*${SEP}\\s*${Y}|\\s+năm\\s+${Y})?(?![\\d/])`, 'giu'),
    read: (m) => ({ ...empty, startMonth: n(m[1]), startYear: n(m[2] ?? m[3]) }),
  },
  {
    // giai đoạn 2024 – 2030 · (2021 - 2022) · 2016-2020
    kind: 'period',
    pattern: new RegExp(`(?<![\\d/.-])${Y}\\s*(?:-|–|—|đến)\\s*${Y}(?![\\d/])`, 'gu'),
    read: (m) => (Number(m[2]) > Number(m[1]) ? { ...empty, startYear: n(m[1]), endYear: n(m[2]) } : null),
  },
  {
    kind: 'year',
    pattern: new RegExp(`(?:năm|Năm|NĂM)\\s+${Y}(?!\\d)|\\(\\s*${Y}\\s*\\)`, 'gu'),
    read: (m) => ({ ...empty, startYear: n(m[1] ?? m[2]) }),
  },
];

const DOCUMENT_BEFORE = /(?:quyết định|qđ|công văn|nghị quyết|thông tư|nghị định|chỉ thị|văn bản|tờ trình|kế hoạch|số\s+\S*\d\S*)[^.;]{0,40}$/iu;

/** Every date in a sentence, left to right. */
export function findDates(sentence: string): DateMention[] {
  const taken: Array<[number, number]> = [];
  const out: DateMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const parts = rule.read(m);
      if (!parts || !isValid(parts)) continue;
      taken.push([start, end]);
      out.push({ kind: rule.kind, ...parts, index: start, text: m[0], isDocumentDate: DOCUMENT_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function isValid(p: Omit<DateMention, 'kind' | 'index' | 'text' | 'isDocumentDate'>): boolean {
  const dayOk = (d: number | null, mo: number | null, y: number | null) => {
    if (d === null || mo === null) return true;
    const date = new Date(Date.UTC(y ?? 2024, mo - 1, d)); // 2024 is a leap year: 29/2 stays valid without a year
    return date.getUTCDate() === d;
  };
  if (!dayOk(p.startDay, p.startMonth, p.startYear) || !dayOk(p.endDay, p.endMonth, p.endYear)) return false;
  if (p.endDay !== null && p.startDay !== null && p.startMonth === p.endMonth && p.startYear === p.endYear && p.endDay < p.startDay) return false;
  return true;
}

const pad = (v: number) => String(v).padStart(2, '0');

/** ISO-style partial date for a day, month or year, with `--MM-DD` when the year is unknown. */
export function formatPartialDate(year: number | null, month: number | null, day: number | null): string | null {
  if (month !== null && day !== null) return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
  if (month !== null) return year === null ? null : `${year}-${pad(month)}`;
  return year === null ? null : String(year);
}
