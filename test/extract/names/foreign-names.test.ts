import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wholeForeignName } from '../../../src/extract/names/foreign-names.ts';

/** The whole name around `part` (its first occurrence) of the sentence. */
const whole = (sentence: string, part: string) => {
  const start = sentence.indexOf(part);
  const span = wholeForeignName(sentence, start, start + part.length);
  return sentence.slice(span.start, span.end);
};

test('capitalised words Vietnamese cannot spell beside a person belong to the name', () => {
  assert.equal(whole('Ca sĩ đi cùng bạn trai Sam Oberholzer tới viện.', 'Sam'), 'Sam Oberholzer');
  assert.equal(
    whole('Theo chủ tịch hiệp hội Ken Dowling, giá thuốc tăng.', 'Dowling'),
    'Ken Dowling',
  );
});

test('a hyphenated given name and a family name with its particle are read whole', () => {
  assert.equal(whole('Ông Jean - Claude Moreau thăm bệnh viện.', 'Jean'), 'Jean - Claude Moreau');
  assert.equal(
    whole('Bà Marie Dubois de Villiers tặng quà.', 'Marie Dubois'),
    'Marie Dubois de Villiers',
  );
});

test('a country, a Vietnamese name or a clause opening word is not taken into the name', () => {
  assert.equal(
    whole('Thủ tướng Canada Justin Trudeau phát biểu.', 'Justin Trudeau'),
    'Justin Trudeau',
  );
  assert.equal(whole('Theo Trudeau, hai nước hợp tác.', 'Trudeau'), 'Trudeau');
  assert.equal(
    whole('Ông Nguyễn Văn Hùng Bệnh viện Bạch Mai', 'Nguyễn Văn Hùng'),
    'Nguyễn Văn Hùng',
  );
  assert.equal(whole('Nhóm của Tây Nguyên Smith', 'Smith'), 'Smith');
});
