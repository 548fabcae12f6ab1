import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  mayReportCooperation,
  PREFILTER_FAMILIES,
} from '../../../src/extract/classify/classify.ts';
import { CUE_FAMILIES, HEALTH } from '../../../src/extract/classify/cues.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';

/** The pre-filter as measured: a health word, and a cue of any of its families, each tested alone. */
const familiesSay = (text: string) =>
  HEALTH.test(text) && PREFILTER_FAMILIES.some((f) => f.pattern.test(text));

test('every cue of health cooperation starts with a cue of cooperation, so the pre-filter need not look for it', () => {
  const health = CUE_FAMILIES.find((f) => f.name === 'healthCooperation')!;
  const cooperation = CUE_FAMILIES.find((f) => f.name === 'cooperation')!;
  assert.ok(PREFILTER_FAMILIES.includes(health) && PREFILTER_FAMILIES.includes(cooperation));
  assert.equal(health.pattern.flags, cooperation.pattern.flags);
  // One alternative, beginning with the literal "hợp tác ", which is one of cooperation's alternatives.
  assert.match(health.pattern.source, /^hợp tác \(\?:[^|()]*(?:\|[^()]*)*\)$/u);
  assert.ok(cooperation.pattern.source.split('|').includes('hợp tác'));
});

test('the pre-filter answers as its families tested one by one', () => {
  const sentences = [
    'Bệnh viện tỉnh đẩy mạnh hợp tác y tế với Lào.',
    'HỢP TÁC CHUYÊN MÔN giữa hai bệnh viện',
    'Bác sĩ trực đêm tiếp nhận ba bệnh nhân.',
    'Công ty ký kết hợp đồng mua máy bay.',
    'Sở Y tế tổ chức hội nghị tổng kết năm.',
    'Bệnh nhân được tặng quà.',
    'Người bệnh được khám miễn phí tại trạm y tế.',
    'Dự án do Nhật Bản tài trợ cho ngành y tế tỉnh.',
    'Với sự tài trợ của quỹ, bệnh viện mua thêm máy.',
    '',
  ];
  for (const text of sentences) assert.equal(mayReportCooperation(text), familiesSay(text), text);
  assert.equal(mayReportCooperation(sentences[0]!), true);
  assert.equal(mayReportCooperation(sentences[2]!), false);
  // Texts pieced together at random from health words, cues and ordinary words.
  const random = seededRandom(20261203);
  const pieces = [
    'bệnh viện',
    'y tế',
    'hợp tác',
    'hợp tác y tế',
    'Hợp tác đào tạo',
    'phối hợp',
    'với',
    'chuyển giao',
    'sự',
    'tài trợ',
    'do',
    'được',
    'Nhật Bản',
    'bác sĩ',
    'tặng',
    'tổng kết',
    'hội nghị',
    'đồng',
    '2 tỷ',
    'MOU',
    'mou',
    'trời mưa',
    'đường ngập',
    '.',
    ',',
    'dẫn đầu',
    'đoàn',
    'khám',
    'miễn phí',
    'từ xa',
  ];
  let yes = 0;
  for (let round = 0; round < 2000; round++) {
    const text = Array.from(
      { length: 1 + Math.floor(random() * 12) },
      () => pieces[Math.floor(random() * pieces.length)]!,
    ).join(' ');
    const expected = familiesSay(text);
    if (expected) yes++;
    assert.equal(mayReportCooperation(text), expected, text);
  }
  assert.ok(yes > 200 && yes < 1800, String(yes));
});
