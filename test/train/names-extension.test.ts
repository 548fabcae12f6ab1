import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extensionExamples, trainExtension } from '../../src/train/names-extension.ts';
import { extendInstitutions, extensionCandidate } from '../../src/extract/names/name-extension.ts';
import { tagIndex, TAGS, type Tag } from '../../src/extract/names/tags.ts';
import { recogniseNames, type RecogniserWeights } from '../../src/extract/names/recognise.ts';
import { wordForms } from '../../src/extract/names/word-forms.ts';
import { tokenise } from '../../src/extract/names/tokens.ts';

const tagged = (text: string, tags: Tag[]) => ({
  tokens: tokenise(text),
  tags: tags.map(tagIndex),
});
const none = (n: number) => Array.from({ length: n }, () => false);

// A name that goes on in lower case past its capitalised words, and one that stops before a verb.
const LONG = tagged('Trung tâm Nghiên cứu về nước sạch vừa khai trương .', [
  'B-ORG',
  'I-ORG',
  'I-ORG',
  'I-ORG',
  'I-ORG',
  'I-ORG',
  'I-ORG',
  'O',
  'O',
  'O',
  'O',
]);
const SHORT = tagged('Sở Y tế vừa khai trương phòng khám .', [
  'B-ORG',
  'I-ORG',
  'I-ORG',
  'O',
  'O',
  'O',
  'O',
  'O',
  'O',
]);

test('a lower-case word or a joiner after a name is a boundary the extension decides', () => {
  const { tokens } = tagged('Viện Pasteur - Nha Trang và Sở Y tế', []);
  assert.deepEqual(
    tokens.map((_, j) => extensionCandidate(tokens, j)),
    [false, false, true, false, false, true, false, false, true],
  );
});

test('the examples: a lower-case word inside a name goes on, one after its end stops', () => {
  const long = extensionExamples(LONG.tokens, LONG.tags, none(LONG.tokens.length));
  assert.deepEqual(
    long.map((e) => e.goesOn),
    [true, true, true, true, true, false],
  );
  const short = extensionExamples(SHORT.tokens, SHORT.tags, none(SHORT.tokens.length));
  assert.deepEqual(
    short.map((e) => e.goesOn),
    [true, false],
  );
});

test('a name cut at a lower-case word is extended as far as the model says, never into another name', () => {
  const examples = Array.from({ length: 20 }, () => [
    ...extensionExamples(LONG.tokens, LONG.tags, none(LONG.tokens.length)),
    ...extensionExamples(SHORT.tokens, SHORT.tags, none(SHORT.tokens.length)),
  ]).flat();
  const weights = trainExtension(examples, 1);
  const cut = LONG.tags.map((t, i) => (i < 4 ? t : tagIndex('O')));
  assert.deepEqual(extendInstitutions(LONG.tokens, cut, none(cut.length), weights, 0.5), LONG.tags);
  assert.deepEqual(
    extendInstitutions(SHORT.tokens, SHORT.tags, none(SHORT.tags.length), weights, 0.5),
    SHORT.tags,
  );
  // "về" would go on, but the words after it are another name: the first name keeps its end.
  const beside = [...cut.slice(0, 5), tagIndex('B-ORG'), ...cut.slice(6)];
  assert.equal(
    extendInstitutions(LONG.tokens, beside, none(cut.length), weights, 0.5)[4],
    tagIndex('O'),
  );
});

test('the recogniser extends an institution when its weights carry the decision, and not without', () => {
  const row = (tag: Tag) => TAGS.map((t) => (t === tag ? 10 : 0));
  const chain = {
    emission: new Map([
      ['l=viện', row('B-ORG')],
      ['l=nghiên', row('I-ORG')],
      ['l=cứu', row('I-ORG')],
    ]),
    transition: Array.from({ length: TAGS.length + 1 }, () => TAGS.map(() => 0)),
    boundary: new Map<string, number[]>(),
  };
  const about = wordForms('về').folded;
  const extension = {
    threshold: 0.5,
    weights: new Map([
      ['bias', -1],
      [`w1=${about}`, 3],
      [`last=${about}`, 3],
    ]),
  };
  const sentences = [{ text: 'Viện Nghiên cứu về nước đã họp.' }];
  const names = (weights: RecogniserWeights) =>
    recogniseNames(sentences, weights).map((m) => m.text);
  assert.deepEqual(names(chain), ['Viện Nghiên cứu']);
  assert.deepEqual(names({ ...chain, extension }), ['Viện Nghiên cứu về nước']);
});
