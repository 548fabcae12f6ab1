import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeForClassifier } from '../../../src/extract/pipeline/article.ts';
import { segmentArticle } from '../../../src/extract/clean/sentences.ts';
import { articleFeatures, characterNgrams } from '../../../src/extract/classify/features.ts';
import { predictProbability } from '../../../src/extract/classify/logistic.ts';
import { classifyCooperation } from '../../../src/extract/classify/classify.ts';
import {
  characterGramCode,
  characterNgramIndex,
  ngramIndex,
  weighedCharacterNgrams,
  weighedNgrams,
  type WeighedNgram,
} from '../../../src/extract/classify/ngram-weights.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';
import { COOPERATION_MODEL, type CooperationModel } from '../../../src/extract/classify/model.ts';

const article = (headline: string, ...body: string[]) =>
  describeForClassifier(
    segmentArticle(
      [
        { kind: 'heading', lines: [headline] },
        { kind: 'paragraph', lines: body },
      ],
      new Set([0]),
    ),
  );

/** A small model of named features, word n-grams of each zone and character n-grams of the opening, some of them repeated in the text below. */
const model: CooperationModel = {
  ...COOPERATION_MODEL,
  bias: -1.25,
  threshold: 0.5,
  weights: {
    'cue:agreement@headline': 0.8,
    'gate:health-in-opening': 0.3,
    'party:fewer-than-two': -0.6,
    'h:ky ket': 0.45,
    'h:benh vien': 0.1,
    'l:chuyen giao': 0.7,
    'l:ky': -0.05,
    'b:hop tac': 0.35,
    'b:bac si': -0.2,
    'b:2024': 9, // a number is no n-gram: never weighed
    'b:ngo doc': -1.5,
    'c:ky ke': 0.6, // a character n-gram of the headline
    'c:giao': 0.25, // of the lead
    'c: ngo': -0.7,
  },
};

test('scoring from the indexed n-gram weights gives the probability and cues of the whole feature map', () => {
  const inputs = [
    article(
      'Bệnh viện tỉnh ký kết hợp tác với Bệnh viện Bạch Mai',
      'Bạch Mai sẽ chuyển giao kỹ thuật mổ nội soi cho bệnh viện tỉnh.',
      'Năm 2024, hai bên hợp tác đào tạo 20 bác sĩ; bác sĩ của tỉnh học tại Hà Nội.',
      'Lễ ký diễn ra sáng thứ Hai.',
      'Việc hợp tác kéo dài ba năm, mỗi năm 10 bác sĩ được cử về tỉnh.',
      'Các bác sĩ hợp tác với khoa Ngoại.',
    ),
    article(
      'Ngộ độc thực phẩm ở một trường mầm non',
      'Mười hai trẻ nhập viện sau bữa trưa.',
      'Bác sĩ cho biết các cháu đã qua cơn nguy kịch, ngộ độc do thức ăn ôi thiu.',
    ),
  ];
  // Each zone of the first article has n-grams the model weighs, the body's repeated.
  assert.match(inputs[0]!.body, /hợp tác.*hợp tác/);
  for (const input of inputs) {
    const features = articleFeatures(input);
    const probability = predictProbability(model, features);
    const decided = classifyCooperation(input, model);
    assert.equal(decided.score, Math.round(probability * 1000) / 1000);
    assert.equal(decided.cooperation, probability >= model.threshold);
    // The cues: the features that pushed toward the decision, the strongest first.
    const pushing = [...features]
      .map(([name, value]) => ({ name, contribution: (model.weights[name] ?? 0) * value }))
      .filter((c) => (decided.cooperation ? c.contribution > 0 : c.contribution < 0))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
      .map((c) => c.name);
    assert.deepEqual(decided.cues, pushing.slice(0, 5));
  }
  assert.equal(classifyCooperation(inputs[0]!, model).cooperation, true);
  assert.equal(classifyCooperation(inputs[1]!, model).cooperation, false);
});

test('a zone is searched for the n-grams the model weighs, each once, in order of first appearance', () => {
  const index = ngramIndex(model);
  const found: WeighedNgram[] = [];
  const seen = new Set<WeighedNgram>();
  weighedNgrams(index, 'b', 'Bác sĩ hợp tác. Năm 2024 bác sĩ HỢP TÁC tiếp; ngộ độc', seen, found);
  assert.deepEqual(
    found.map((n) => n.name),
    ['b:bac si', 'b:hop tac', 'b:ngo doc'],
  );
  // Another zone's n-grams are its own: the body's 'hợp tác' is not the headline's.
  weighedNgrams(index, 'h', 'hợp tác với bệnh viện', seen, found);
  assert.deepEqual(found.at(-1)?.name, 'h:benh vien');
  assert.equal(found.length, 4);
});

test("a character gram's code is one number per gram of spaces, letters a to z and digits, 0 for any other", () => {
  assert.equal(characterGramCode(' ba'), (1 * 64 + 3) * 64 + 2);
  assert.equal(characterGramCode('9 z'), (37 * 64 + 1) * 64 + 27);
  const grams = [
    ' ab',
    'ab ',
    ' ab ',
    'aab',
    'ab',
    'abc',
    ' abc',
    'abc ',
    '  a',
    'a  ',
    '00a',
    'zz99 ',
  ];
  const codes = grams.map(characterGramCode);
  assert.equal(new Set(codes).size, grams.length);
  assert.ok(codes.every((c) => c > 0 && c < 2 ** 30));
  // A character outside the table, upper case, or a gram longer than five: no code, looked up as text.
  for (const gram of ['ab-', 'Abc', 'a\u00fcb', '\u4e2d\u6587 ', 'abcdef'])
    assert.equal(characterGramCode(gram), 0);
});

test('the character n-grams the index weighs are those of characterNgrams the model has, in the same order', () => {
  const random = seededRandom(20261203);
  // Vietnamese syllables, digits, foreign letters the fold keeps (ü, ß, Chinese, Cyrillic), punctuation, spaces.
  const pieces = [
    'bệnh',
    'viện',
    'Hợp',
    'tác',
    'ký',
    'kết',
    'Đà',
    'Nẵng',
    '2024',
    '1/5',
    'Müller',
    'Straße',
    '中文',
    'Москва',
    'ngộ',
    'độc',
    '-',
    ',',
    '(',
    ')',
    ' ',
    '  ',
    '\n',
    'x',
    'Ü',
  ];
  const pick = () => pieces[Math.floor(random() * pieces.length)]!;
  const text = (n: number) =>
    Array.from({ length: n }, () => pick()).join(random() < 0.5 ? ' ' : '');
  for (let round = 0; round < 300; round++) {
    const input = {
      headline: text(1 + Math.floor(random() * 8)),
      lead: text(Math.floor(random() * 30)),
    };
    const all = characterNgrams(input);
    // A model weighing about a third of the article's grams, and grams it does not have.
    const weights: Record<string, number> = {
      'c:zzz': 1,
      'c:\u00df\u00df\u00df': 2,
      'h:ky ket': 3,
    };
    for (const gram of all)
      if (random() < 0.35) weights[gram] = Math.round(random() * 100) / 10 - 5;
    const model: CooperationModel = { ...COOPERATION_MODEL, weights };
    const found: WeighedNgram[] = [];
    weighedCharacterNgrams(characterNgramIndex(model), input, found);
    assert.deepEqual(
      found.map((g) => [g.name, g.weight]),
      all.filter((g) => g in weights).map((g) => [g, weights[g]]),
    );
    // The index asked again (it marks the grams each search takes): the same grams.
    const again: WeighedNgram[] = [];
    weighedCharacterNgrams(characterNgramIndex(model), input, again);
    assert.deepEqual(again, found);
  }
  // Grams with characters outside the code table are found too (here ü, ß and Chinese).
  const input = { headline: 'Ông Müller', lead: 'Straße 中文' };
  const weights = {
    'c:mul': 1,
    'c:\u00fcll': 2,
    'c:sse': 3,
    'c:\u00dfe ': 4,
    'c:\u4e2d\u6587 ': 5,
    'c:e \u4e2d': 6,
  };
  const found: WeighedNgram[] = [];
  weighedCharacterNgrams(characterNgramIndex({ ...COOPERATION_MODEL, weights }), input, found);
  assert.deepEqual(
    found.map((g) => g.name),
    characterNgrams(input).filter((g) => g in weights),
  );
  assert.ok(found.length >= 3, found.map((g) => g.name).join(', '));
});
