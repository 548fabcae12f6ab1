import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvCells, eventsToCsv } from '../../src/site/events-csv.ts';
import type { CooperationEvent, EventDate } from '../../src/lib/schema.ts';

const SITE = new URL('https://hoptac.example.org');
const BUILD_YEAR = 2026;
const articles = new Map([
  ['a1', { publisher: 'Báo Hà Tĩnh' }],
  ['a2', { publisher: 'Báo Sức khỏe và Đời sống' }],
  ['a3', { publisher: null }],
]);

function event(date: Partial<EventDate>, more: Partial<CooperationEvent> = {}): CooperationEvent {
  return {
    id: 'e-1',
    slug: 'ky-ket-e1',
    title: 'Ký kết hợp tác',
    summary: 'Hai bên ký kết, "hợp tác" toàn diện.',
    type: 'agreement',
    date: { start: null, end: null, precision: null, yearInferred: false, ...date },
    provinces: [],
    countries: [],
    organisations: [],
    people: [],
    topics: [],
    sourceArticleIds: ['a1'],
    evidence: [],
    redirectsFrom: [],
    ...more,
  } as CooperationEvent;
}
const cells = (e: CooperationEvent) => csvCells(e, SITE, articles, BUILD_YEAR);

test('a day without a year claims no year: year and year_inferred are empty, the date keeps its year-less form', () => {
  const row = cells(
    event({ start: '--11-30', end: '--11-30', precision: 'day', yearInferred: true }),
  );
  assert.equal(row.year, '');
  assert.equal(row.year_inferred, '');
  assert.equal(row.date_start, '--11-30');
  assert.equal(row.date_display, '30/11, chưa rõ năm');
});

test('an inferred year is given and said to be inferred; a written one is not', () => {
  const inferred = cells(
    event({ start: '2023-05-05', end: '2023-05-05', precision: 'day', yearInferred: true }),
  );
  assert.deepEqual(
    [inferred.year, inferred.year_inferred, inferred.date_display],
    ['2023', 'true', '5/5, năm suy đoán 2023'],
  );
  const written = cells(event({ start: '2021-12', end: '2021-12', precision: 'month' }));
  assert.deepEqual(
    [written.year, written.year_inferred, written.date_display],
    ['2021', 'false', 'Tháng 12/2021'],
  );
});

test('a date after the build year is shown as the site shows it: unknown, no year', () => {
  const row = cells(event({ start: '2031-03-01', end: '2031-03-01', precision: 'day' }));
  assert.deepEqual(
    [row.date_start, row.date_end, row.date_precision, row.year, row.year_inferred],
    ['', '', '', '', ''],
  );
  assert.equal(row.date_display, 'Chưa rõ ngày');
});

test('the type in Vietnamese beside its code, and each source’s publisher once', () => {
  const row = cells(
    event({}, { type: 'technology-transfer', sourceArticleIds: ['a1', 'a2', 'a3', 'a1'] }),
  );
  assert.equal(row.type, 'technology-transfer');
  assert.equal(row.type_label, 'Chuyển giao kỹ thuật');
  assert.equal(row.publisher, 'Báo Hà Tĩnh; Báo Sức khỏe và Đời sống');
});

test('the file: a BOM, the header naming every column, quoted cells, CRLF rows', () => {
  const csv = eventsToCsv([event({})], SITE, articles, BUILD_YEAR);
  assert.ok(csv.startsWith('\uFEFF'));
  const [header, row] = csv.slice(1).split('\r\n');
  assert.deepEqual(header!.split(','), CSV_COLUMNS);
  for (const column of ['publisher', 'type_label', 'date_display', 'year', 'year_inferred'])
    assert.ok(CSV_COLUMNS.includes(column as (typeof CSV_COLUMNS)[number]), column);
  assert.ok(row!.endsWith(',"Hai bên ký kết, ""hợp tác"" toàn diện."'), row);
  assert.ok(row!.includes(',https://hoptac.example.org/su-kien/ky-ket-e1/,'));
});

test('text read from an article that starts like a formula is shown, never run, by a spreadsheet', () => {
  const csv = eventsToCsv(
    [event({}, { title: '=HYPERLINK("http://x.example","Bấm")', summary: '-Ký kết hợp tác.' })],
    SITE,
    articles,
    BUILD_YEAR,
  );
  const row = csv.split('\n').find((l) => l.includes('HYPERLINK'))!;
  assert.ok(row.includes(`"'=HYPERLINK(""http://x.example"",""Bấm"")"`), row);
  assert.ok(row.includes(`'-Ký kết hợp tác.`), row);
  assert.ok(!/(^|,)=/.test(row), row);
});
