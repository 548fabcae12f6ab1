import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  legalTransition,
  spansOf,
  tagIndex,
  tagsOf,
  TAGS,
} from '../../../src/extract/names/tags.ts';

test('spans become BIO tags and back', () => {
  const spans = [
    { kind: 'ORG' as const, from: 1, to: 4 },
    { kind: 'PROV' as const, from: 4, to: 6 },
    { kind: 'PER' as const, from: 7, to: 8 },
  ];
  const tags = tagsOf(spans, 9);
  assert.deepEqual(
    tags.map((t) => TAGS[t]),
    ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PROV', 'I-PROV', 'O', 'B-PER', 'O'],
  );
  assert.deepEqual(spansOf(tags), spans);
});

test('a name continues only a name of its own kind', () => {
  assert.equal(legalTransition(null, tagIndex('I-ORG')), false);
  assert.equal(legalTransition(tagIndex('O'), tagIndex('I-PER')), false);
  assert.equal(legalTransition(tagIndex('B-PER'), tagIndex('I-ORG')), false);
  assert.equal(legalTransition(tagIndex('B-ORG'), tagIndex('I-ORG')), true);
  assert.equal(legalTransition(tagIndex('I-ORG'), tagIndex('B-ORG')), true);
});
