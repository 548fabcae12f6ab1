/**
 * An ensemble of chain taggers kept as one: several perceptrons trained on the
 * same sentences in different orders (each its own seed) disagree where the
 * data says little, and the mean of their weights scores every tag sequence
 * with the mean of their scores (a path's score is linear in the weights), so
 * the ensemble decodes at the cost of one model.
 */
import type { ChainWeights } from '../extract/names/perceptron.ts';

/** The seed of the m-th member of an ensemble trained with `seed` (the first member keeps it). */
export const memberSeed = (seed: number, member: number): number => seed + 1000 * member;

/** The mean of the members' weights; a feature a member lacks weighs 0 there. */
export function averageChainWeights(members: readonly ChainWeights[]): ChainWeights {
  if (members.length === 0) throw new Error('averageChainWeights: no members');
  if (members.length === 1) return members[0]!;
  const n = members.length;
  const mean = (rows: ReadonlyArray<ChainWeights['emission']>) => {
    const out = new Map<string, Float64Array>();
    for (const member of rows)
      for (const [feature, row] of member) {
        let sum = out.get(feature);
        if (!sum) out.set(feature, (sum = new Float64Array(row.length)));
        for (let k = 0; k < row.length; k++) sum[k]! += row[k]! / n;
      }
    return out;
  };
  return {
    emission: mean(members.map((m) => m.emission)),
    boundary: mean(members.map((m) => m.boundary)),
    transition: members[0]!.transition.map((row, p) =>
      row.map((_, t) => members.reduce((sum, m) => sum + m.transition[p]![t]!, 0) / n),
    ),
  };
}
