import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageChainWeights, memberSeed } from '../../src/train/chain-ensemble.ts';
import { chainScores, decode, trainPerceptron } from '../../src/extract/names/perceptron.ts';
import { featuresOf, legal, TOY_TRAINING } from '../extract/names/toy-names.ts';

const OPTIONS = { tagCount: 3, epochs: 10, legal };
const members = [0, 1, 2].map((m) =>
  trainPerceptron(TOY_TRAINING, { ...OPTIONS, seed: memberSeed(7, m) }),
);

test('the averaged weights score each token and tag with the mean of the members’ scores', () => {
  const words = 'Sáng nay bà Lan đến Hà Nội'.split(' ');
  const mean = chainScores(averageChainWeights(members), featuresOf(words)).emission;
  const each = members.map((m) => chainScores(m, featuresOf(words)).emission);
  mean.forEach((row, i) =>
    row.forEach((score, t) => {
      const expected = each.reduce((sum, e) => sum + e[i]![t]!, 0) / members.length;
      assert.ok(Math.abs(score - expected) < 1e-9, `token ${i} tag ${t}: ${score} vs ${expected}`);
    }),
  );
});

test('a feature only one member weighs counts for a share of it, and transitions are averaged too', () => {
  const lone = {
    emission: new Map([['w=x', Float64Array.from([0, 3, 0])]]),
    transition: [
      [1, 0, 0],
      [0, 0, 2],
      [0, 0, 0],
      [0, 0, 0],
    ],
    boundary: new Map<string, Float64Array>(),
  };
  const empty = {
    emission: new Map<string, Float64Array>(),
    transition: lone.transition.map((row) => row.map(() => 0)),
    boundary: new Map<string, Float64Array>(),
  };
  const mean = averageChainWeights([lone, empty, empty]);
  assert.deepEqual(Array.from(mean.emission.get('w=x')!), [0, 1, 0]);
  assert.deepEqual(mean.transition[1], [0, 0, 2 / 3]);
});

test('the ensemble of perceptrons over different sentence orders tags an unseen name', () => {
  const ensemble = averageChainWeights(members);
  assert.deepEqual(
    decode(ensemble, featuresOf('Hôm qua ông Tuấn Anh đến'.split(' ')), legal),
    [0, 0, 0, 1, 2, 0],
  );
});

test('one member is its own ensemble, and the first member keeps the seed', () => {
  assert.equal(averageChainWeights([members[0]!]), members[0]);
  assert.equal(memberSeed(7, 0), 7);
  assert.notEqual(memberSeed(7, 1), memberSeed(7, 2));
});
