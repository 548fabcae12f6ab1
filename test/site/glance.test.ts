import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearRows, type YearCount } from '../../src/site/glance.ts';
import { EVENT_TYPES, type EventType } from '../../src/lib/schema.ts';

const year = (y: string, total: number): YearCount => ({
  year: y,
  total,
  byType: Object.fromEntries(EVENT_TYPES.map((t) => [t, t === 'aid' ? total : 0])) as Record<
    EventType,
    number
  >,
});

test('the year chart leaves no year out: a short gap year by year, a long one as one row', () => {
  const rows = yearRows([year('2019', 2), year('2004', 1), year('2006', 3), year('2017', 1)]);
  assert.deepEqual(
    rows.map((r) => [r.label, r.total, r.empty, r.year]),
    [
      ['2004', 1, false, '2004'],
      ['2005', 0, true, null],
      ['2006', 3, false, '2006'],
      ['2007–2016', 0, true, null],
      ['2017', 1, false, '2017'],
      ['2018', 0, true, null],
      ['2019', 2, false, '2019'],
    ],
  );
});

test('three empty years in a row are still drawn one by one; four are one row', () => {
  const three = yearRows([year('2010', 1), year('2014', 1)]).map((r) => r.label);
  assert.deepEqual(three, ['2010', '2011', '2012', '2013', '2014']);
  const four = yearRows([year('2010', 1), year('2015', 1)]).map((r) => r.label);
  assert.deepEqual(four, ['2010', '2011–2014', '2015']);
});
