/**
 * Events written for the search scenarios: known provinces across the 2025
 * merger (Yên Bái now in Lào Cai, Bà Rịa - Vũng Tàu now in Hồ Chí Minh,
 * Thừa Thiên Huế now Huế), known institutions and people, and decoys whose
 * words a province query used to match (hàng, tỉnh, Hải, lãnh đạo … Xuân … có);
 * partner countries, institutions written several ways (WHO, Bệnh viện Nhi
 * TW), a hospital named after a country, and "thân" beside "thận".
 * Records are validated with the contract's schemas.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ArticleSchema,
  EventSchema,
  type CooperationEvent,
  type EventType,
} from '../../src/lib/schema.ts';
import { provinceAt } from '../../src/extract/gazetteer/provinces.ts';

/** Pre-2025 names; the event's date decides the name it carries. */
const PROVINCES = [
  'Hà Tĩnh',
  'Hồ Chí Minh',
  'Bà Rịa - Vũng Tàu',
  'Thừa Thiên Huế',
  'Yên Bái',
  'Lào Cai',
  'Hà Nội',
  'Đà Nẵng',
  'Khánh Hòa',
  'Cần Thơ',
  'Nghệ An',
  'Hải Dương',
];
const INSTITUTIONS = [
  'Bệnh viện Bạch Mai',
  'Bệnh viện Chợ Rẫy',
  'Bệnh viện Hữu nghị Việt Đức',
  'Tổ chức Y tế Thế giới (WHO)',
  'Bệnh viện Nhi Trung ương',
  'Trường Đại học Y Dược Cần Thơ',
  'Bệnh viện Trung ương Huế',
  'Bệnh viện Hữu nghị Nhật Bản',
];
/** Other ways news writes some institutions: one institution each, as its /to-chuc/ page groups them. */
const SPELLINGS: Record<string, string[]> = {
  'Tổ chức Y tế Thế giới (WHO)': ['WHO', 'Tổ chức Y tế thế giới'],
  'Bệnh viện Nhi Trung ương': ['Bệnh viện Nhi TW'],
};
/** Partner countries, as the extraction names them. */
export const COUNTRIES = ['Nhật Bản', 'Hoa Kỳ', 'Australia', 'Hàn Quốc', 'Pháp'];
const TYPES: EventType[] = [
  'agreement',
  'technology-transfer',
  'training',
  'working-visit',
  'conference',
  'medical-support',
  'aid',
];
export const PERSON = 'Đào Xuân Cơ';

const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const pad = (n: number) => String(n).padStart(2, '0');

export function writeSearchFixture(dir: string, count = 300): CooperationEvent[] {
  const events: CooperationEvent[] = [];
  const articles = [];
  for (let i = 0; i < count; i++) {
    const id = `e-${hex(`search-event#${i}`)}`;
    const articleId = `a-${hex(`search-article#${i}`)}`;
    const year = 2019 + (Math.floor(i / 7) % 7);
    const date = `${year}-${pad(1 + ((i * 5) % 12))}-${pad(1 + ((i * 7) % 28))}`;
    const province = provinceAt(PROVINCES[i % PROVINCES.length]!, date)!;
    const institution = INSTITUTIONS[i % INSTITUTIONS.length]!;
    const spellings = [institution, ...(SPELLINGS[institution] ?? [])];
    const written = spellings[Math.floor(i / INSTITUTIONS.length) % spellings.length]!;
    const type = TYPES[i % TYPES.length]!;
    // Every 25th event is a decoy: the words of "hà tĩnh" and "đào xuân cơ" apart, in a province that is neither.
    const decoy = i % 25 === 24;
    const kidney = i % 30 === 3;
    const title = decoy
      ? `Hội thảo hàng năm của tỉnh về lãnh đạo ngành y, mùa Xuân có nhiều đoàn (số ${i + 1})`
      : kidney
        ? `${written} chuyển giao kỹ thuật ghép thận cho ${province.name} (số ${i + 1})`
        : i % 30 === 7
          ? `${written} thăm hỏi thân nhân người bệnh ở ${province.name} (số ${i + 1})`
          : `${written} hợp tác với ${province.name} (số ${i + 1})`;
    const summary =
      i % 30 === 18
        ? 'Các bác sĩ ghép gan, sau đó khám thận cho người bệnh.'
        : `Hai bên thống nhất nội dung hợp tác năm ${year}.`;
    events.push(
      EventSchema.parse({
        id,
        slug: `tim-kiem-${i + 1}-${id.slice(2, 10)}`,
        title,
        summary,
        type,
        date: { start: date, end: date, precision: 'day', yearInferred: false },
        provinces: decoy ? [provinceAt('Nghệ An', date)] : [province],
        countries: i % 9 === 0 ? [COUNTRIES[Math.floor(i / 9) % COUNTRIES.length]!] : [],
        organisations: decoy
          ? [{ name: 'Sở Y tế Nghệ An', role: 'organiser' }]
          : [{ name: written, role: 'partner' }],
        people:
          i % 10 === 0 && !decoy
            ? [{ name: PERSON, title: 'Giám đốc', organisation: 'Bệnh viện Bạch Mai' }]
            : [],
        topics: [],
        sourceArticleIds: [articleId],
        evidence: [{ field: 'summary', text: summary }],
        redirectsFrom: [],
      }),
    );
    articles.push(
      ArticleSchema.parse({
        id: articleId,
        file: `search/${pad(i)}.txt`,
        title,
        publisher: 'Báo Sức khỏe',
        url: null,
        publishedAt: date,
        status: 'event',
        reason: null,
        eventIds: [id],
        warnings: [],
      }),
    );
  }
  mkdirSync(dir, { recursive: true });
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const files: Record<string, Array<{ id: string }>> = {
    'articles.json': articles,
    'events.json': events,
    'delegations.json': [],
    'outcomes.json': [],
  };
  for (const [name, rows] of Object.entries(files))
    writeFileSync(join(dir, name), `${JSON.stringify(byId(rows), null, 1).normalize('NFC')}\n`);
  return events;
}
