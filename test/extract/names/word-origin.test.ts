import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordOrigin } from '../../../src/extract/names/word-origin.ts';

test('a syllable with Vietnamese marks is Vietnamese; one without marks that Vietnamese could spell may be', () => {
  for (const word of ['Nguyễn', 'Trường', 'Đắk', 'Nghiêm', 'quốc', 'Huỳnh'])
    assert.equal(wordOrigin(word), 'vi', word);
  for (const word of ['Khoa', 'Oanh', 'Ken', 'Gia', 'nghi', 'Tuy'])
    assert.equal(wordOrigin(word), 'vi?', word);
});

test('letters Vietnamese lacks, clusters and finals it never writes make a word foreign', () => {
  for (const word of ['Fu', 'John', 'Walter', 'Zoe', 'Scott', 'Brent', 'Elena', 'Dmitri', 'René'])
    assert.equal(wordOrigin(word), 'foreign', word);
});

test('numbers, marks and abbreviations with dots have no origin', () => {
  for (const word of ['2024', ',', 'TP.HCM', 'J.']) assert.equal(wordOrigin(word), null, word);
});
