import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_FAMILIES } from '../../../src/extract/classify/cues.ts';
import { cueFamiliesIn, hasCue } from '../../../src/extract/classify/cue-search.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';

test('the families found in a text are those whose own pattern matches it, in the table order', () => {
  const sentences = [
    'Bệnh viện tỉnh ký kết thỏa thuận hợp tác và tiếp nhận chuyển giao kỹ thuật từ Bệnh viện Bạch Mai.',
    'Đoàn công tác do Thứ trưởng dẫn đầu đến thăm và làm việc tại Lào Cai.',
    'Chuyên gia Nhật Bản sẽ tập huấn cho 30 điều dưỡng, kinh phí do JICA tài trợ.',
    'Trời mưa to suốt buổi chiều, đường ngập sâu.',
    'Bệnh nhân nhập viện lúc 3 giờ sáng.',
    // The first cue comes late, after a sentence of none; a family whose cue comes first, then another's.
    'Sáng nay trời mưa to, đường ngập sâu, nhiều người đến muộn; chiều nay hai bệnh viện ký kết hợp tác đào tạo.',
    // A family's match that depends on what stands before it ("sự tài trợ" is no aid), after the first cue.
    'Bệnh viện tiếp đoàn, với sự tài trợ của quỹ; bệnh viện được quỹ tài trợ 2 tỷ đồng.',
    'Với sự tài trợ của quỹ, các bác sĩ đã khám cho 300 người.',
    '',
  ];
  for (const text of sentences) {
    const expected = CUE_FAMILIES.filter((f) => f.pattern.test(text));
    assert.deepEqual(cueFamiliesIn(text), expected, text);
    assert.equal(hasCue(text), expected.length > 0, text);
  }
  assert.deepEqual(cueFamiliesIn('Trời mưa to suốt buổi chiều.'), []);
  assert.ok(cueFamiliesIn(sentences[0]!).length >= 3);
  assert.deepEqual(
    cueFamiliesIn(sentences[5]!).map((f) => f.name),
    ['agreement', 'training', 'cooperation', 'healthCooperation'],
  );
  assert.ok(cueFamiliesIn(sentences[6]!).some((f) => f.name === 'aid'));
  assert.ok(!cueFamiliesIn(sentences[7]!).some((f) => f.name === 'aid'));
  // Asked twice in a row, and after a text whose cue came late, the answer is the same.
  assert.deepEqual(cueFamiliesIn(sentences[1]!), cueFamiliesIn(sentences[1]!));
  assert.deepEqual(
    cueFamiliesIn(sentences[2]!),
    CUE_FAMILIES.filter((f) => f.pattern.test(sentences[2]!)),
  );
});

test('on texts pieced together at random, the families found are those whose own pattern matches', () => {
  const random = seededRandom(3122026);
  const pieces = [
    'hợp tác',
    'Hợp tác y tế',
    'hợp tác chuyên môn',
    'phối hợp',
    'với',
    'chặt chẽ',
    'sự',
    'tài trợ',
    'do',
    'được',
    'Nhật Bản',
    'JICA',
    'bác sĩ',
    'chuyên gia',
    'người',
    'tặng',
    'trao tặng',
    'tổng kết',
    'năm qua',
    'những',
    '2 tỷ',
    'đồng',
    'USD',
    '$',
    '5',
    'MOU',
    'ký kết',
    'lễ ký',
    'đoàn',
    'dẫn đầu',
    'làm trưởng đoàn',
    'khám',
    'chữa bệnh',
    'miễn phí',
    'từ xa',
    'nhà tài trợ',
    'NGO',
    'ngoài',
    '.',
    ',',
    '😀',
    'trời mưa',
  ];
  for (let round = 0; round < 3000; round++) {
    const text = Array.from(
      { length: 1 + Math.floor(random() * 14) },
      () => pieces[Math.floor(random() * pieces.length)]!,
    ).join(random() < 0.8 ? ' ' : '  ');
    assert.deepEqual(
      cueFamiliesIn(text).map((f) => f.name),
      CUE_FAMILIES.filter((f) => f.pattern.test(text)).map((f) => f.name),
      text,
    );
  }
});
