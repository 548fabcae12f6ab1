import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternation, wordAlternation } from '../../src/lib/regex.ts';

test('an alternation matches its phrases literally, the longest first', () => {
  const city = new RegExp(alternation(['TP', 'TP.HCM']), 'u');
  assert.equal(city.exec('Sở Y tế TP.HCM cho biết')?.[0], 'TP.HCM');
  assert.equal(new RegExp(`^(?:${alternation(['a.b'])})$`, 'u').test('axb'), false);
});

test('a word alternation finds whole Vietnamese words, where \\b would cut at a marked letter', () => {
  const address = new RegExp(wordAlternation(['Bà', 'Ông']), 'u');
  assert.equal(/\bBà\b/u.test('Bàn giao thiết bị'), true); // the trap this helper avoids
  assert.equal(address.test('Bàn giao thiết bị'), false);
  assert.equal(address.test('Lễ bàn giao có Bà Nguyễn Thị Lan'), true);
  assert.equal(address.test('Ông'), true);
  assert.equal(new RegExp(wordAlternation(['Đồng chí']), 'u').test('xĐồng chí'), false);
});
