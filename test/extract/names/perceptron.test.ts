import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, trainPerceptron } from '../../../src/extract/names/perceptron.ts';
import { viterbi } from '../../../src/extract/names/viterbi.ts';
import { featuresOf, legal, TOY_TRAINING } from './toy-names.ts';

const OPTIONS = { tagCount: 3, epochs: 10, seed: 1, legal };

test('the trained perceptron tags a name it never saw, after the word that introduces names', () => {
  const weights = trainPerceptron(TOY_TRAINING, OPTIONS);
  assert.deepEqual(
    decode(weights, featuresOf('Hôm qua bà Mai Hoa đến'.split(' ')), legal),
    [0, 0, 0, 1, 2, 0],
  );
  assert.deepEqual(decode(weights, featuresOf('Trời nắng'.split(' ')), legal), [0, 0]);
});

test('training is deterministic: the same seed gives the same weights', () => {
  const a = trainPerceptron(TOY_TRAINING, OPTIONS);
  const b = trainPerceptron(TOY_TRAINING, OPTIONS);
  assert.deepEqual(
    [...a.emission].map(([f, w]) => [f, Array.from(w)]),
    [...b.emission].map(([f, w]) => [f, Array.from(w)]),
  );
  assert.deepEqual(a.transition, b.transition);
});

test('Viterbi never takes an illegal transition, even when its scores favour one', () => {
  // Token scores prefer I at the start and after O; only B-I or B-I-I sequences are legal there.
  const emission = [
    [0, 1, 5],
    [0, 0, 5],
  ];
  const flat = [0, 0, 0];
  const tags = viterbi(emission, [flat, flat, flat, flat], legal);
  assert.deepEqual(tags, [1, 2]);
});

test('a boundary feature is weighed by the pair of tags either side: a name does not end inside a word', () => {
  // "Viện Kinh tế" is one name: "Kinh tế" is one word, so its boundary is glued; "Viện Hoa nói" ends after "Hoa".
  const glued = (words: string[], glue: number[]) =>
    words.map((_, i) => (glue.includes(i) ? ['glue'] : []));
  const lower = (words: string[]) =>
    words.map((w, i) => [
      `cap=${/^[A-ZĐ]/.test(w)}`,
      `prev=${(words[i - 1] ?? '^').toLowerCase()}`,
    ]);
  const training = [
    ['Viện Kinh tế họp', [1, 2, 2, 0], [2]],
    ['Viện Hoa nói', [1, 2, 0], []],
    ['Viện Sinh học mở', [1, 2, 2, 0], [2]],
    ['Viện Mai đến', [1, 2, 0], []],
    ['kinh tế tăng', [0, 0, 0], [1]],
  ].map(([text, tags, glue]) => {
    const words = (text as string).split(' ');
    return {
      features: lower(words),
      boundaries: glued(words, glue as number[]),
      tags: tags as number[],
    };
  });
  const weights = trainPerceptron(training, OPTIONS);
  const words = 'Viện Dược liệu mở'.split(' ');
  assert.deepEqual(decode(weights, lower(words), legal, glued(words, [2])), [1, 2, 2, 0]);
  assert.deepEqual(decode(weights, lower(words), legal, glued(words, [])), [1, 2, 0, 0]);
});

test('a sentence of weight w moves the weights w times as far: every sentence at 0.5 halves every weight', () => {
  const full = trainPerceptron(TOY_TRAINING, OPTIONS);
  const half = trainPerceptron(
    TOY_TRAINING.map((s) => ({ ...s, weight: 0.5 })),
    OPTIONS,
  );
  assert.ok(full.emission.size > 0);
  for (const [feature, row] of full.emission)
    assert.deepEqual(
      Array.from(half.emission.get(feature)!),
      Array.from(row, (w) => w / 2),
    );
  assert.deepEqual(
    half.transition,
    full.transition.map((row) => row.map((w) => w / 2)),
  );
});
