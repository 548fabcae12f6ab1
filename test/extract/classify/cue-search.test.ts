import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_FAMILIES } from '../../../src/extract/classify/cues.ts';
import { cueFamiliesIn, hasCue } from '../../../src/extract/classify/cue-search.ts';

test('the families found in a text are those whose own pattern matches it, in the table order', () => {
  const sentences = [
    'Bệnh viện tỉnh ký kết thỏa thuận hợp tác và tiếp nhận chuyển giao kỹ thuật từ Bệnh viện Bạch Mai.',
    'Đoàn công tác do Thứ trưởng dẫn đầu đến thăm và làm việc tại Lào Cai.',
    'Chuyên gia Nhật Bản sẽ tập huấn cho 30 điều dưỡng, kinh phí do JICA tài trợ.',
    'Trời mưa to suốt buổi chiều, đường ngập sâu.',
    'Bệnh nhân nhập viện lúc 3 giờ sáng.',
    '',
  ];
  for (const text of sentences) {
    const expected = CUE_FAMILIES.filter((f) => f.pattern.test(text));
    assert.deepEqual(cueFamiliesIn(text), expected, text);
    assert.equal(hasCue(text), expected.length > 0, text);
  }
  assert.deepEqual(cueFamiliesIn('Trời mưa to suốt buổi chiều.'), []);
  assert.ok(cueFamiliesIn(sentences[0]!).length >= 3);
});
