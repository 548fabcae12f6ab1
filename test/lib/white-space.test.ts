import { test } from 'node:test';
import assert from 'node:assert/strict';
import { singleSpaces } from '../../src/lib/white-space.ts';
import { piecedTexts } from '../helpers.ts';

test('every run of white space becomes one plain space, a single plain space stays', () => {
  assert.equal(singleSpaces('Sở  Y\ttế\n\ntỉnh \u00a0Hà Giang '), 'Sở Y tế tỉnh Hà Giang ');
  assert.equal(singleSpaces('Bệnh viện Bạch Mai'), 'Bệnh viện Bạch Mai');
});

test('on random text it gives what replacing every run of \\s with a space gives', () => {
  const pieces = [
    'a',
    'Đà',
    ' ',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\u00a0',
    '\u2003',
    '\u2028',
    '\ufeff',
    'x y',
  ];
  for (const text of piecedTexts(pieces, 15, 11)) {
    assert.equal(singleSpaces(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
  }
});
