/**
 * src/data/evaluation.json, the figures /gioi-thieu/ prints, must be what `npm run eval` measures on the
 * repository as it is: a retrained model, a change to the extractor or to the evaluation, or new gold data
 * make it stale until eval is run again. The check hashes files only: it takes about a second.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EVALUATION_FILE,
  evaluationCodeFiles,
  evaluationStamp,
  goldFiles,
  goldHash,
  staleness,
} from '../../src/eval/evaluation-file.ts';
import { extractorFiles } from '../../src/extract/pipeline/version.ts';
import type { EvaluationSummary } from '../../src/lib/evaluation-summary.ts';
import { ROOT, SHARED, tempDir } from '../helpers.ts';
import { COOPERATION_MODEL } from '../../src/extract/classify/model.ts';
import { TYPE_MODEL } from '../../src/extract/classify/type-model.ts';
import type { NamesModel } from '../../src/extract/names/model.ts';

const recorded = JSON.parse(readFileSync(EVALUATION_FILE, 'utf8')) as EvaluationSummary;
const relative = (files: string[]) => files.map((f) => f.slice(ROOT.length + 1));

test('src/data/evaluation.json was measured on the models, the code and the gold data as they are now (else: npm run eval)', () => {
  const why = staleness(recorded.stamp, evaluationStamp(SHARED));
  assert.deepEqual(why, [], `stale: ${why.join('; ')}. Run npm run eval and commit the file.`);
});

test('the stamp covers the extractor, the evaluation, the training and every gold file the figures come from', () => {
  const extractor = relative(extractorFiles());
  for (const file of [
    'src/extract/pipeline/article.ts',
    'src/extract/classify/features.ts',
    'src/extract/fields/event-date.ts',
    'src/data/cooperation-model.json',
    'src/data/type-model.json',
    'src/data/names-model.json',
  ])
    assert.ok(extractor.includes(file), `the extractor's version misses ${file}`);
  const evaluation = relative(evaluationCodeFiles());
  for (const file of [
    'src/eval/evaluate.ts',
    'src/eval/names.ts',
    'src/eval/score.ts',
    'src/eval/evaluation-file.ts',
    'src/train/cooperation.ts',
    'src/train/dataset.ts',
  ])
    assert.ok(evaluation.includes(file), `the evaluation's stamp misses ${file}`);
  const gold = goldFiles(SHARED).map((f) => f.slice(SHARED.length + 1));
  for (const file of [
    'gold/dev.json',
    'gold/seeds.json',
    'gold/labels.tsv',
    'gold/labels-published.tsv',
    'gold/mentions.json',
    'tools/score.mjs',
  ])
    assert.ok(gold.includes(file), `the gold stamp misses ${file}`);
});

test('one changed byte in the gold data changes its hash, and staleness names each part that moved', () => {
  const copy = tempDir('hoptac-shared-');
  for (const dir of ['gold', 'seeds', 'tools'])
    cpSync(join(SHARED, dir), join(copy, dir), { recursive: true });
  const before = goldHash(copy);
  assert.equal(before, recorded.stamp.gold);
  const labels = join(copy, 'gold', 'labels.tsv');
  writeFileSync(labels, readFileSync(labels, 'utf8').replace(/\tY\t/, '\tN\t'));
  assert.notEqual(goldHash(copy), before);

  const now = recorded.stamp;
  assert.deepEqual(
    staleness(now, {
      ...now,
      models: { ...now.models, type: '0'.repeat(64) },
      extractor: 'f'.repeat(16),
      gold: goldHash(copy),
    }),
    ['the type model was retrained', 'the extractor changed', 'the gold data changed'],
  );
});

test('the cross-validated figures in the file are the ones the committed models were trained with', () => {
  const cv = recorded.crossValidated;
  assert.equal(cv.cooperation.precision, COOPERATION_MODEL.crossValidation.precision);
  assert.equal(cv.cooperation.recall, COOPERATION_MODEL.crossValidation.recall);
  assert.equal(cv.cooperation.f1, COOPERATION_MODEL.crossValidation.f1);
  assert.equal(cv.type.accuracy, TYPE_MODEL.crossValidation.accuracy);
  assert.equal(cv.type.n, TYPE_MODEL.crossValidation.n);
  const names = JSON.parse(
    readFileSync(join(ROOT, 'src/data/names-model.json'), 'utf8'),
  ) as NamesModel;
  for (const [kind, field] of [
    ['ORG', 'organisations'],
    ['PER', 'people'],
    ['PROV', 'provinces'],
    ['COUNTRY', 'countries'],
  ] as const)
    assert.equal(
      cv.names.byField[field].f1,
      (names.crossValidation[kind] as { f1: number }).f1,
      `names ${kind}`,
    );
});
