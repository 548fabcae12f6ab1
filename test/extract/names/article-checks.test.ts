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

test('a foreigner named after their country is named from the foreign word on, and the country is a country', () => {
  const text =
    'Thủ tướng Hà Lan M. Rutte gặp Đại sứ Anh tại Việt Nam Gareth Ward và nữ ca sĩ Mỹ Tâm.';
  const mention = (kind: NameKind, name: string): ArticleMention => {
    const start = text.indexOf(name);
    return { kind, text: name, sentence: 0, start, end: start + name.length };
  };
  const checked = checkArticleNames(
    [
      mention('PER', 'Hà Lan M. Rutte'),
      mention('PER', 'Nam Gareth Ward'),
      mention('PER', 'Mỹ Tâm'),
    ],
    [text],
  );
  assert.deepEqual(
    checked.map((m) => [m.kind, m.text, text.slice(m.start, m.end)]),
    [
      ['COUNTRY', 'Hà Lan', 'Hà Lan'],
      ['PER', 'M. Rutte', 'M. Rutte'],
      ['PER', 'Gareth Ward', 'Gareth Ward'],
      ['PER', 'Mỹ Tâm', 'Mỹ Tâm'],
    ],
  );
});
