/**
 * A few hundred events written for the public site's tests: every kind of
 * date the timeline must place (day, month only, year only, a day without
 * its year, none at all, one after the build year), summaries that open with
 * scraped noise or hold abbreviations, provinces in both tone styles (Hoà
 * Bình, Khánh Hòa), several institutions and partner countries. Records are
 * validated with the contract's schemas and written as the extraction writes
 * them (JSON arrays sorted by id).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ArticleSchema,
  DelegationSchema,
  EVENT_TYPES,
  EventSchema,
  OutcomeSchema,
  type Article,
  type CooperationEvent,
  type Delegation,
  type EventDate,
  type Outcome,
  type ProvinceRef,
} from '../../src/lib/schema.ts';
import { BUILD_YEAR } from '../../src/site/display-dates.ts';

/** Province refs as the extraction writes them: the name at the event's date and the current province (pre-2025 names keep the gazetteer's spelling). */
const PROVINCES: ProvinceRef[] = [
  { name: 'Hoà Bình', code: '17', current: 'Phú Thọ' },
  { name: 'Khánh Hòa', code: '56', current: 'Khánh Hòa' },
  { name: 'Lào Cai', code: '10', current: 'Lào Cai' },
  { name: 'Yên Bái', code: '15', current: 'Lào Cai' },
  { name: 'Hà Nội', code: '01', current: 'Hà Nội' },
  { name: 'Hồ Chí Minh', code: '79', current: 'Hồ Chí Minh' },
  { name: 'Hà Tĩnh', code: '42', current: 'Hà Tĩnh' },
  { name: 'Thanh Hóa', code: '38', current: 'Thanh Hóa' },
  { name: 'Đà Nẵng', code: '48', current: 'Đà Nẵng' },
  { name: 'Cà Mau', code: '96', current: 'Cà Mau' },
];
const INSTITUTIONS = [
  'Bệnh viện Bạch Mai',
  'Bệnh viện Chợ Rẫy',
  'Bệnh viện Trung ương Huế',
  'Sở Y tế Hà Tĩnh',
  'Bệnh viện Nhi Trung ương',
  'Trường Đại học Y Hà Nội',
  'Bệnh viện K',
  'Viện Pasteur Nha Trang',
];
const COUNTRIES = ['Nhật Bản', 'Hàn Quốc', 'Pháp', 'Hoa Kỳ', 'Cuba', 'Lào'];
/** Summaries that a naive first-sentence cut gets wrong; `lead` is the sentence the timeline must show. */
export const SUMMARIES = [
  {
    summary:
      'Sáng nay, đoàn công tác của Toàn TP. Hà Nội đã làm việc với Sở Y tế. Hai bên thống nhất nhiều nội dung.',
    lead: 'Sáng nay, đoàn công tác của Toàn TP. Hà Nội đã làm việc với Sở Y tế.',
  },
  {
    summary:
      '>> Mua bảo hiểm du lịch trực tuyến giá rẻ\nBệnh viện tuyến trên chuyển giao kỹ thuật cho bệnh viện tỉnh. Ca đầu tiên thành công.',
    lead: 'Bệnh viện tuyến trên chuyển giao kỹ thuật cho bệnh viện tỉnh.',
  },
  {
    summary:
      'GS.TS. Trần Văn Bình dẫn đầu đoàn chuyên gia đến tập huấn cho cán bộ y tế. Lớp học kéo dài một tuần.',
    lead: 'GS.TS. Trần Văn Bình dẫn đầu đoàn chuyên gia đến tập huấn cho cán bộ y tế.',
  },
  {
    summary: 'Hai bên ký biên bản ghi nhớ hợp tác về đào tạo nhân lực.',
    lead: 'Hai bên ký biên bản ghi nhớ hợp tác về đào tạo nhân lực.',
  },
];
/** The year after the build year that one event wrongly carries: it must never show as a date. */
export const FUTURE_YEAR = BUILD_YEAR + 4;
/** One event long before the others (2018 on): the year chart must show the years between. */
export const LONE_EARLY_YEAR = 2009;

const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const pad = (n: number) => String(n).padStart(2, '0');

/** The date of event `i`: mostly days, and every other kind the timeline must place. */
function dateOf(i: number): EventDate {
  const year = 2018 + (i % 7);
  const month = 1 + ((i * 5) % 12);
  const day = 1 + ((i * 11) % 28);
  switch (i % 10) {
    case 3:
      return {
        start: `${year}-${pad(month)}`,
        end: `${year}-${pad(month)}`,
        precision: 'month',
        yearInferred: false,
      };
    case 5:
      return { start: String(year), end: String(year), precision: 'year', yearInferred: false };
    case 7:
      return {
        start: `--${pad(month)}-${pad(day)}`,
        end: `--${pad(month)}-${pad(day)}`,
        precision: 'day',
        yearInferred: true,
      };
    case 9:
      return i % 20 === 9
        ? { start: null, end: null, precision: null, yearInferred: false }
        : {
            start: `${year}-${pad(month)}-${pad(day)}`,
            end: `${year}-${pad(month)}-${pad(day)}`,
            precision: 'day',
            yearInferred: true,
          };
    default:
      return {
        start: `${year}-${pad(month)}-${pad(day)}`,
        end: `${year}-${pad(month)}-${pad(day)}`,
        precision: 'day',
        yearInferred: false,
      };
  }
}

export interface PublicFixture {
  events: CooperationEvent[];
  articles: Article[];
  delegations: Delegation[];
  outcomes: Outcome[];
}

export function writePublicFixture(dir: string, count = 300): PublicFixture {
  const out: PublicFixture = { events: [], articles: [], delegations: [], outcomes: [] };
  for (let i = 0; i < count; i++) {
    const id = `e-${hex(`public-event#${i}`)}`;
    const articleId = `a-${hex(`public-article#${i}`)}`;
    const date =
      i === 13 || i === 21
        ? {
            start: `${i === 13 ? FUTURE_YEAR : LONE_EARLY_YEAR}-03-01`,
            end: `${i === 13 ? FUTURE_YEAR : LONE_EARLY_YEAR}-03-01`,
            precision: 'day' as const,
            yearInferred: false,
          }
        : dateOf(i);
    const provinces =
      i % 11 === 10
        ? []
        : [
            PROVINCES[i % PROVINCES.length]!,
            ...(i % 4 === 0 ? [PROVINCES[(i + 3) % PROVINCES.length]!] : []),
          ];
    const organisations = [
      INSTITUTIONS[i % INSTITUTIONS.length]!,
      ...(i % 3 === 0 ? [INSTITUTIONS[(i * 7 + 1) % INSTITUTIONS.length]!] : []),
    ]
      .filter((name, n, all) => all.indexOf(name) === n)
      .map((name, n) => ({ name, role: n === 0 ? ('organiser' as const) : ('partner' as const) }));
    const { summary } = SUMMARIES[i % SUMMARIES.length]!;
    const title = `Sự kiện hợp tác số ${i + 1} của ${organisations[0]!.name}`;
    // Articles published before the event's year or in it; some with no date at all.
    const publishedAt =
      i % 20 === 17 || i % 20 === 19 ? null : `${2019 + (i % 5)}-${pad(1 + (i % 12))}-15`;
    out.events.push(
      EventSchema.parse({
        id,
        slug: `su-kien-hop-tac-so-${i + 1}-${id.slice(2, 10)}`,
        title,
        summary,
        type: EVENT_TYPES[i % EVENT_TYPES.length],
        date,
        provinces,
        countries: i % 5 === 0 ? [COUNTRIES[i % COUNTRIES.length]!] : [],
        organisations,
        people: [],
        topics: [],
        sourceArticleIds: [articleId],
        evidence: [{ field: 'summary', text: summary.split('\n').at(-1)! }],
        redirectsFrom: [],
      }),
    );
    out.articles.push(
      ArticleSchema.parse({
        id: articleId,
        file: `public/${String(i).padStart(4, '0')}.txt`,
        title,
        publisher: 'Báo Sức khỏe',
        url: null,
        publishedAt,
        status: 'event',
        reason: null,
        eventIds: [id],
        warnings: [],
      }),
    );
    if (i % 6 === 0)
      out.delegations.push(
        DelegationSchema.parse({
          id: `d-${id.slice(2)}`,
          eventId: id,
          leader: {
            name: 'Nguyễn Văn Hùng',
            title: 'Giám đốc',
            organisation: organisations[0]!.name,
          },
          members: [],
          organisation: organisations[0]!.name,
          fromProvince: null,
          destination: provinces[0]?.name ?? null,
        }),
      );
    if (i % 4 === 1)
      out.outcomes.push(
        OutcomeSchema.parse({
          id: `o-${id.slice(2)}-01`,
          eventId: id,
          kind: 'patients',
          value: 100 + i,
          valueMax: null,
          qualifier: 'exact',
          unit: 'người bệnh',
          period: null,
          text: `Khám cho ${100 + i} người bệnh.`,
        }),
      );
  }
  mkdirSync(dir, { recursive: true });
  const byId = (rows: Array<{ id: string }>) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const files: Record<string, Array<{ id: string }>> = {
    'articles.json': out.articles,
    'events.json': out.events,
    'delegations.json': out.delegations,
    'outcomes.json': out.outcomes,
  };
  for (const [name, rows] of Object.entries(files)) {
    writeFileSync(join(dir, name), `${JSON.stringify(byId(rows), null, 1).normalize('NFC')}\n`);
  }
  return out;
}
