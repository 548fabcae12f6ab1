/**
 * Binary logistic regression over named sparse features, L2-regularised,
 * trained by full-batch Adam from zero weights: deterministic for the same
 * examples in the same order.
 *
 * Written here rather than taken from ml-logistic-regression, which trains
 * dense matrices without a bias term or regularisation: with a few hundred
 * articles and thousands of n-gram features, both matter, and a sparse dot
 * product is what makes prediction free at extraction time.
 */
import type { Features } from './features.ts';
import { sparseRows } from './sparse-rows.ts';
import { Adam } from './adam.ts';

export interface LogisticWeights {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainingOptions {
  /** L2 penalty on the weights of named features (cues, gates, parties), per example; not on the bias. */
  l2: number;
  /** L2 penalty on word n-grams (`h:`, `l:`, `b:`), which are many and each weak. */
  ngramL2: number;
  iterations: number;
  learningRate: number;
  /** A feature seen in fewer training articles than this is left out. */
  minArticles: number;
  /** Weights smaller than this in magnitude are dropped from the model: they change no decision and would double its size. */
  minWeight: number;
  /**
   * Features whose name starts with one of these are evidence for the positive class, never against: their
   * weights are kept at zero or above (projected after each step).
   */
  nonNegative?: string[];
  /**
   * How many times a positive example counts in the log-loss beyond the class balance (1 when absent): the
   * penalty then tolerates more weight on evidence only the positives carry.
   */
  positiveWeight?: number;
}

export interface Example {
  features: Features;
  positive: boolean;
  /** How much the example counts in the log-loss, 1 when absent (on top of the class balance). */
  weight?: number;
  /** The probability the example should get, when not 1 or 0 (a borderline article); its class weight stays its label's. */
  target?: number;
}

/** Weights as a Map, built once per model: a lookup in a plain object of thousands of keys is several times slower. */
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();

export function weightsOf(model: LogisticWeights): Map<string, number> {
  let map = weightMaps.get(model.weights);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    weightMaps.set(model.weights, map);
  }
  return map;
}

export function predictProbability(model: LogisticWeights, features: Features): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

export function trainLogistic(examples: Example[], options: TrainingOptions): LogisticWeights {
  const matrix = sparseRows(examples, options.minArticles);
  const names = matrix.names;
  const rows = matrix.rows.map((r, j) => ({
    ...r,
    y: examples[j]!.positive ? 1 : 0,
    target: examples[j]!.target ?? (examples[j]!.positive ? 1 : 0),
    weight: examples[j]!.weight ?? 1,
  }));
  // Each class weighs as much as the other, however few the positives.
  const positives = rows.filter((r) => r.y === 1).length;
  const classWeight = [
    rows.length / (2 * Math.max(1, rows.length - positives)),
    (rows.length / (2 * Math.max(1, positives))) * (options.positiveWeight ?? 1),
  ];
  const n = names.length + 1; // the bias is the last parameter
  const penalty = Float64Array.from(
    names.map((name) => (/^[a-z]:/.test(name) ? options.ngramL2 : options.l2)).concat([0]),
  );
  const nonNegative = names.map((name) =>
    (options.nonNegative ?? []).some((prefix) => name.startsWith(prefix)),
  );
  const w = new Float64Array(n);
  const grad = new Float64Array(n);
  const adam = new Adam(n, options.learningRate);
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (const r of rows) {
      let z = w[n - 1]!;
      for (let k = 0; k < r.cols.length; k++) z += w[r.cols[k]!]! * r.vals[k]!;
      const error = (1 / (1 + Math.exp(-z)) - r.target) * classWeight[r.y]! * r.weight;
      for (let k = 0; k < r.cols.length; k++) grad[r.cols[k]!]! += error * r.vals[k]!;
      grad[n - 1]! += error;
    }
    adam.step(w, grad, penalty, rows.length);
    for (let i = 0; i < n; i++) if (nonNegative[i] && w[i]! < 0) w[i] = 0;
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const rounded = Math.round(w[i]! * 1e4) / 1e4;
    if (Math.abs(rounded) >= options.minWeight && rounded !== 0) weights[name] = rounded;
  });
  return { bias: Math.round(w[n - 1]! * 1e4) / 1e4, weights };
}
