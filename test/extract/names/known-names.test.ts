import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownNameMarks, knownNames } from '../../../src/extract/names/known-names.ts';
import { tokenise } from '../../../src/extract/names/tokens.ts';
import {
  baseSequences,
  institutionCounts,
  knownNamesWithout,
  namesFoldTraining,
} from '../../../src/train/names.ts';
import type { NamedArticle } from '../../../src/train/names-data.ts';

const marksOf = (sentence: string, names: Array<[string, number]>) => {
  const tokens = tokenise(sentence);
  const marks = knownNameMarks(tokens, knownNames(names));
  return tokens
    .map((t, i) => `${t.text}${marks[i]!.length ? `[${marks[i]!.join()}]` : ''}`)
    .join(' ');
};

test('the longest known name is marked first, middle and last, with how many articles wrote it', () => {
  assert.equal(
    marksOf('Sáng nay Bệnh viện Hữu nghị tiếp đoàn.', [
      ['Bệnh viện Hữu nghị', 12],
      ['Bệnh viện', 1],
    ]),
    'Sáng nay Bệnh[kn=B|4] viện[kn=I|4] Hữu[kn=I|4] nghị[kn=L|4] tiếp đoàn .',
  );
});

test('a one-word name is marked alone; a known name is found whatever the tone-mark placement', () => {
  assert.equal(
    marksOf('Đoàn của JICA thăm Bệnh viện Hoà Bình.', [
      ['JICA', 2],
      ['Bệnh viện Hòa Bình', 1],
    ]),
    'Đoàn của JICA[kn=U|2] thăm Bệnh[kn=B|1] viện[kn=I|1] Hoà[kn=I|1] Bình[kn=L|1] .',
  );
});

test('case is kept: a description written lower-case is not the name', () => {
  assert.equal(
    marksOf('Các bệnh viện hữu nghị đều họp.', [['Bệnh viện Hữu nghị', 3]]),
    'Các bệnh viện hữu nghị đều họp .',
  );
});

test("in training an article's known names are the other articles' names only", () => {
  const article = (file: string, names: string[]) =>
    ({ file, sentences: [], tags: [], gold: { ORG: new Set(names) } }) as unknown as NamedArticle;
  const own = article('a', ['Viện Tim Sài Gòn', 'Bộ Y tế']);
  const other = article('b', ['Bộ Y tế']);
  const counts = institutionCounts([own, other]);
  assert.equal(counts.get('Bộ Y tế'), 2);
  const marks = (sentence: string) =>
    knownNameMarks(tokenise(sentence), knownNamesWithout(counts, own)).flat();
  assert.deepEqual(
    marks('Viện Tim Sài Gòn'),
    [],
    'a name only this article wrote is not known to it',
  );
  assert.deepEqual(marks('Bộ Y tế'), ['kn=B|1', 'kn=I|1', 'kn=L|1']);
});

test("a fold's recogniser is trained on the other folds' articles, its names known from them only", () => {
  const article = (file: string, text: string, names: string[]) => {
    const tokens = tokenise(text);
    return {
      file,
      sentences: [{ text, tokens }],
      tags: [tokens.map(() => 0)],
      gold: { ORG: new Set(names) },
    } as unknown as NamedArticle;
  };
  const articles = [
    article('a', 'Viện Tim Sài Gòn khám miễn phí', ['Viện Tim Sài Gòn']),
    article('b', 'Đoàn thăm Bộ Y tế', ['Bộ Y tế']),
    article('c', 'Bộ Y tế tiếp đoàn', ['Bộ Y tế']),
  ];
  const { training, counts, sequences } = namesFoldTraining(
    articles,
    articles.map(baseSequences),
    [0, 1, 1],
    0,
  );
  assert.deepEqual(
    training.map((a) => a.file),
    ['b', 'c'],
  );
  assert.deepEqual([...counts], [['Bộ Y tế', 2]], 'the tested article names nothing known');
  assert.equal(sequences.length, 2);
  // "Bộ Y tế" in b is known from c alone: one article.
  assert.ok(sequences[0]!.features[2]!.includes('kn=B|1'));
});
