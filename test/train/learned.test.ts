import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predictClasses, trainSoftmax } from '../../src/extract/classify/softmax.ts';
import { firstCueType, typeFeatures } from '../../src/extract/classify/type-features.ts';
import { articleFeatures } from '../../src/extract/classify/features.ts';
import { groupedStratifiedFolds } from '../../src/train/folds.ts';
import { storyGroups } from '../../src/train/stories.ts';
import { thresholdFor } from '../../src/train/cooperation.ts';
import { stratumOf } from '../../src/train/strata.ts';
import { namesTrainingFiles, trainingFiles } from '../../src/train/stamp.ts';
import { rankAuc } from '../../src/train/metrics.ts';
import { textSignature } from '../../src/extract/output/permalinks.ts';
import { classifierInputOf } from '../helpers.ts';

const OPTIONS = {
  l2: 0.01,
  ngramL2: 0.01,
  iterations: 200,
  learningRate: 0.05,
  minArticles: 1,
  minWeight: 0,
};

test('the type model learns the class each feature goes with, deterministically', () => {
  const example = (names: string[], label: string) => ({
    features: new Map(names.map((n) => [n, 1])),
    label,
  });
  const examples = [
    example(['cue:agreement@headline', 'bệnh viện'], 'agreement'),
    example(['cue:agreement@headline'], 'agreement'),
    example(['cue:aid@headline', 'bệnh viện'], 'aid'),
    example(['cue:aid@headline'], 'aid'),
  ];
  const classes = ['agreement', 'aid', 'training'];
  const model = trainSoftmax(examples, classes, OPTIONS);
  const p = predictClasses(model, new Map([['cue:aid@headline', 1]]));
  assert.equal(p.indexOf(Math.max(...p)), 1);
  assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  assert.deepEqual(model, trainSoftmax(examples, classes, OPTIONS));
});

test('people counted beside a training word are a feature of their own', () => {
  const input = (body: string) => classifierInputOf({ headline: 'Bệnh viện tỉnh mở lớp', body });
  const trained = typeFeatures(
    input('Khóa học đã đào tạo cho 45 điều dưỡng của các trạm y tế xã.'),
    new Map(),
    'training',
    '',
  );
  assert.equal(trained.get('count:people-trained'), 1);
  assert.equal(trained.get('rule:training'), 1);
  const counted = typeFeatures(
    input('Bệnh viện có 45 điều dưỡng và 300 giường.'),
    new Map(),
    'aid',
    '',
  );
  assert.equal(counted.get('count:people-trained'), undefined);
});

test('the type model reads the types the headline and the lead name, and the body by single words', () => {
  const input = classifierInputOf({
    headline: 'Bệnh viện tỉnh nhận máy thở do một quỹ nước ngoài trao tặng',
    lead: 'Sáng qua, hai bệnh viện ký kết biên bản ghi nhớ về đào tạo bác sĩ nội trú.',
    body: 'Theo kế hoạch, lớp học đầu tiên khai giảng vào tháng sau tại hội trường bệnh viện.',
    organisationCount: 2,
    foreignPartner: true,
    foreignInOpening: true,
    openingInstitutions: 2,
    cooperationClauses: { opening: 1, body: 0 },
  });
  const features = typeFeatures(input, articleFeatures(input), 'aid', input.lead);
  assert.equal(features.get('type:aid@headline'), 1);
  // "ký kết" and "biên bản ghi nhớ" are one type, named once; "đào tạo" another.
  assert.equal(features.get('type:agreement@lead'), 1);
  assert.equal(features.get('type:training@lead'), 1);
  assert.equal(features.get('type:agreement@headline'), undefined);
  // A type named only in the body ("hội trường" is no conference) is no such feature.
  assert.ok(![...features.keys()].some((name) => /^type:.*@body$/.test(name)));
  assert.equal(features.get('b:khai'), 1);
  assert.equal(features.get('b:khai giang'), undefined);
});

test('a delegation or a dignitary visiting in the headline or the lead is a feature, not in the body', () => {
  const input = (headline: string, body: string) =>
    classifierInputOf({
      headline,
      lead: 'Hai bên trao đổi về hợp tác đào tạo.',
      body,
      organisationCount: 2,
      foreignPartner: true,
      foreignInOpening: true,
    });
  const visit = input('Phu nhân Thủ tướng Nhật Bản thăm Bệnh viện Nhi Trung ương', '');
  assert.equal(
    typeFeatures(visit, new Map(), 'working-visit', visit.lead).get('signal:visitors@opening'),
    1,
  );
  const later = input(
    'Hợp tác đào tạo nhi khoa',
    'Năm ngoái, đoàn công tác của bệnh viện đã đến thăm Nhật Bản.',
  );
  assert.equal(
    typeFeatures(later, new Map(), 'training', later.lead).get('signal:visitors@opening'),
    undefined,
  );
});

test('patients counted as cared for in the headline or the lead are a feature, not in the body', () => {
  const input = (lead: string, body: string) =>
    classifierInputOf({
      headline: 'Bác sĩ Hàn Quốc đến huyện vùng cao',
      lead,
      body,
      organisationCount: 2,
      foreignPartner: true,
      foreignInOpening: true,
    });
  const cared = input('Trong ba ngày, đoàn đã khám và phát thuốc miễn phí cho 650 người dân.', '');
  assert.equal(
    typeFeatures(cared, new Map(), 'medical-support', cared.lead).get(
      'count:patients-cared-for@opening',
    ),
    1,
  );
  const later = input(
    'Đoàn đến thăm Trung tâm Y tế huyện.',
    'Năm trước, bệnh viện đã phẫu thuật cho 40 trẻ.',
  );
  assert.equal(
    typeFeatures(later, new Map(), 'working-visit', later.lead).get(
      'count:patients-cared-for@opening',
    ),
    undefined,
  );
});

test("the type the lead's first sentence names first is a feature, none when its first cue names no type", () => {
  const input = classifierInputOf({
    lead: 'Sáng nay, hai bệnh viện đã ký kết thỏa thuận về đào tạo bác sĩ. Đoàn công tác sẽ sang Nhật.',
    organisationCount: 2,
    openingInstitutions: 2,
    cooperationClauses: { opening: 1, body: 0 },
  });
  const first = 'Sáng nay, hai bệnh viện đã ký kết thỏa thuận về đào tạo bác sĩ.';
  const features = typeFeatures(input, new Map(), 'agreement', first);
  // "ký kết" stands before "đào tạo": the agreement is named first, the training is what it is about.
  assert.equal(features.get('first-cue:agreement@lead'), 1);
  assert.equal(features.get('first-cue:training@lead'), undefined);
  // "hợp tác" names cooperation, not a type, though "tập huấn" follows it.
  assert.equal(
    firstCueType('Bệnh viện tỉnh hợp tác với Bệnh viện Chợ Rẫy tập huấn cho điều dưỡng.'),
    'none',
  );
  assert.equal(firstCueType('Chiều qua, trời mưa to ở thành phố.'), 'none');
});

test("the body's words can be penalised more than the other n-grams", () => {
  const examples = [
    { features: new Map([['b:tang', 1]]), label: 'aid' },
    { features: new Map([['b:tang', 1]]), label: 'aid' },
    { features: new Map([['b:lop', 1]]), label: 'training' },
    { features: new Map([['b:lop', 1]]), label: 'training' },
  ];
  const classes = ['aid', 'training'];
  const weight = (model: { weights: Record<string, number[]> }) =>
    Math.abs(model.weights['b:tang']![0]!);
  const same = trainSoftmax(examples, classes, OPTIONS);
  const more = trainSoftmax(examples, classes, { ...OPTIONS, bodyNgramL2: 1 });
  assert.ok(weight(more) < weight(same) / 2);
});

test('a story and its copy with a sentence added are one story; another story is not', () => {
  const story =
    'Sáng nay, Bệnh viện Đa khoa tỉnh Kon Tum và Bệnh viện Trung ương Huế ký thỏa thuận hợp tác về đào tạo ' +
    'cán bộ, chuyển giao kỹ thuật can thiệp tim mạch và hội chẩn từ xa giữa hai bệnh viện trong ba năm tới. ' +
    'Theo thỏa thuận, mỗi quý bệnh viện tuyến trên cử bác sĩ xuống hỗ trợ chuyên môn.';
  const copy = `${story} Lễ ký diễn ra tại hội trường của bệnh viện tỉnh.`;
  const other =
    'Trẻ nhỏ dễ mắc bệnh tay chân miệng vào mùa mưa; cha mẹ nên rửa tay cho con bằng xà phòng và đưa trẻ ' +
    'đến cơ sở y tế khi thấy sốt cao, loét miệng hoặc nổi bọng nước ở lòng bàn tay.';
  assert.deepEqual(storyGroups([story, other, copy].map(textSignature)), [0, 1, 0]);
});

test('folds keep a story in one fold and spread each label over the folds', () => {
  const items = Array.from({ length: 40 }, (_, i) => ({
    positive: i < 10,
    story: Math.floor(i / 2),
  }));
  const folds = groupedStratifiedFolds(
    items,
    (x) => String(x.positive),
    (i) => items[i]!.story,
    5,
    7,
  );
  for (let i = 0; i < items.length; i += 2) assert.equal(folds[i], folds[i + 1]);
  for (let k = 0; k < 5; k++) {
    assert.equal(folds.filter((f, i) => f === k && items[i]!.positive).length, 2);
    assert.equal(folds.filter((f, i) => f === k && !items[i]!.positive).length, 6);
  }
});

test('the threshold is the lowest whose precision reaches the target', () => {
  const decided = [
    { probability: 0.95, actual: true },
    { probability: 0.9, actual: true },
    { probability: 0.7, actual: true },
    { probability: 0.6, actual: false },
    { probability: 0.4, actual: true },
    { probability: 0.3, actual: false },
  ];
  // At 0.62 three of three are right; at 0.6 three of four (0.75); at 0.4 four of five (0.8).
  assert.equal(thresholdFor(decided, 0.9), 0.62);
  assert.equal(thresholdFor(decided, 0.8), 0.32);
});

test('an article with a cooperation word is a candidate, one without is of the random stratum', () => {
  assert.equal(stratumOf('Hai bệnh viện ký kết hợp tác đào tạo bác sĩ nội trú.'), 'candidate');
  assert.equal(stratumOf('Bệnh viện nhận TRAO TẶNG máy thở từ nhà hảo tâm.'), 'candidate');
  assert.equal(stratumOf('Uống đủ nước giúp thận làm việc tốt hơn trong mùa hè.'), 'random');
});

test("the models' stamp covers the feature code, not the models themselves", () => {
  const files = trainingFiles().map((f) => f.replace(/\\/g, '/'));
  for (const part of [
    'src/extract/classify/features.ts',
    'src/extract/classify/cues.ts',
    'src/extract/classify/type-features.ts',
    'src/extract/classify/type-signals.ts',
    'src/extract/classify/input.ts',
    'src/train/dataset.ts',
    'src/train/unlabelled.ts',
  ])
    assert.ok(
      files.some((f) => f.endsWith(part)),
      part,
    );
  assert.ok(!files.some((f) => /-model\.json$/.test(f)));
});

test('the area under the ROC curve is 1 for a perfect ranking, 0.5 for a constant score', () => {
  assert.equal(
    rankAuc([
      { score: 0.9, actual: true },
      { score: 0.1, actual: false },
    ]),
    1,
  );
  assert.equal(
    rankAuc([
      { score: 0.5, actual: true },
      { score: 0.5, actual: false },
    ]),
    0.5,
  );
});

test("the name recogniser's stamp covers its recipe, the lists its features read and the reading of the articles", () => {
  const files = namesTrainingFiles().map((f) => f.replace(/\\/g, '/'));
  for (const part of [
    'src/train/names.ts',
    'src/extract/names/features.ts',
    'src/extract/gazetteer/honorifics.ts',
    'src/extract/clean/noise.ts',
    'src/extract/clean/sentences.ts',
  ])
    assert.ok(
      files.some((f) => f.endsWith(part)),
      part,
    );
  assert.ok(!files.some((f) => f.endsWith('-model.json')));
});
