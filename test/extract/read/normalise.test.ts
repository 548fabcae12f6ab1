import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlEntities, normaliseText } from '../../../src/extract/read/normalise.ts';
import { piecedTexts } from '../../helpers.ts';

test('NFD input comes out NFC', () => {
  const nfd = 'Bệnh viện Đa khoa tỉnh Hà Tĩnh'.normalize('NFD');
  assert.notEqual(nfd, nfd.normalize('NFC'));
  assert.equal(normaliseText(nfd), 'Bệnh viện Đa khoa tỉnh Hà Tĩnh');
});

test('Ð and ð look-alikes become Đ and đ', () => {
  assert.equal(normaliseText('\u00D0ào Xuân Cơ, \u00F0oàn công tác'), 'Đào Xuân Cơ, đoàn công tác');
});

test('NBSP, zero-width characters and CRLF are cleaned', () => {
  assert.equal(
    normaliseText('Sáng\u00A05/5,\u200B Sở Y tế\r\nDòng hai\r\n'),
    'Sáng 5/5, Sở Y tế\nDòng hai\n',
  );
});

test('HTML entities left by scrapers are decoded, unknown ones kept', () => {
  assert.equal(
    decodeHtmlEntities('Sở Y tế &amp; Bệnh viện &gt; 5 &#273;o&#x00E0;n &bogus;'),
    'Sở Y tế & Bệnh viện > 5 đoàn &bogus;',
  );
});

test('spaces and tabs before a line break are dropped, other runs of them are one space, a single tab stays', () => {
  assert.equal(
    normaliseText('Sở Y tế \t\nHà  Nội\t\tvà\tLào Cai  '),
    'Sở Y tế\nHà Nội và\tLào Cai ',
  );
});

test('on random text, the one-pass rewriting gives what the rules give applied one after another', () => {
  // The rules as written one by one: each character rewritten, then the runs of spaces and tabs.
  const stepByStep = (raw: string) =>
    decodeHtmlEntities(raw.replace(/^\uFEFF/, ''))
      .replace(/\r\n?/g, '\n')
      .normalize('NFC')
      .replace(/[\u00D0\u0189]/g, 'Đ')
      .replace(/[\u00F0\u0256]/g, 'đ')
      .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/[ \t]{2,}/g, ' ');
  const pieces = [
    'đoàn',
    'Hà',
    'e',
    '\u0301',
    ' ',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '\u00A0',
    '\u2007',
    '\u202F',
    '\u3000',
    '\u200B',
    '\u200C',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\u00AD',
    '\u00D0',
    '\u0189',
    '\u00F0',
    '\u0256',
    '&amp;',
    '&#160;',
    '&nbsp;',
    '&#x200B;',
  ];
  for (const raw of piecedTexts(pieces, 16, 12))
    assert.equal(normaliseText(raw), stepByStep(raw), JSON.stringify(raw));
});
