import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ngramSyllables, syllableRuns } from '../../../src/extract/classify/features.ts';
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
