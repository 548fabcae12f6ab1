import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predictProbability, trainLogistic } from '../../src/extract/classify/logistic.ts';
import { stratifiedFolds } from '../../src/train/folds.ts';

const OPTIONS = {
  l2: 0.01,
  ngramL2: 0.01,
  iterations: 300,
  learningRate: 0.05,
  minArticles: 1,
  minWeight: 0,
};
const example = (names: string[], positive: boolean) => ({
  features: new Map(names.map((n) => [n, 1])),
  positive,
});
// "ký kết" reports cooperation, "ngộ độc" an incident; "bệnh viện" is everywhere and says nothing.
const EXAMPLES = [
  example(['ký kết', 'bệnh viện'], true),
  example(['ký kết'], true),
  example(['ký kết', 'bệnh viện', 'hợp tác'], true),
  example(['ngộ độc', 'bệnh viện'], false),
  example(['ngộ độc'], false),
  example(['bệnh viện'], false),
  example(['ngộ độc', 'hợp tác'], false),
];

test('a feature seen only with cooperation articles raises the probability, one seen only with others lowers it', () => {
  const model = trainLogistic(EXAMPLES, OPTIONS);
  assert.ok(model.weights['ký kết']! > 0);
  assert.ok(model.weights['ngộ độc']! < 0);
  assert.ok(predictProbability(model, new Map([['ký kết', 1]])) > 0.5);
  assert.ok(predictProbability(model, new Map([['ngộ độc', 1]])) < 0.5);
});

test('training is deterministic: the same examples give the same weights', () => {
  assert.deepEqual(trainLogistic(EXAMPLES, OPTIONS), trainLogistic(EXAMPLES, OPTIONS));
});

test('features seen in fewer articles than the minimum get no weight', () => {
  const model = trainLogistic(EXAMPLES, { ...OPTIONS, minArticles: 3 });
  assert.equal(model.weights['hợp tác'], undefined);
  assert.notEqual(model.weights['ký kết'], undefined);
});

test('an unknown feature does not move the probability', () => {
  const model = trainLogistic(EXAMPLES, OPTIONS);
  assert.equal(
    predictProbability(model, new Map([['chưa từng thấy', 1]])),
    predictProbability(model, new Map()),
  );
});

test('folds are stratified, fixed by the seed, and use every fold', () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ positive: i < 10 }));
  const folds = stratifiedFolds(items, (x) => String(x.positive), 5, 7);
  assert.deepEqual(
    folds,
    stratifiedFolds(items, (x) => String(x.positive), 5, 7),
  );
  assert.notDeepEqual(
    folds,
    stratifiedFolds(items, (x) => String(x.positive), 5, 8),
  );
  for (let k = 0; k < 5; k++) {
    assert.equal(folds.filter((f, i) => f === k && items[i]!.positive).length, 2);
    assert.equal(folds.filter((f, i) => f === k && !items[i]!.positive).length, 8);
  }
});

test('a borderline example with a soft target pulls its features between the two classes', () => {
  // "thăm hỏi" (a courtesy visit) is seen once, in an article a reader could not call cooperation or not.
  const visit = ['thăm hỏi', 'bệnh viện'];
  const asNegative = trainLogistic([...EXAMPLES, example(visit, false)], OPTIONS);
  const asBorderline = trainLogistic(
    [...EXAMPLES, { ...example(visit, false), target: 0.5, weight: 1 }],
    OPTIONS,
  );
  const p = (model: ReturnType<typeof trainLogistic>) =>
    predictProbability(model, new Map([['thăm hỏi', 1]]));
  assert.ok(p(asBorderline) > p(asNegative), `${p(asBorderline)} <= ${p(asNegative)}`);
});

test('an example that weighs more moves the weights more', () => {
  const light = trainLogistic([...EXAMPLES, example(['hợp tác'], false)], OPTIONS);
  const heavy = trainLogistic(
    [...EXAMPLES, { ...example(['hợp tác'], false), weight: 4 }],
    OPTIONS,
  );
  assert.ok(heavy.weights['hợp tác']! < light.weights['hợp tác']!);
});

test('a weight on the positive class lets rarer positive evidence carry more weight', () => {
  // "chuyển giao" is seen in one cooperation article only: counted twice, it earns a larger weight.
  const examples = [...EXAMPLES, example(['chuyển giao', 'bệnh viện'], true)];
  const plain = trainLogistic(examples, OPTIONS);
  const weighted = trainLogistic(examples, { ...OPTIONS, positiveWeight: 2 });
  assert.ok(weighted.weights['chuyển giao']! > plain.weights['chuyển giao']!);
});
