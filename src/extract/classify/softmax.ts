/**
 * Multinomial (softmax) logistic regression over named sparse features, L2-regularised, trained by
 * full-batch Adam from zero weights like the binary model (logistic.ts): deterministic for the same examples
 * in the same order. One weight per feature and class; the class with the highest score wins.
 */
import type { Features } from './features.ts';
import type { TrainingOptions } from './logistic.ts';
import { sparseRows } from './sparse-rows.ts';
import { Adam } from './adam.ts';

/**
 * The binary model's options, and a penalty of its own for the body's word n-grams (`b:`): many and each weak,
 * they are penalised more than the headline's and lead's (`ngramL2`) when given.
 */
export interface SoftmaxOptions extends TrainingOptions {
  bodyNgramL2?: number;
}

export interface SoftmaxWeights {
  classes: string[];
  /** Per class, its bias. */
  bias: number[];
  /** Per feature, its weight for each class (in `classes` order). */
  weights: Record<string, number[]>;
}

const weightMaps = new WeakMap<Record<string, number[]>, Map<string, number[]>>();

function weightsOf(model: SoftmaxWeights): Map<string, number[]> {
  let map = weightMaps.get(model.weights);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    weightMaps.set(model.weights, map);
  }
  return map;
}

/** Each class's probability, in `classes` order. */
export function predictClasses(model: SoftmaxWeights, features: Features): number[] {
  const weights = weightsOf(model);
  const z = [...model.bias];
  for (const [name, value] of features) {
    const w = weights.get(name);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * value;
  }
  return normalise(z);
}

function normalise(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

function penaltyOf(name: string, options: SoftmaxOptions): number {
  if (name.startsWith('b:') && options.bodyNgramL2 !== undefined) return options.bodyNgramL2;
  return /^[a-z]:/.test(name) ? options.ngramL2 : options.l2;
}

export function trainSoftmax(
  examples: Array<{ features: Features; label: string }>,
  classes: string[],
  options: SoftmaxOptions,
): SoftmaxWeights {
  const matrix = sparseRows(examples, options.minArticles);
  const names = matrix.names;
  const K = classes.length;
  const rows = matrix.rows.map((r, j) => ({ ...r, y: classes.indexOf(examples[j]!.label) }));
  const n = (names.length + 1) * K; // parameter (feature i, class c) at i * K + c; the biases last
  const biasAt = names.length * K;
  const penalty = new Float64Array(n);
  names.forEach((name, i) => {
    for (let c = 0; c < K; c++) penalty[i * K + c] = penaltyOf(name, options);
  });
  const w = new Float64Array(n);
  const grad = new Float64Array(n);
  const adam = new Adam(n, options.learningRate);
  const z = new Array<number>(K);
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (const r of rows) {
      for (let c = 0; c < K; c++) {
        let s = w[biasAt + c]!;
        for (let k = 0; k < r.cols.length; k++) s += w[r.cols[k]! * K + c]! * r.vals[k]!;
        z[c] = s;
      }
      const p = normalise(z);
      for (let c = 0; c < K; c++) {
        const error = p[c]! - (c === r.y ? 1 : 0);
        for (let k = 0; k < r.cols.length; k++) grad[r.cols[k]! * K + c]! += error * r.vals[k]!;
        grad[biasAt + c]! += error;
      }
    }
    adam.step(w, grad, penalty, rows.length);
  }
  const round = (x: number) => Math.round(x * 1e3) / 1e3;
  const weights: Record<string, number[]> = {};
  names.forEach((name, i) => {
    const row = Array.from({ length: K }, (_, c) => round(w[i * K + c]!));
    if (row.some((x) => Math.abs(x) >= options.minWeight)) weights[name] = row;
  });
  return {
    classes,
    bias: Array.from({ length: K }, (_, c) => round(w[biasAt + c]!)),
    weights,
  };
}
