import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import {
  bondKey,
  syllableBond,
  SYLLABLE_BONDS_PATH,
  type SyllableBonds,
} from '../../../src/extract/names/syllable-bonds.ts';
import { boundaryFeatures } from '../../../src/extract/names/features.ts';
import { tokenise } from '../../../src/extract/names/tokens.ts';

test('the two syllables of a common word bond; two words side by side do not', () => {
  assert.ok(syllableBond('xây', 'dựng') >= 3);
  assert.ok(syllableBond('quốc', 'gia') >= 2);
  assert.equal(syllableBond('dựng', 'bệnh'), 0);
});

test('bonds are looked up whatever the case and the tone-mark placement', () => {
  assert.equal(bondKey('Hoà'), bondKey('hòa'));
  assert.equal(syllableBond(bondKey('Xây'), bondKey('dựng')), syllableBond('xây', 'dựng'));
});

test('the boundary inside a word carries its bond; one across a comma does not', () => {
  const tokens = tokenise('Bộ Xây dựng, Sở Y tế họp.');
  const boundaries = boundaryFeatures(tokens);
  const at = (word: string) => boundaries[tokens.findIndex((t) => t.text === word)]!;
  assert.ok(at('dựng').some((f) => f.startsWith('bond=')));
  assert.ok(!at(',').some((f) => f.startsWith('bond=')));
  assert.ok(!at('Sở').some((f) => f.startsWith('bond=')));
});

test('the bonds file says what it was built from, and stays small', () => {
  const file = JSON.parse(readFileSync(SYLLABLE_BONDS_PATH, 'utf8')) as SyllableBonds;
  assert.match(file.builtFrom.corpusHash, /^[0-9a-f]{64}$/);
  assert.ok(file.builtFrom.articles > 1000);
  assert.ok(statSync(SYLLABLE_BONDS_PATH).size < 1_000_000);
  const keys = Object.keys(file.bonds);
  assert.deepEqual(keys, [...keys].sort());
});
