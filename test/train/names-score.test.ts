import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameErrors, scoreNames } from '../../src/train/names-score.ts';

const sets = (org: string[], per: string[] = []) => ({
  ORG: new Set(org),
  PER: new Set(per),
  PROV: new Set<string>(),
  COUNTRY: new Set<string>(),
});

test('each distinct string counts once per article, exactly as written', () => {
  const score = scoreNames([
    {
      file: 'a',
      gold: sets(['Bộ Y tế', 'WHO'], ['Lê An']),
      found: sets(['Bộ Y tế', 'Bộ Y'], ['Lê An']),
    },
    { file: 'b', gold: sets(['Bộ Y tế']), found: sets(['bộ Y tế']) },
  ]);
  assert.deepEqual([score.ORG.tp, score.ORG.fp, score.ORG.fn], [1, 2, 2]);
  assert.equal(score.PER.f1, 1);
});

test('a listed name found with other edges is reported as cut, one found nowhere as missed', () => {
  const errors = nameErrors(
    [{ file: 'a', gold: sets(['Hội Chữ thập đỏ', 'WHO']), found: sets(['Hội Chữ thập']) }],
    'ORG',
  );
  assert.deepEqual(errors.cut, [['Hội Chữ thập đỏ', 'Hội Chữ thập']]);
  assert.deepEqual(errors.missed, [['WHO', 1]]);
});
