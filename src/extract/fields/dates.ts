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
  /** What the words around the date say it dates (see ROLE_CUES). */
  role: DateRole;
}

/**
 * `event`: nothing says the date is not the event's. The others date
 * something else: a decision or letter, the news item itself, a past state
 * the event builds on, a plan's horizon, or a day something lasts until.
 */
export type DateRole = 'event' | 'document' | 'dateline' | 'background' | 'target' | 'until';

const D = '(3[01]|[12]\\d|0?[1-9])(?!\\d)';
const M = '(1[0-2]|0?[1-9])(?!\\d)';
const Y = '((?:19|20)\\d{2})';
const SEP = '[/.-]';
const DASH = '\\s*(?:-|–|—|đến|tới|và)\\s*';
// "Hôm qua 21-12", "sáng nay 30-1": a newspaper's relative day written with its date.
const DAY_CUE =
  '(?:(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\\s+(?:nay|qua)|sáng|chiều|tối|trưa|đêm|rạng sáng|hôm|ngày|mùng|mồng|từ|đến|tới|và|vào)\\s+(?:ngày\\s+|hôm\\s+)?)';

interface Rule {
  kind: DateMention['kind'];
  pattern: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, 'kind' | 'index' | 'text' | 'role'> | null;
}

const n = (s: string | undefined) => (s === undefined ? null : Number(s));
const empty = {
  startDay: null,
  startMonth: null,
  startYear: null,
  endDay: null,
  endMonth: null,
  endYear: null,
};

/** Rules in priority order: a span taken by one rule is not read again by a later one. */
const RULES: Rule[] = [
  {
    // từ ngày 19 đến 22/5/2025 · 19-22/5 · từ 30/4 đến 2/5/2025 · từ 28/12/2024 đến 3/1/2025
    kind: 'range',
    pattern: new RegExp(
      `(?:từ\\s+)?(?:ngày\\s+)?${D}(?:${SEP}${M}(?:${SEP}${Y})?)?${DASH}(?:ngày\\s+)?${D}${SEP}${M}(?:${SEP}${Y})?(?![\\d/])`,
      'giu',
    ),
    read: (m) => {
      const endYear = n(m[6]);
      const endMonth = n(m[5])!;
      const startMonth = n(m[2]) ?? endMonth;
      const startYear =
        n(m[3]) ?? (endYear === null ? null : startMonth > endMonth ? endYear - 1 : endYear);
      return { startDay: n(m[1]), startMonth, startYear, endDay: n(m[4]), endMonth, endYear };
    },
  },
  {
    kind: 'day',
    pattern: new RegExp(`ngày\\s+${D}\\s+tháng\\s+${M}(?:\\s+năm\\s+${Y})?`, 'giu'),
    read: (m) => ({ ...empty, startDay: n(m[1]), startMonth: n(m[2]), startYear: n(m[3]) }),
  },
  {
    // Not after "tháng": "tháng 3-4/2006" is March and April, not the 3rd of April.
    kind: 'day',
    pattern: new RegExp(`(?<![\\d/.,-]|tháng\\s+)${D}${SEP}${M}${SEP}${Y}(?![\\d/])`, 'giu'),
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
      return {
        ...empty,
        startMonth: first,
        startYear: n(m[2]),
        endMonth: first + months - 1,
        endYear: n(m[2]),
      };
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
    read: (m) =>
      Number(m[2]) > Number(m[1]) ? { ...empty, startYear: n(m[1]), endYear: n(m[2]) } : null,
  },
  {
    kind: 'year',
    pattern: new RegExp(`(?:năm|Năm|NĂM)\\s+${Y}(?!\\d)|\\(\\s*${Y}\\s*\\)`, 'gu'),
    read: (m) => ({ ...empty, startYear: n(m[1] ?? m[2]) }),
  },
];

/** Words right after a match that make it a quantity, not a date: "trẻ từ 1-5 tuổi", "6-9 tháng tuổi", "1/3 số người". */
const NOT_A_DATE_AFTER = /^\s*(?:(?:tháng\s+)?tuổi|số\s)/iu;
/** Three small numbers joined by dashes are a sequence ("lớp 8-9-10", "5-10-15 người", "90-90-90"), not a range of days. */
const SEQUENCE = /^\d{1,2}\s*-\s*\d{1,2}-\d{1,2}$/u;

interface RoleCue {
  role: Exclude<DateRole, 'event'>;
  /** The mention kinds the cue applies to. */
  kinds: ReadonlyArray<DateMention['kind']>;
  /** Tested on the 60 characters before the mention's first digit (its cue words, "đến", "năm", included). */
  before?: RegExp;
  /** Tested on the 30 characters after the mention. */
  after?: RegExp;
}

const ALL_KINDS: ReadonlyArray<DateMention['kind']> = ['day', 'range', 'month', 'year', 'period'];
const COARSE_KINDS: ReadonlyArray<DateMention['kind']> = ['month', 'year', 'period'];
/** A cue ending right before the date, allowing the date's own unit word ("ngày", "năm", "tháng"). */
const cueBefore = (words: string) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${words})\\s+(?:(?:ngày|năm|tháng)\\s+)?$`, 'iu');

/** First cue that matches wins. */
const ROLE_CUES: RoleCue[] = [
  // "Quyết định số 5239/QĐ-BYT ngày 23/9/2016": the date of a decision or letter.
  {
    role: 'document',
    kinds: ALL_KINDS,
    before:
      /(?:quyết định|qđ|công văn|nghị quyết|thông tư|nghị định|chỉ thị|văn bản|tờ trình|kế hoạch|số\s+\S*\d\S*)[^.;]{0,40}$/iu,
  },
  // "Luật Giáo dục năm 1998", "Công ước … về Luật Biển năm 1982": the year in a law's or treaty's name.
  {
    role: 'document',
    kinds: ['year'],
    before: /(?:luật|công ước|hiệp định|hiệp ước|hiến pháp|hiến chương)[^.;,]{0,50}$/iu,
  },
  // "luật … được áp dụng từ 1/1", "có hiệu lực từ ngày 1/7": when a rule takes effect.
  {
    role: 'document',
    kinds: ALL_KINDS,
    before: cueBefore('(?:áp dụng|có hiệu lực|hiệu lực thi hành)(?:\\s+(?:kể\\s+)?từ)?'),
  },
  // "Tin vắn ngày 28/9", "Bản tin ngày 5/5": the news item's own date, the day it was published.
  {
    role: 'dateline',
    kinds: ALL_KINDS,
    before: cueBefore('tin vắn|bản tin|điểm tin|tin nhanh|cập nhật(?:\\s+lúc)?|đăng(?:\\s+lúc)?'),
  },
  // "Trước đó, ngày 6/5/2015 …", "Trước đó chiều 2/5": what led up to the event.
  {
    role: 'background',
    kinds: ALL_KINDS,
    before: cueBefore('trước đó,?(?:\\s+vào)?(?:\\s+(?:sáng|chiều|tối|trưa|hôm))?'),
  },
  // "thành lập năm 1946", "ra đời ngày 19/5/1946", "hoạt động từ năm 1986", "ông A (sinh năm 1960)": when an institution began, when a person was born.
  {
    role: 'background',
    kinds: ALL_KINDS,
    before: cueBefore(
      '(?:thành lập|ra đời|sinh)(?:\\s+(?:từ|vào|trong))?|hoạt động\\s+(?:kể\\s+)?từ',
    ),
  },
  // "Từ ngày 10/9 đến nay, đơn vị đã mổ 8 ca": a span from a day up to now, not the day of the event.
  {
    role: 'background',
    kinds: ['day'],
    after: /^\s*(?:đến|tới|cho đến)\s+nay(?![\p{L}\p{M}])/iu,
  },
  // "từ năm 2003", "kể từ tháng 6/2003", "hồi giữa năm 2004", "trước năm 2001", "từ những năm 1970": a past state.
  {
    role: 'background',
    kinds: COARSE_KINDS,
    before: cueBefore(
      '(?:(?:kể\\s+)?từ|hồi|trước|cách đây)(?:\\s+những)?(?:\\s+(?:đầu|giữa|cuối))?',
    ),
  },
  // "virus từng giết hơn 1 triệu người năm 1957": "từng" tells of something that once happened.
  {
    role: 'background',
    kinds: COARSE_KINDS,
    before: /(?:^|[^\p{L}])từng(?:$|[^\p{L}])[^.;,]{0,40}$/iu,
  },
  // "vụ nổ Trung tâm Thương mại thế giới ngày 11/9/2001": an incident named with its date.
  {
    role: 'background',
    kinds: ALL_KINDS,
    before:
      /(?:^|[^\p{L}])vụ\s+(?:nổ|cháy|tai nạn|khủng bố|tấn công|ngộ độc|sập|va chạm|động đất|sóng thần)(?:$|[^\p{L}])[^.;,]{0,50}$/iu,
  },
  // "theo báo cáo của UNICEF năm 1993", "số liệu điều tra năm 2019": the year a statistic was counted.
  {
    role: 'background',
    kinds: COARSE_KINDS,
    before:
      /(?:^|[^\p{L}])(?:báo cáo|thống kê|số liệu|khảo sát|điều tra)(?:$|[^\p{L}])[^.;]{0,55}$/iu,
  },
  // "giai đoạn 2016 – 2020", "nhiệm kỳ 2012-2017", "tầm nhìn 2030", "trong giai đoạn từ 1/1/2010 …": a programme's span.
  {
    role: 'target',
    kinds: ALL_KINDS,
    before: /(?:giai đoạn|nhiệm kỳ|tầm nhìn|lộ trình|chiến lược)[^.;,]{0,30}$/iu,
  },
  // "đến năm 2030", "tới cuối năm 2025", "phấn đấu năm 2025", "sẽ lên đến 17,5 tỷ USD vào năm 2010": a plan's or forecast's horizon.
  {
    role: 'target',
    kinds: COARSE_KINDS,
    before: cueBefore('(?:đến|tới|sau)(?:\\s+(?:hết|đầu|giữa|cuối))?'),
  },
  {
    role: 'target',
    kinds: COARSE_KINDS,
    before: /(?:^|[^\p{L}])(?:phấn đấu|mục tiêu|dự kiến|dự báo|sẽ)(?:$|[^\p{L}])[^.;]{0,40}$/iu,
  },
  // "năm 2025 phấn đấu …", "năm 2020 sẽ …": a year followed by what is planned for it.
  {
    role: 'target',
    kinds: COARSE_KINDS,
    after: /^\s*,?\s*(?:phấn đấu|sẽ|dự kiến|cần đạt|đặt mục tiêu)/iu,
  },
  // "kéo dài đến 24-12", "tính đến ngày 8-8", "trước ngày 20/11", "hạn chót … là ngày 15/11": an end, a count's cut-off or a deadline.
  {
    role: 'until',
    kinds: ['day'],
    before: cueBefore(
      '(?:kéo dài\\s+)?(?:đến|tới)(?:\\s+hết)?|trước|chậm nhất(?:\\s+là)?|hạn chót[^.;]{0,40}',
    ),
  },
];

function roleOf(kind: DateMention['kind'], before: string, after: string): DateRole {
  for (const cue of ROLE_CUES) {
    if (!cue.kinds.includes(kind)) continue;
    if ((cue.before && cue.before.test(before)) || (cue.after && cue.after.test(after)))
      return cue.role;
  }
  return 'event';
}

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
      const after = sentence.slice(end, end + 30);
      if (NOT_A_DATE_AFTER.test(after) || SEQUENCE.test(m[0])) continue;
      const parts = rule.read(m);
      if (!parts || !isValid(parts)) continue;
      taken.push([start, end]);
      const cueWords = m[0].replace(/\d[\s\S]*$/u, '');
      out.push({
        kind: rule.kind,
        ...parts,
        index: start,
        text: m[0],
        role: roleOf(rule.kind, sentence.slice(Math.max(0, start - 60), start) + cueWords, after),
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function isValid(p: Omit<DateMention, 'kind' | 'index' | 'text' | 'role'>): boolean {
  const dayOk = (d: number | null, mo: number | null, y: number | null) => {
    if (d === null || mo === null) return true;
    const date = new Date(Date.UTC(y ?? 2024, mo - 1, d)); // 2024 is a leap year: 29/2 stays valid without a year
    return date.getUTCDate() === d;
  };
  if (!dayOk(p.startDay, p.startMonth, p.startYear) || !dayOk(p.endDay, p.endMonth, p.endYear))
    return false;
  if (
    p.endDay !== null &&
    p.startDay !== null &&
    p.startMonth === p.endMonth &&
    p.startYear === p.endYear &&
    p.endDay < p.startDay
  )
    return false;
  // A range runs backwards across New Year only from the year's last months ("28/12 đến 3/1"); "1/3 đến 1/2 số người" is two fractions.
  if (
    p.startMonth !== null &&
    p.endMonth !== null &&
    p.startMonth > p.endMonth &&
    !(p.startMonth >= 11 && p.endMonth <= 2)
  )
    return false;
  return true;
}

const pad = (v: number) => String(v).padStart(2, '0');

/** ISO-style partial date for a day, month or year, with `--MM-DD` when the year is unknown. */
export function formatPartialDate(
  year: number | null,
  month: number | null,
  day: number | null,
): string | null {
  if (month !== null && day !== null)
    return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
  if (month !== null) return year === null ? null : `${year}-${pad(month)}`;
  return year === null ? null : String(year);
}
