import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/extract/names/institution-joins.ts';
import { withTitleHoldersApart } from '../../../src/extract/names/title-holders.ts';

const at = (sentences: readonly string[], sentence: number, text: string): Mention => {
  const start = sentences[sentence]!.indexOf(text);
  assert.ok(start >= 0, text);
  return { kind: 'ORG', text, sentence, start, end: start + text.length };
};

test("an institution after a title that ends in the holder's name is the institution, then the person", () => {
  const sentences = [
    'Thứ trưởng Bộ Y tế Lê Văn Minh phát biểu tại hội nghị.',
    'Đại diện Bộ Y tế cho biết kế hoạch sẽ được triển khai.',
  ];
  const split = withTitleHoldersApart(
    [at(sentences, 0, 'Bộ Y tế Lê Văn Minh'), at(sentences, 1, 'Bộ Y tế')],
    sentences,
  );
  assert.deepEqual(
    split.map((m) => [m.kind, m.text, sentences[m.sentence]!.slice(m.start, m.end)]),
    [
      ['ORG', 'Bộ Y tế', 'Bộ Y tế'],
      ['PER', 'Lê Văn Minh', 'Lê Văn Minh'],
      ['ORG', 'Bộ Y tế', 'Bộ Y tế'],
    ],
  );
});

test('an institution named after a person or ending in a place keeps its name whole', () => {
  const sentences = [
    'Giám đốc Bệnh viện Nguyễn Tri Phương và Giám đốc Sở Y tế Hà Nội ký kết; Sở Y tế và bà Nguyễn Tri Phương có mặt.',
    'Giám đốc Bệnh viện Đa khoa Trần Hưng tiếp đoàn.',
  ];
  const mentions = [
    at(sentences, 0, 'Bệnh viện Nguyễn Tri Phương'),
    at(sentences, 0, 'Sở Y tế Hà Nội'),
    at(sentences, 1, 'Bệnh viện Đa khoa Trần Hưng'),
  ];
  assert.deepEqual(withTitleHoldersApart(mentions, sentences), mentions);
});
