import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sweepRuleNames } from '../../src/train/names-confidence.ts';
import { CONFIDENCE_SCALES, type ScoredMentions } from '../../src/train/names.ts';

const at = (p: number) => CONFIDENCE_SCALES.map(() => p);
const article = (gold: string[], rules: Array<[string, number]>) =>
  ({
    file: 'a',
    gold: { ORG: new Set(gold), PER: new Set(), PROV: new Set(), COUNTRY: new Set() },
    mentions: [],
    probabilities: [],
    endProbabilities: [],
    ruleNames: rules.map(([text, p]) => ({
      text,
      endProbabilities: at(p),
      stopProbabilities: at(p),
    })),
  }) as unknown as ScoredMentions;

test("the rules' names are counted per distinct string, each at its surest mention, below the threshold left out", () => {
  const scored = [
    article(
      ['Bệnh viện Chợ Rẫy', 'Viện Pasteur Nha Trang'],
      [
        ['Bệnh viện Chợ Rẫy', 0.9],
        ['Bệnh viện Chợ Rẫy', 0.2],
        ['Viện Pasteur', 0.4],
      ],
    ),
    article(['Bộ Y tế'], [['Bộ Y tế', 0.6]]),
  ];
  const [all, half, most] = sweepRuleNames(scored, 0, [0, 0.5, 0.7]);
  assert.deepEqual([all!.tp, all!.fp], [2, 1]);
  assert.equal(all!.cutLeftOut, 0);
  assert.deepEqual([half!.tp, half!.fp], [2, 0], 'the cut "Viện Pasteur" is left out');
  assert.equal(half!.cutLeftOut, 1);
  assert.deepEqual([most!.tp, most!.fp], [1, 0]);
  assert.equal(most!.rightLeftOut, 0.5);
});
