import type { SetScore } from '../lib/evaluation-summary.ts';

/** Precision, recall and F1 of binary decisions, with the true negatives too. */
export interface BinaryScore extends SetScore {
  tn: number;
}

export function binaryScore(pairs: Array<{ predicted: boolean; actual: boolean }>): BinaryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn, tn };
}

/**
 * Area under the ROC curve: the chance that a positive scores above a negative (ties count half). 0.5 is a
 * model that learned nothing; unlike precision it does not depend on a threshold that may publish nothing.
 */
export function rankAuc(pairs: Array<{ score: number; actual: boolean }>): number {
  const positives = pairs.filter((p) => p.actual).map((p) => p.score);
  const negatives = pairs.filter((p) => !p.actual).map((p) => p.score);
  if (!positives.length || !negatives.length) return 0.5;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}
