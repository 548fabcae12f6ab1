import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from '../../../src/extract/names/tokens.ts';

test('a sentence becomes syllables and marks with their offsets; abbreviations keep their dots and numbers their separators', () => {
  const sentence = 'Sở Y tế TP.HCM (Việt Nam) nhận 8.000 liều, 4,5% từ Bộ LĐ-TB&XH.';
  const tokens = tokenise(sentence);
  assert.deepEqual(
    tokens.map((t) => t.text),
    [
      'Sở',
      'Y',
      'tế',
      'TP.HCM',
      '(',
      'Việt',
      'Nam',
      ')',
      'nhận',
      '8.000',
      'liều',
      ',',
      '4,5',
      '%',
      'từ',
      'Bộ',
      'LĐ',
      '-',
      'TB',
      '&',
      'XH',
      '.',
    ],
  );
  for (const t of tokens) assert.equal(sentence.slice(t.start, t.end), t.text);
});

test("an initial keeps its dot inside a person's name; a sentence's final dot stands alone", () => {
  assert.deepEqual(
    tokenise('Ông Alan M. Garber gặp bà Võ Thị H., rồi về nhà.').map((t) => t.text),
    ['Ông', 'Alan', 'M.', 'Garber', 'gặp', 'bà', 'Võ', 'Thị', 'H.', ',', 'rồi', 'về', 'nhà', '.'],
  );
});
