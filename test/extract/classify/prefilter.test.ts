import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  mayReportCooperation,
  PREFILTER_FAMILIES,
} from '../../../src/extract/classify/classify.ts';
import { CUE_FAMILIES, HEALTH, IMPLIED_CUE_FAMILIES } from '../../../src/extract/classify/cues.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';

/** The pre-filter as measured: a health word, and a cue of any of its families, each tested alone. */
const familiesSay = (text: string) =>
  HEALTH.test(text) && PREFILTER_FAMILIES.some((f) => f.pattern.test(text));

test('every cue of a family the searches leave out starts with a cue of another family, at the same place', () => {
  assert.ok(IMPLIED_CUE_FAMILIES.has('healthCooperation'));
  for (const name of IMPLIED_CUE_FAMILIES) {
    const implied = CUE_FAMILIES.find((f) => f.name === name)!;
    // One alternative: a literal, a space, then a group ("hợp tác (?:y tế|chuyên môn|…)").
    const literal = /^([\p{L} ]+) \(\?:[^()]*\)$/u.exec(implied.pattern.source)?.[1];
    assert.ok(literal, implied.pattern.source);
    const other = CUE_FAMILIES.find(
      (f) =>
        f !== implied &&
        f.pattern.flags === implied.pattern.flags &&
        f.pattern.source.split('|').includes(literal),
    );
    assert.ok(other, `${name}: no family has the cue "${literal}"`);
    assert.equal(PREFILTER_FAMILIES.includes(implied), PREFILTER_FAMILIES.includes(other));
  }
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
