import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../../src/extract/fields/dates.ts';
import { chooseEventDate } from '../../../src/extract/fields/event-date.ts';
import type { Sentence } from '../../../src/extract/clean/sentences.ts';

const parts = (s: string) => findDates(s).map((d) => [d.kind, d.startDay, d.startMonth, d.startYear, d.endDay, d.endMonth, d.endYear]);
const sentences = (...texts: string[]): Sentence[] => texts.map((text, index) => ({ text, index, block: index, isHeadline: false }));

test('day-first dates with and without year, times of day included', () => {
  assert.deepEqual(parts('Sáng 5/5, Sở Y tế tổ chức'), [['day', 5, 5, null, null, null, null]]);
  assert.deepEqual(parts('Chiều ngày 17/3, đoàn làm việc'), [['day', 17, 3, null, null, null, null]]);
  assert.deepEqual(parts('Ngày 4-2, tại bệnh viện'), [['day', 4, 2, null, null, null, null]]);
  assert.deepEqual(parts('ngày 19/5/2025'), [['day', 19, 5, 2025, null, null, null]]);
  assert.deepEqual(parts('ngày 12 tháng 10 năm 2023'), [['day', 12, 10, 2023, null, null, null]]);
});

test('ranges, within a month and across months and years', () => {
  assert.deepEqual(parts('Từ ngày 19 đến 22/5/2025, đoàn'), [['range', 19, 5, 2025, 22, 5, 2025]]);
  assert.deepEqual(parts('từ 30/4 đến 2/5/2024'), [['range', 30, 4, 2024, 2, 5, 2024]]);
  assert.deepEqual(parts('từ 28/12 đến 3/1/2025'), [['range', 28, 12, 2024, 3, 1, 2025]]);
});

test('years and periods', () => {
  assert.deepEqual(parts('Năm 2023 đánh dấu'), [['year', null, null, 2023, null, null, null]]);
  assert.deepEqual(parts('giai đoạn 2024 – 2030'), [['period', null, null, 2024, null, null, 2030]]);
  assert.deepEqual(parts('3 tháng đầu năm 2025'), [['period', null, 1, 2025, null, 3, 2025]]);
});

test('fractions, percentages and impossible days are not dates', () => {
  assert.deepEqual(parts('tỷ lệ 1/3 dân số, chiếm 8 - 10% bệnh nhân, ngày 30/2'), []);
});

test('the date of a decision is marked as a document date', () => {
  assert.equal(findDates('theo Quyết định số 5239/QĐ-BYT ngày 23/9/2016 của Bộ Y tế')[0]!.isDocumentDate, true);
});

test('a missing year is taken from the publication date, and never after it', () => {
  const december = chooseEventDate(sentences('Sáng 28/12, bệnh viện tổ chức lễ ký kết.'), 3, '2024-01-08');
  assert.deepEqual(december.date, { start: '2023-12-28', end: '2023-12-28', precision: 'day', yearInferred: true });
  const may = chooseEventDate(sentences('Sáng 5/5, Sở Y tế tổ chức hội thảo.'), 3, '2024-05-06');
  assert.equal(may.date.start, '2024-05-05');
});

test('without a publication date the year comes from the article\'s other dates, else stays unknown', () => {
  const fromContext = chooseEventDate(sentences('Sáng 5/5, Sở Y tế tổ chức hội thảo.', 'Kết quả năm 2022 và định hướng giai đoạn 2023 - 2025.'), 3, null);
  assert.deepEqual(fromContext.date, { start: '2023-05-05', end: '2023-05-05', precision: 'day', yearInferred: true });
  const unknown = chooseEventDate(sentences('Ngày 12/10, hai bên ký kết biên bản ghi nhớ.'), 3, null);
  assert.deepEqual(unknown.date, { start: '--10-12', end: '--10-12', precision: 'day', yearInferred: true });
});

test('a year-only lead gives a year, never an invented day', () => {
  const decision = chooseEventDate(sentences('Năm 2023 đánh dấu những cái bắt tay hợp tác.'), 3, null);
  assert.deepEqual(decision.date, { start: '2023', end: '2023', precision: 'year', yearInferred: false });
});
