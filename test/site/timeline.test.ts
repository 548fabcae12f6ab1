import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineSections } from '../../src/site/timeline.ts';
import { BUILD_YEAR } from '../../src/site/display-dates.ts';
import type { CooperationEvent, EventDate } from '../../src/lib/schema.ts';

const event = (id: string, date: Partial<EventDate>) =>
  ({
    id,
    date: { start: null, end: null, precision: null, yearInferred: false, ...date },
  }) as CooperationEvent;
const published = new Map<string, string>([
  ['u1', '2024'],
  ['f1', '2023'],
]);
const sections = (events: CooperationEvent[]) =>
  timelineSections(events, (e) => published.get(e.id) ?? null);
const shape = (events: CooperationEvent[]) =>
  sections(events).map((s) => [
    s.heading,
    s.groups.map((g) => [g.heading, g.events.map((e) => e.id)]),
  ]);

test('a year-only event is under its own heading, never under the month before it', () => {
  const events = [
    event('d1', { start: '2023-05-12', end: '2023-05-12', precision: 'day' }),
    event('y1', { start: '2023', end: '2023', precision: 'year' }),
    event('d2', { start: '2023-04-02', end: '2023-04-02', precision: 'day' }),
  ];
  assert.deepEqual(shape(events), [
    [
      '2023',
      [
        ['Tháng 5', ['d1']],
        ['Tháng 4', ['d2']],
        ['Không rõ tháng', ['y1']],
      ],
    ],
  ]);
});

test('a month-only event has its own heading beside the days of that month', () => {
  const events = [
    event('m1', { start: '2024-05', end: '2024-05', precision: 'month' }),
    event('d1', { start: '2024-05-03', end: '2024-05-03', precision: 'day' }),
    event('d0', { start: '2024-06-01', end: '2024-06-01', precision: 'day' }),
  ];
  assert.deepEqual(shape(events), [
    [
      '2024',
      [
        ['Tháng 6', ['d0']],
        ['Tháng 5', ['d1']],
        ['Tháng 5, không rõ ngày', ['m1']],
      ],
    ],
  ]);
});

test('events without a year come last, grouped by the year their article was published', () => {
  const events = [
    event('u1', { start: '--10-12', end: '--10-12', precision: 'day', yearInferred: true }),
    event('n1', {}),
    event('d1', { start: '2022-01-01', end: '2022-01-01', precision: 'day' }),
    event('f1', {
      start: `${BUILD_YEAR + 4}-01-01`,
      end: `${BUILD_YEAR + 4}-01-01`,
      precision: 'day',
    }),
  ];
  assert.deepEqual(shape(events), [
    ['2022', [['Tháng 1', ['d1']]]],
    [
      'Chưa rõ năm',
      [
        ['Bài báo đăng năm 2024', ['u1']],
        ['Bài báo đăng năm 2023', ['f1']],
        ['Không rõ ngày đăng bài', ['n1']],
      ],
    ],
  ]);
});

test('years come newest first and a date after the build year makes no section of its own', () => {
  const events = [
    event('a', { start: '2021', end: '2021', precision: 'year' }),
    event('b', { start: '2025-03', end: '2025-03', precision: 'month' }),
    event('c', { start: `${BUILD_YEAR + 1}`, end: `${BUILD_YEAR + 1}`, precision: 'year' }),
  ];
  assert.deepEqual(
    sections(events).map((s) => s.year),
    ['2025', '2021', null],
  );
});
