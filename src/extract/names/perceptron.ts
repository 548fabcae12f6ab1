/**
 * An averaged structured perceptron over a linear chain (Collins 2002): decode
 * each training sentence with the current weights, and where the decoding is
 * wrong move the weights toward the right tags' features and away from the
 * decoded ones. The average of the weights over all steps is what is kept.
 * Deterministic: the order of sentences is shuffled by a seeded generator.
 */
import { viterbi } from './viterbi.ts';
import { seededRandom } from '../../lib/seeded-random.ts';
import { PackedRows } from './packed-rows.ts';

export interface TrainingSequence {
  /** The feature names that fire at each token. */
  features: readonly (readonly string[])[];
  /** The feature names that fire on the boundary before each token (the first: none); weighed by tag pair. */
  boundaries?: readonly (readonly string[])[];
  /** The right tag of each token. */
  tags: readonly number[];
  /** How far a mistake on this sentence moves the weights (1 when not given): less for tags a model guessed. */
  weight?: number;
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
  /** Each boundary feature's score per pair of tags, `[previous * tagCount + next]`. */
  boundary: ReadonlyMap<string, ArrayLike<number>>;
}

/** Trains on the sequences and returns the averaged weights. */
export function trainPerceptron(
  sequences: readonly TrainingSequence[],
  options: PerceptronOptions,
): ChainWeights {
  const L = options.tagCount;
  const LL = L * L;
  const ids = new Map<string, number>();
  const boundaryIds = new Map<string, number>();
  const encode = (names: Map<string, number>, fs: readonly string[]) =>
    Int32Array.from(fs, (f) => {
      let id = names.get(f);
      if (id === undefined) names.set(f, (id = names.size));
      return id;
    });
  const encoded = sequences.map((s) => ({
    features: s.features.map((fs) => encode(ids, fs)),
    boundaries: s.features.map((_, i) => encode(boundaryIds, s.boundaries?.[i] ?? [])),
    tags: s.tags,
    weight: s.weight ?? 1,
  }));
  // w: current weights; u: each update times the step it was made at, so that w - u/c is the average.
  const w = new Float64Array(ids.size * L);
  const u = new Float64Array(ids.size * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const bw = new Float64Array(boundaryIds.size * LL);
  const bu = new Float64Array(boundaryIds.size * LL);
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
      const { features, boundaries, tags, weight } = encoded[index]!;
      const stepWeight = step * weight;
      const emission = features.map((fs) => {
        const scores = new Float64Array(L);
        for (const f of fs) for (let t = 0; t < L; t++) scores[t]! += w[f * L + t]!;
        return scores;
      });
      const pairs = boundaries.map((bs) => {
        if (bs.length === 0) return null;
        const scores = new Float64Array(LL);
        for (const b of bs) for (let k = 0; k < LL; k++) scores[k]! += bw[b * LL + k]!;
        return scores;
      });
      const predicted = viterbi(emission, transitionRows(), options.legal, pairs);
      for (let i = 0; i < tags.length; i++) {
        const gold = tags[i]!;
        const guess = predicted[i]!;
        const goldPrev = i === 0 ? L : tags[i - 1]!;
        const guessPrev = i === 0 ? L : predicted[i - 1]!;
        if (gold !== guess)
          for (const f of features[i]!) {
            w[f * L + gold]! += weight;
            u[f * L + gold]! += stepWeight;
            w[f * L + guess]! -= weight;
            u[f * L + guess]! -= stepWeight;
          }
        if (gold !== guess || goldPrev !== guessPrev) {
          tw[goldPrev * L + gold]! += weight;
          tu[goldPrev * L + gold]! += stepWeight;
          tw[guessPrev * L + guess]! -= weight;
          tu[guessPrev * L + guess]! -= stepWeight;
          if (i > 0)
            for (const b of boundaries[i]!) {
              bw[b * LL + goldPrev * L + gold]! += weight;
              bu[b * LL + goldPrev * L + gold]! += stepWeight;
              bw[b * LL + guessPrev * L + guess]! -= weight;
              bu[b * LL + guessPrev * L + guess]! -= stepWeight;
            }
        }
      }
      step++;
    }
  }
  const averaged = (
    names: Map<string, number>,
    width: number,
    cw: Float64Array,
    cu: Float64Array,
  ) => {
    const rows = new Map<string, Float64Array>();
    for (const [feature, id] of names) {
      const row = new Float64Array(width);
      let any = false;
      for (let k = 0; k < width; k++) {
        row[k] = cw[id * width + k]! - cu[id * width + k]! / step;
        if (row[k] !== 0) any = true;
      }
      if (any) rows.set(feature, row);
    }
    return rows;
  };
  const transition = Array.from({ length: L + 1 }, (_, p) =>
    Array.from({ length: L }, (_, t) => tw[p * L + t]! - tu[p * L + t]! / step),
  );
  return {
    emission: averaged(ids, L, w, u),
    transition,
    boundary: averaged(boundaryIds, LL, bw, bu),
  };
}

/** A sentence's scores under the weights: per token and tag, and per boundary and pair of tags (null: none). */
export interface ChainScores {
  emission: Float64Array[];
  pairs: Array<Float64Array | null> | undefined;
}

/** The scores the weights give a sentence's features (and its boundaries' features). */
export function chainScores(
  weights: ChainWeights,
  features: readonly (readonly string[])[],
  boundaries?: readonly (readonly string[])[],
): ChainScores {
  const L = weights.transition[0]!.length;
  const rows = weights.emission;
  // Packed rows (a loaded model's) are read in place: the same numbers added in the same order.
  const packed = rows instanceof PackedRows && rows.width === L ? rows : null;
  const emission = features.map((fs) => {
    const scores = new Float64Array(L);
    if (packed) {
      const all = packed.weights;
      for (const f of fs) {
        const id = packed.idOf(f);
        if (id === undefined) continue;
        const at = id * L;
        for (let t = 0; t < L; t++) scores[t]! += all[at + t]!;
      }
      return scores;
    }
    for (const f of fs) {
      const row = rows.get(f);
      if (row) for (let t = 0; t < L; t++) scores[t]! += row[t]!;
    }
    return scores;
  });
  const pairs = boundaries?.map((bs) => {
    let scores: Float64Array | null = null;
    for (const b of bs) {
      const row = weights.boundary.get(b);
      if (!row) continue;
      scores ??= new Float64Array(L * L);
      for (let k = 0; k < L * L; k++) scores[k]! += row[k]!;
    }
    return scores;
  });
  return { emission, pairs };
}

/** The best tags for a sentence's features (and its boundaries' features) under the weights. */
export function decode(
  weights: ChainWeights,
  features: readonly (readonly string[])[],
  legal: (previous: number | null, next: number) => boolean,
  boundaries?: readonly (readonly string[])[],
): number[] {
  const { emission, pairs } = chainScores(weights, features, boundaries);
  return viterbi(emission, weights.transition, legal, pairs);
}
