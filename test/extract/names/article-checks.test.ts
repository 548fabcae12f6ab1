import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkArticleNames,
  type ArticleMention,
} from '../../../src/extract/names/article-checks.ts';
import type { NameKind } from '../../../src/extract/names/tags.ts';

const sentences = [
  'Sáng nay Viện Dinh dưỡng quốc gia mở lớp tập huấn.',
  'Giám đốc Viện Dinh dưỡng quốc gia cho biết Khoa sẽ tiếp nhận học viên.',
  'Viện Dinh dưỡng cũng mời chuyên gia.',
];
const at = (kind: NameKind, sentence: number, text: string): ArticleMention => {
  const start = sentences[sentence]!.indexOf(text);
  return { kind, text, sentence, start, end: start + text.length };
};

test('a name cut short where the article writes it in full elsewhere is read in full', () => {
  const checked = checkArticleNames(
    [at('ORG', 0, 'Viện Dinh dưỡng quốc'), at('ORG', 1, 'Viện Dinh dưỡng quốc gia')],
    sentences,
  );
  assert.deepEqual(
    checked.map((m) => [m.text, sentences[m.sentence]!.slice(m.start, m.end)]),
    [
      ['Viện Dinh dưỡng quốc gia', 'Viện Dinh dưỡng quốc gia'],
      ['Viện Dinh dưỡng quốc gia', 'Viện Dinh dưỡng quốc gia'],
    ],
  );
});

test('a short name the text does not go on from stays short', () => {
  const checked = checkArticleNames(
    [at('ORG', 1, 'Viện Dinh dưỡng quốc gia'), at('ORG', 2, 'Viện Dinh dưỡng')],
    sentences,
  );
  assert.deepEqual(
    checked.map((m) => m.text),
    ['Viện Dinh dưỡng quốc gia', 'Viện Dinh dưỡng'],
  );
});

test('a kind word alone names no institution', () => {
  const checked = checkArticleNames([at('ORG', 1, 'Khoa'), at('PER', 1, 'Khoa')], sentences);
  assert.deepEqual(
    checked.map((m) => `${m.kind} ${m.text}`),
    ['PER Khoa'],
  );
});
