import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlEntities, normaliseText } from '../../../src/extract/read/normalise.ts';

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
