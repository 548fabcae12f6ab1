import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordClasses, wordClassGranularities, wordClassKey } from '../../src/lib/word-classes.ts';

test('a word is looked up lower case, in one tone-mark style, and a number as any number', () => {
  assert.equal(wordClassKey('Hoà'), 'hòa');
  assert.equal(wordClassKey('THUỶ'), 'thủy');
  assert.equal(wordClassKey('8.000'), '0');
  assert.equal(wordClassKey('2025'), '0');
  assert.equal(wordClassKey('H5N1'), 'h5n1');
});

test('the classes come coarse to fine, one per granularity, each within its count', () => {
  const granularities = wordClassGranularities();
  assert.ok(granularities.length >= 2);
  assert.deepEqual(
    [...granularities].sort((a, b) => a - b),
    granularities,
  );
  const classes = wordClasses('bệnh');
  assert.ok(classes);
  assert.equal(classes.length, granularities.length);
  classes.forEach((c, g) => assert.ok(c >= 0 && c < granularities[g]!));
});

test('both spellings of a syllable and both cases share its classes; a made-up word has none', () => {
  assert.deepEqual(wordClasses('Hoà'), wordClasses('hòa'));
  assert.deepEqual(wordClasses('BỆNH'), wordClasses('bệnh'));
  assert.equal(wordClasses('xyzzyq'), null);
});

test('family names share a class, apart from common nouns', () => {
  const [nguyen, tran, le] = ['Nguyễn', 'Trần', 'Lê'].map((w) => wordClasses(w)!);
  assert.equal(nguyen![0], tran![0]);
  assert.equal(nguyen![0], le![0]);
  assert.notEqual(nguyen![0], wordClasses('bệnh')![0]);
  assert.notEqual(nguyen![0], wordClasses('ký')![0]);
});
