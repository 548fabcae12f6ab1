import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  credibleDate,
  dateSortKey,
  eventYear,
  formatEventDate,
  formatPublished,
  isImpossibleDate,
  machineDate,
} from '../../src/site/display-dates.ts';
import type { EventDate } from '../../src/lib/schema.ts';

const date = (
  start: string | null,
  end: string | null,
  precision: EventDate['precision'],
  yearInferred = false,
): EventDate => ({ start, end, precision, yearInferred });

test('a date after the build year is not shown as a date, nor sorted, nor given a year', () => {
  const future = date('2030-03-01', '2030-03-01', 'day');
  assert.equal(isImpossibleDate(future, 2026), true);
  assert.equal(formatEventDate(future, 2026), 'Chưa rõ ngày');
  assert.equal(machineDate(future, 2026), null);
  assert.equal(eventYear(future, 2026), null);
  assert.equal(dateSortKey(future, 2026), '0000');
  assert.equal(formatEventDate(date('2030', '2030', 'year'), 2026), 'Chưa rõ ngày');
});

test('a date in the build year is shown; an end after it is dropped', () => {
  assert.equal(formatEventDate(date('2026-11-02', '2026-11-02', 'day'), 2026), '2/11/2026');
  assert.equal(formatEventDate(date('2024', '2030', 'year'), 2026), 'Năm 2024');
  assert.deepEqual(credibleDate(date('2024', '2030', 'year'), 2026), date('2024', '2024', 'year'));
  assert.equal(formatEventDate(date('2024', '2026', 'year'), 2026), 'Giai đoạn 2024–2026');
});

test('dates are only as precise as the text', () => {
  assert.equal(formatEventDate(date('2023-05', '2023-05', 'month'), 2026), 'Tháng 5/2023');
  assert.equal(
    formatEventDate(date('2023-03-17', '2023-03-17', 'day', true), 2026),
    '17/3, năm suy đoán 2023',
  );
  assert.equal(
    formatEventDate(date('--10-12', '--10-12', 'day', true), 2026),
    '12/10, chưa rõ năm',
  );
  assert.equal(machineDate(date('--10-12', '--10-12', 'day', true), 2026), null);
  assert.equal(formatEventDate(date(null, null, null), 2026), 'Chưa rõ ngày');
});

test('a publication day is shown day first, and not when it is after the build year', () => {
  assert.equal(formatPublished('2024-01-08', 2026), '8/1/2024');
  assert.equal(formatPublished('2031-01-08', 2026), null);
  assert.equal(formatPublished(null, 2026), null);
});
