import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/extract/clean/sentences.ts';

test('honorifics and abbreviations ending in a period do not end a sentence', () => {
  assert.deepEqual(
    splitSentences(
      'Phát biểu tại buổi làm việc, GS.TS. Trần Văn Thuấn ghi nhận kết quả. Đồng chí đề nghị tỉnh tiếp tục.',
    ),
    [
      'Phát biểu tại buổi làm việc, GS.TS. Trần Văn Thuấn ghi nhận kết quả.',
      'Đồng chí đề nghị tỉnh tiếp tục.',
    ],
  );
  assert.equal(splitSentences('Đoàn đến TP. Hồ Chí Minh và ThS. Lê An dự họp.').length, 1);
});

test('numbers with dots stay whole', () => {
  assert.deepEqual(splitSentences('Hơn 8.000 người dân được khám. Kết quả tốt.'), [
    'Hơn 8.000 người dân được khám.',
    'Kết quả tốt.',
  ]);
});
