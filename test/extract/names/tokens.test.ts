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

test('a name that ends a sentence with an initial keeps its dot', () => {
  assert.deepEqual(
    tokenise('Người phát biểu là ông Võ Văn Th.').map((t) => t.text),
    ['Người', 'phát', 'biểu', 'là', 'ông', 'Võ', 'Văn', 'Th.'],
  );
});

test("an initial keeps its dot inside a person's name; a sentence's final dot stands alone", () => {
  assert.deepEqual(
    tokenise('Ông Alan M. Garber gặp bà Võ Thị H., rồi sang Mỹ.').map((t) => t.text),
    ['Ông', 'Alan', 'M.', 'Garber', 'gặp', 'bà', 'Võ', 'Thị', 'H.', ',', 'rồi', 'sang', 'Mỹ', '.'],
  );
});

test("a name's short first part keeps its apostrophe, spaced or not; a quotation's apostrophe stands alone", () => {
  assert.deepEqual(
    tokenise("Bé Y ' Bih gặp ông O'Brien, rồi Mỹ 'ngại' và Nó' cười.").map((t) => t.text),
    [
      'Bé',
      "Y ' Bih",
      'gặp',
      'ông',
      "O'Brien",
      ',',
      'rồi',
      'Mỹ',
      "'",
      'ngại',
      "'",
      'và',
      'Nó',
      "'",
      'cười',
      '.',
    ],
  );
});
