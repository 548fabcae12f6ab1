/**
 * An averaged structured perceptron over a linear chain (Collins 2002): decode
 * each training sentence with the current weights, and where the decoding is
 * wrong move the weights toward the right tags' features and away from the
 * decoded ones. The average of the weights over all steps is what is kept.
 * Deterministic: the order of sentences is shuffled by a seeded generator.
 */
import { viterbi } from './viterbi.ts';
import { seededRandom } from '../../lib/seeded-random.ts';

export interface TrainingSequence {
  /** The feature names that fire at each token. */
  features: readonly (readonly string[])[];
  /** The right tag of each token. */
  tags: readonly number[];
}

export interface PerceptronOptions {
  tagCount: number;
  epochs: number;
  seed: number;
  legal: (previous: number | null, next: number) => boolean;
}

/** What decoding needs: each feature's score per tag, and the transitions (last row: the start). */
export interface ChainWeights {
  emission: ReadonlyMap<string, ArrayLike<number>>;
  transition: number[][];
}

/** Trains on the sequences and returns the averaged weights. */
export function trainPerceptron(
  sequences: readonly TrainingSequence[],
  options: PerceptronOptions,
): ChainWeights {
  const L = options.tagCount;
  const ids = new Map<string, number>();
  const encoded = sequences.map((s) => ({
    features: s.features.map((fs) =>
      Int32Array.from(fs, (f) => {
        let id = ids.get(f);
        if (id === undefined) ids.set(f, (id = ids.size));
        return id;
      }),
    ),
    tags: s.tags,
  }));
  // w: current weights; u: each update times the step it was made at, so that w - u/c is the average.
  const w = new Float64Array(ids.size * L);
  const u = new Float64Array(ids.size * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let step = 1;
  const transitionRows = () =>
    Array.from({ length: L + 1 }, (_, p) => Array.from(tw.subarray(p * L, p * L + L)));
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, tags } = encoded[index]!;
      const emission = features.map((fs) => {
        const scores = new Float64Array(L);
        for (const f of fs) for (let t = 0; t < L; t++) scores[t]! += w[f * L + t]!;
        return scores;
      });
      const predicted = viterbi(emission, transitionRows(), options.legal);
      for (let i = 0; i < tags.length; i++) {
        const gold = tags[i]!;
        const guess = predicted[i]!;
        const goldPrev = i === 0 ? L : tags[i - 1]!;
        const guessPrev = i === 0 ? L : predicted[i - 1]!;
        if (gold !== guess)
          for (const f of features[i]!) {
            w[f * L + gold]! += 1;
            u[f * L + gold]! += step;
            w[f * L + guess]! -= 1;
            u[f * L + guess]! -= step;
          }
        if (gold !== guess || goldPrev !== guessPrev) {
          tw[goldPrev * L + gold]! += 1;
          tu[goldPrev * L + gold]! += step;
          tw[guessPrev * L + guess]! -= 1;
          tu[guessPrev * L + guess]! -= step;
        }
      }
      step++;
    }
  }
  const emission = new Map<string, Float64Array>();
  for (const [feature, id] of ids) {
    const row = new Float64Array(L);
    let any = false;
    for (let t = 0; t < L; t++) {
      row[t] = w[id * L + t]! - u[id * L + t]! / step;
      if (row[t] !== 0) any = true;
    }
    if (any) emission.set(feature, row);
  }
  const transition = Array.from({ length: L + 1 }, (_, p) =>
    Array.from({ length: L }, (_, t) => tw[p * L + t]! - tu[p * L + t]! / step),
  );
  return { emission, transition };
}

/** The best tags for a sentence's features under the weights. */
export function decode(
  weights: ChainWeights,
  features: readonly (readonly string[])[],
  legal: (previous: number | null, next: number) => boolean,
): number[] {
  const L = weights.transition[0]!.length;
  const emission = features.map((fs) => {
    const scores = new Float64Array(L);
    for (const f of fs) {
      const row = weights.emission.get(f);
      if (row) for (let t = 0; t < L; t++) scores[t]! += row[t]!;
    }
    return scores;
  });
  return viterbi(emission, weights.transition, legal);
}
