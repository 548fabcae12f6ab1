import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NO_PROVINCE,
  undatedGroups,
  undatedReasons,
  undatedSentence,
} from '../../src/site/undated.ts';
import type { CooperationEvent, EventDate, EventType, ProvinceRef } from '../../src/lib/schema.ts';

const BUILD_YEAR = 2026;
const YEN_BAI: ProvinceRef = { name: 'Yên Bái', code: '15', current: 'Lào Cai' };
const LAO_CAI: ProvinceRef = { name: 'Lào Cai', code: '10', current: 'Lào Cai' };
const HA_NOI: ProvinceRef = { name: 'Hà Nội', code: '01', current: 'Hà Nội' };

const event = (
  id: string,
  type: EventType,
  date: Partial<EventDate>,
  provinces: ProvinceRef[] = [],
): CooperationEvent =>
  ({
    id,
    type,
    provinces,
    date: { start: null, end: null, precision: null, yearInferred: false, ...date },
  }) as CooperationEvent;

const DAY_NO_YEAR = {
  start: '--12-28',
  end: '--12-28',
  precision: 'day' as const,
  yearInferred: true,
};
const events = [
  event('dated', 'agreement', { start: '2024-01-08', end: '2024-01-08', precision: 'day' }, [
    HA_NOI,
  ]),
  event('u1', 'agreement', DAY_NO_YEAR, [YEN_BAI, LAO_CAI]),
  event('u2', 'training', {}, [HA_NOI]),
  event('u3', 'agreement', {}),
  event('u4', 'training', { start: '2031-01-01', end: '2031-01-01', precision: 'day' }, [LAO_CAI]),
];
const published = new Map([
  ['u3', '2019-04-02'],
  ['u1', '2018-01-01'],
]);
const publishedOf = (e: CooperationEvent) => published.get(e.id) ?? null;

test('undated events are grouped by type and by current province, the latest published first; a dated event in none', () => {
  const { events: undated, byType, byProvince } = undatedGroups(events, publishedOf, BUILD_YEAR);
  assert.deepEqual(
    undated.map((e) => e.id),
    ['u3', 'u1', 'u2', 'u4'],
  );
  assert.deepEqual(
    byType.map((g) => [g.label, g.segment, g.events.map((e) => e.id)]),
    [
      ['Ký kết hợp tác', 'loai/ky-ket-hop-tac', ['u3', 'u1']],
      ['Đào tạo, tập huấn', 'loai/dao-tao-tap-huan', ['u2', 'u4']],
    ],
  );
  // Yên Bái and Lào Cai are one current province: u1 is counted there once.
  assert.deepEqual(
    byProvince.map((g) => [g.label, g.segment, g.events.map((e) => e.id)]),
    [
      ['Lào Cai', 'tinh/lao-cai', ['u1', 'u4']],
      ['Hà Nội', 'tinh/ha-noi', ['u2']],
      [NO_PROVINCE, 'tinh/khong-ghi-tinh', ['u3']],
    ],
  );
});

test('the sentence says why, with the counts of each reason', () => {
  const { events: undated } = undatedGroups(events, publishedOf, BUILD_YEAR);
  const reasons = undatedReasons(undated, publishedOf, BUILD_YEAR);
  assert.deepEqual(reasons, { dayWithoutYear: 1, noDate: 2, impossible: 1, withoutPublication: 2 });
  assert.equal(
    undatedSentence(reasons, undated.length, BUILD_YEAR),
    'Trong 4 sự kiện chưa rõ năm, 1 chỉ ghi ngày, tháng mà không ghi năm (như “sáng 28/12”), 2 không nêu ngày nào, 1 có ngày đọc ra sau năm 2026, chắc chắn sai nên không được dùng, và 2 sự kiện đến từ bài không có ngày đăng để suy ra năm.',
  );
});
