import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  articleFeatures,
  CHARACTER_NGRAM_VALUE,
  characterNgrams,
  ngramSyllables,
  syllableRuns,
} from '../../../src/extract/classify/features.ts';
import { describeForClassifier } from '../../../src/extract/pipeline/article.ts';
import { segmentArticle } from '../../../src/extract/clean/sentences.ts';
import { foldVietnamese } from '../../../src/lib/vietnamese.ts';
import { piecedTexts } from '../../helpers.ts';

test("a zone's syllables are folded and lower case, a number of digits only stands in none", () => {
  assert.deepEqual(ngramSyllables('  Bệnh viện ĐA KHOA\u00a0tỉnh\n\nHoà Bình năm 2024: 8.000 ca'), [
    'benh',
    'vien',
    'da',
    'khoa',
    'tinh',
    'hoa',
    'binh',
    'nam',
    null,
    null,
    null,
    'ca',
  ]);
});

test('on random text, the syllables are those of the folded text with its white space collapsed', () => {
  const pieces = [
    'Bệnh',
    'VIỆN',
    'Đà',
    'hoà',
    'Hòa',
    'ΟΔΟΣ',
    'Σ',
    'İ',
    'ǅ',
    'e\u0301',
    '\u0323',
    '12',
    '8.000',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2028',
    '-',
    ',',
  ];
  for (const text of piecedTexts(pieces, 17, 10)) {
    const expected = (foldVietnamese(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? []).map((s) =>
      /^\d+$/.test(s) ? null : s,
    );
    assert.deepEqual(ngramSyllables(text), expected, JSON.stringify(text));
  }
});

test('the runs of letters and digits are those the Unicode pattern finds, on every character', () => {
  const byPattern = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const characters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).concat(
    [
      '\u{1D400}', // a mathematical letter, outside the BMP
      '\u{20000}', // a CJK ideograph, outside the BMP
      '\u{1F600}', // an emoji: no letter
      '\u{1D7CE}', // a mathematical digit
    ],
  );
  for (const c of characters)
    for (const text of [c, `a${c}b`, `${c}${c}`, ` ${c}`, `${c}\ud800`, `\udc00${c}9`])
      assert.deepEqual(syllableRuns(text), byPattern(text), JSON.stringify(text));
  assert.deepEqual(syllableRuns('benh vien 2024, so 8.000'), [
    'benh',
    'vien',
    '2024',
    'so',
    '8',
    '000',
  ]);
});

test("the opening's character n-grams: 3 to 5 folded characters within a zone, words' edges marked by a space", () => {
  const input = { headline: 'Ký kết với WHO', lead: 'Đào tạo 20 bác sĩ.' };
  const grams = characterNgrams(input);
  for (const gram of ['c: ky', 'c:ky k', 'c:ky ke', 'c:who ', 'c: dao', 'c:20 b', 'c: si '])
    assert.ok(grams.includes(gram), gram);
  assert.equal(new Set(grams).size, grams.length, 'each once');
  assert.ok(grams.every((g) => /^c:.{3,5}$/u.test(g)));
  // No gram runs from the headline into the lead, none holds punctuation or a capital.
  assert.ok(!grams.some((g) => g.includes('who d') || /[.A-ZĐđ]/u.test(g)), grams.join('|'));
  // In the article's features each stands at the scaled value; the body has none.
  const features = articleFeatures(
    describeForClassifier(
      segmentArticle(
        [
          { kind: 'heading', lines: ['Ký kết với WHO'] },
          {
            kind: 'paragraph',
            lines: ['Đào tạo 20 bác sĩ.', 'Hai bên gặp nhau.', 'Ba năm sau.', 'Cuối cùng zyxw.'],
          },
        ],
        new Set([0]),
      ),
    ),
  );
  assert.equal(features.get('c:ky ke'), CHARACTER_NGRAM_VALUE);
  assert.ok(CHARACTER_NGRAM_VALUE > 0 && CHARACTER_NGRAM_VALUE < 1);
  assert.ok(![...features.keys()].some((name) => name.startsWith('c:') && name.includes('zyx')));
});
