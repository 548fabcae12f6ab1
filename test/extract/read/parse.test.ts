import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../src/extract/read/parse.ts';

test('front matter is read and the body keeps its lines', () => {
  const parsed = parseArticle(
    '---\ntitle: Ký kết hợp tác\npublishedAt: 2024-10-12\nurl: https://example.vn/a\n---\nDòng một\nDòng hai\n\nĐoạn hai.\n',
  );
  assert.deepEqual(parsed.frontMatter, {
    title: 'Ký kết hợp tác',
    url: 'https://example.vn/a',
    publisher: null,
    publishedAt: '2024-10-12',
  });
  assert.deepEqual(
    parsed.blocks.map((b) => b.lines),
    [['Dòng một', 'Dòng hai'], ['Đoạn hai.']],
  );
  assert.deepEqual(parsed.warnings, []);
});

test('malformed YAML front matter is ignored with a warning, and the body is still read', () => {
  const parsed = parseArticle('---\ntitle: [không đóng\n---\nNội dung bài.\n');
  assert.equal(parsed.frontMatter.title, null);
  assert.match(parsed.warnings[0]!, /front matter is not valid YAML/);
  assert.deepEqual(
    parsed.blocks.map((b) => b.lines),
    [['Nội dung bài.']],
  );
});

test('front matter of the wrong type is dropped with a warning naming the field', () => {
  const parsed = parseArticle('---\npublishedAt: hôm qua\ntitle: 42\n---\nNội dung.\n');
  assert.equal(parsed.frontMatter.publishedAt, null);
  assert.equal(parsed.frontMatter.title, '42');
  assert.match(parsed.warnings.join(' '), /publishedAt.*not a date/);
});

test('Markdown images leave their file name on a line of its own for the noise stage', () => {
  const parsed = parseArticle('Đoạn một.\n\n![Ảnh](anh-hoi-thao.jpg)\nChú thích ảnh.\n');
  assert.deepEqual(parsed.blocks[1]!.lines, ['anh-hoi-thao.jpg', 'Chú thích ảnh.']);
});

test('whitespace inside a line becomes one space, tabs and wide spaces too; other lines are kept as written', () => {
  const parsed = parseArticle(
    'Bệnh viện\ttỉnh  ký\u2003kết hợp tác.\nDòng thứ hai có một dấu cách.\n',
  );
  assert.deepEqual(parsed.blocks[0]!.lines, [
    'Bệnh viện tỉnh ký kết hợp tác.',
    'Dòng thứ hai có một dấu cách.',
  ]);
});
