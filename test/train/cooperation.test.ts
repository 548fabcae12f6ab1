import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  crossValidate,
  fitCooperation,
  outOfFoldProbabilities,
} from '../../src/train/cooperation.ts';
import type { LabelledExample } from '../../src/train/dataset.ts';

const OPTIONS = {
  l2: 0.01,
  ngramL2: 0.01,
  iterations: 200,
  learningRate: 0.05,
  minArticles: 1,
  minWeight: 0,
  borderlineWeight: 0.5,
  borderlineTarget: 0.2,
};

/** A labelled article reduced to what the classifier's training reads: its features and its story. */
function article(file: string, names: string[], positive: boolean, story = file): LabelledExample {
  return {
    file,
    positive,
    type: null,
    features: new Map(names.map((n) => [n, 1])),
    typeFeatures: new Map(),
    passesPrefilter: true,
    origin: 'candidate',
    signature: '',
    story,
  };
}

// Twenty articles: an agreement signed ("ký kết") is cooperation, a poisoning ("ngộ độc") is not.
const EXAMPLES = Array.from({ length: 20 }, (_, i) =>
  i % 2
    ? article(`y${i}.md`, ['ký kết', `chủ đề ${i % 5}`], true)
    : article(`n${i}.md`, ['ngộ độc', `chủ đề ${i % 5}`], false),
);

test('borderline articles train the model but are never decided or scored', () => {
  const borderline = [article('p1.md', ['ký kết', 'thăm hỏi'], false)];
  const { decisions } = crossValidate(EXAMPLES, OPTIONS, 3, 0.9, borderline);
  assert.deepEqual(
    decisions.map((d) => d.file),
    EXAMPLES.map((e) => e.file),
  );
});

test("a borderline article that retells a held-out article's story does not train the model that decides it", () => {
  // The borderline copy of y1's story carries a feature only y1 has, with a soft target that pulls it down.
  const copy = article('p-copy.md', ['ký kết', 'bản sao'], false, 'y1.md');
  const y1 = EXAMPLES.map((e) =>
    e.file === 'y1.md' ? { ...e, features: new Map([...e.features, ['bản sao', 1]]) } : e,
  );
  const probabilityOfY1 = (borderline: LabelledExample[]) =>
    outOfFoldProbabilities(y1, OPTIONS, 3, borderline).find((d) => d.file === 'y1.md')!.probability;
  assert.equal(probabilityOfY1([copy]), probabilityOfY1([]));
  // The same article under another story does reach y1's model: the test above can fail.
  assert.notEqual(probabilityOfY1([{ ...copy, story: 'p-copy.md' }]), probabilityOfY1([]));
});

test('self-training: the unlabelled articles the model finds most probable teach it their other words as cooperation', () => {
  // "bàn giao" (handing over) is in no labelled article; it stands beside "ký kết" in three unlabelled ones,
  // beside "ngộ độc" in three others.
  const unlabelled = [
    ...[1, 2, 3].map(
      (i) =>
        new Map([
          ['ký kết', 1],
          ['bàn giao', 1],
          [`chủ đề ${i}`, 1],
        ]),
    ),
    ...[1, 2, 3].map(
      (i) =>
        new Map([
          ['ngộ độc', 1],
          ['cảnh báo', 1],
          [`chủ đề ${i}`, 1],
        ]),
    ),
  ];
  const selfTrained = fitCooperation(
    EXAMPLES,
    { ...OPTIONS, selfTrainingPositives: 3, selfTrainingWeight: 1 },
    [],
    unlabelled,
  );
  assert.ok((selfTrained.weights['bàn giao'] ?? 0) > 0, "the confident articles' word learned");
  assert.equal(selfTrained.weights['cảnh báo'], undefined, 'the least probable ones left out');
  // Without positives to take, the unlabelled articles change nothing.
  assert.deepEqual(
    fitCooperation(EXAMPLES, { ...OPTIONS, selfTrainingPositives: 0 }, [], unlabelled),
    fitCooperation(EXAMPLES, OPTIONS),
  );
});
