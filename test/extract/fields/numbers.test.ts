import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCountWords, parseVietnameseNumber } from '../../../src/extract/fields/numbers.ts';

test('dots group thousands, commas mark decimals', () => {
  assert.equal(parseVietnameseNumber('8.000'), 8000);
  assert.equal(parseVietnameseNumber('3.431'), 3431);
  assert.equal(parseVietnameseNumber('1.234.567'), 1234567);
  assert.equal(parseVietnameseNumber('4,5'), 4.5);
});

test('1.5 is one and a half, 1.500 is fifteen hundred', () => {
  assert.equal(parseVietnameseNumber('1.5'), 1.5);
  assert.equal(parseVietnameseNumber('1.500'), 1500);
});

test('leading zeros are dropped and counts written English-style read as counts', () => {
  assert.equal(parseVietnameseNumber('02'), 2);
  assert.equal(parseVietnameseNumber('1,500', true), 1500);
  assert.equal(parseVietnameseNumber('1,5', true), 1.5);
});

test('counts written in words', () => {
  assert.equal(parseCountWords('ba'), 3);
  assert.equal(parseCountWords('Hai'), 2);
  assert.equal(parseCountWords('mười'), 10);
  assert.equal(parseCountWords('mười lăm'), 15);
  assert.equal(parseCountWords('hai chục'), 20);
  assert.equal(parseCountWords('ba mươi tư'), 34);
  assert.equal(parseCountWords('hai mươi mốt'), 21);
  // "năm" is read as "year", not five; other words are not counts.
  assert.equal(parseCountWords('năm'), null);
  assert.equal(parseCountWords('bác'), null);
});
