import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  sequenceGradient,
  trainCrf,
  type ChainParameters,
  type EncodedSequence,
} from '../../../src/extract/names/crf.ts';
import { decode } from '../../../src/extract/names/perceptron.ts';
import { chainMarginals } from '../../../src/extract/names/marginals.ts';
import { featuresOf, legal, TOY_TRAINING } from './toy-names.ts';

const L = 3;

/** Small fixed pseudo-random weights, so that no gradient is zero by symmetry. */
function parametersOf(features: number, boundaries: number): ChainParameters {
  let x = 7;
  const next = () => ((x = (x * 48271) % 2147483647) / 2147483647) * 2 - 1;
  return {
    emission: Float64Array.from({ length: features * L }, next),
    transition: Float64Array.from({ length: (L + 1) * L }, next),
    boundary: Float64Array.from({ length: boundaries * L * L }, next),
  };
}

const SEQUENCE: EncodedSequence = {
  features: [Int32Array.of(0, 1), Int32Array.of(1, 2), Int32Array.of(0, 2, 3), Int32Array.of(3)],
  boundaries: [Int32Array.of(), Int32Array.of(0), Int32Array.of(), Int32Array.of(0, 1)],
  tags: [1, 2, 0, 1],
};

test('the gradient of the log-likelihood is what finite differences measure, for every weight', () => {
  const parameters = parametersOf(4, 2);
  const gradient = sequenceGradient(parameters, SEQUENCE, L, legal);
  const h = 1e-6;
  const check = (part: keyof ChainParameters, analytic: (k: number) => number) => {
    const w = parameters[part];
    for (let k = 0; k < w.length; k++) {
      const saved = w[k]!;
      w[k] = saved + h;
      const up = sequenceGradient(parameters, SEQUENCE, L, legal).logLikelihood;
      w[k] = saved - h;
      const down = sequenceGradient(parameters, SEQUENCE, L, legal).logLikelihood;
      w[k] = saved;
      const numeric = (up - down) / (2 * h);
      assert.ok(
        Math.abs(numeric - analytic(k)) < 1e-6,
        `${part}[${k}]: ${numeric} vs ${analytic(k)}`,
      );
    }
  };
  check('emission', (k) => gradient.emission.get(Math.floor(k / L))?.[k % L] ?? 0);
  check('transition', (k) => gradient.transition[k]!);
  check('boundary', (k) => gradient.boundary.get(Math.floor(k / (L * L)))?.[k % (L * L)] ?? 0);
});

test('the log-likelihood is the log of a probability: below 0, and the probabilities of every tagging sum to 1', () => {
  const parameters = parametersOf(4, 2);
  let total = 0;
  for (let code = 0; code < L ** 4; code++) {
    const tags = [0, 1, 2, 3].map((i) => Math.floor(code / L ** i) % L);
    if (tags.some((t, i) => !legal(i === 0 ? null : tags[i - 1]!, t))) continue;
    const { logLikelihood } = sequenceGradient(parameters, { ...SEQUENCE, tags }, L, legal);
    assert.ok(logLikelihood < 0);
    total += Math.exp(logLikelihood);
  }
  assert.ok(Math.abs(total - 1) < 1e-9, String(total));
});

test('the chain marginals of each token and each pair sum to 1, and a pair sums to its tokens', () => {
  const emission = [
    Float64Array.of(0.5, 1, -1),
    Float64Array.of(0, 2, 0.3),
    Float64Array.of(1, 0, 0),
  ];
  const transition = [
    [0, 0.2, 1],
    [0.1, 0, 0.5],
    [0, -0.3, 0.2],
    [0.4, 0.1, 0],
  ];
  const { node, pair } = chainMarginals({ emission, transition, legal });
  for (const row of node) assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-12);
  for (let i = 1; i < 3; i++)
    for (let t = 0; t < L; t++) {
      let sum = 0;
      for (let p = 0; p < L; p++) sum += pair[i]![p * L + t]!;
      assert.ok(Math.abs(sum - node[i]![t]!) < 1e-12);
    }
  assert.equal(pair[1]![0 * L + 2], 0, 'I after O is illegal');
});

const OPTIONS = { tagCount: L, epochs: 20, seed: 1, legal, l2: 0.1, rate: 0.5 };

test('the trained CRF tags a name it never saw, after the word that introduces names', () => {
  const weights = trainCrf(TOY_TRAINING, OPTIONS);
  assert.deepEqual(
    decode(weights, featuresOf('Hôm qua bà Mai Hoa đến'.split(' ')), legal),
    [0, 0, 0, 1, 2, 0],
  );
  assert.deepEqual(decode(weights, featuresOf('Trời nắng'.split(' ')), legal), [0, 0]);
});

test('CRF training is deterministic, and a stronger L2 penalty gives smaller weights', () => {
  const a = trainCrf(TOY_TRAINING, OPTIONS);
  assert.deepEqual(trainCrf(TOY_TRAINING, OPTIONS), a);
  const size = (w: typeof a) =>
    [...w.emission.values()].reduce(
      (s, row) => s + Array.from(row).reduce((x, y) => x + y * y, 0),
      0,
    );
  assert.ok(size(trainCrf(TOY_TRAINING, { ...OPTIONS, l2: 10 })) < size(a));
});
