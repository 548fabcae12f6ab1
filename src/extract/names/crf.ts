/**
 * A linear-chain conditional random field over the same features as the
 * perceptron (Lafferty et al. 2001): the weights maximise the conditional
 * log-likelihood of the right tags, Σ log p(y | x), less an L2 penalty
 * λ/2 · ‖w‖². The gradient of one sentence is each feature's observed count
 * under the right tags minus its expected count under the model (the token and
 * pair marginals of marginals.ts). Optimised by AdaGrad over the sentences in
 * an order shuffled by a seeded generator, the penalty applied lazily to the
 * weights a sentence touches (exactly what it would have done at every step
 * in between, at each weight's own step size): deterministic and sparse.
 */
import { chainMarginals } from './marginals.ts';
import type { ChainWeights, TrainingSequence } from './perceptron.ts';
import { seededRandom } from '../../lib/seeded-random.ts';

export interface CrfOptions {
  tagCount: number;
  /** Passes over the training sentences. */
  epochs: number;
  seed: number;
  legal: (previous: number | null, next: number) => boolean;
  /** λ, the L2 penalty's strength over the whole training set. */
  l2: number;
  /** AdaGrad's step size. */
  rate: number;
  /** Weights to start from (e.g. a perceptron's), times `initialScale`; zero otherwise. */
  initial?: ChainWeights;
  initialScale?: number;
}

/** The weights as flat arrays by feature index: `emission[f * L + t]`, `transition[p * L + t]` (row L: the start), `boundary[b * L * L + p * L + t]`. */
export interface ChainParameters {
  emission: Float64Array;
  transition: Float64Array;
  boundary: Float64Array;
}

/** A training sentence with its features as indices. */
export interface EncodedSequence {
  features: readonly Int32Array[];
  /** The boundary features before each token (the first: none). */
  boundaries: readonly Int32Array[];
  tags: readonly number[];
}

/** One sentence's log-likelihood and its gradient (observed minus expected counts), by feature index. */
export interface SequenceGradient {
  logLikelihood: number;
  emission: Map<number, Float64Array>;
  boundary: Map<number, Float64Array>;
  transition: Float64Array;
}

/** log p(tags | features) of one sentence under the parameters, and its gradient. */
export function sequenceGradient(
  parameters: ChainParameters,
  sequence: EncodedSequence,
  tagCount: number,
  legal: CrfOptions['legal'],
): SequenceGradient {
  const L = tagCount;
  const LL = L * L;
  const { features, boundaries, tags } = sequence;
  const emission = features.map((fs) => {
    const scores = new Float64Array(L);
    for (const f of fs) for (let t = 0; t < L; t++) scores[t]! += parameters.emission[f * L + t]!;
    return scores;
  });
  const pairs = boundaries.map((bs, i) => {
    if (i === 0 || bs.length === 0) return null;
    const scores = new Float64Array(LL);
    for (const b of bs) for (let k = 0; k < LL; k++) scores[k]! += parameters.boundary[b * LL + k]!;
    return scores;
  });
  const transition = Array.from({ length: L + 1 }, (_, p) =>
    parameters.transition.subarray(p * L, p * L + L),
  );
  const { logPartition, node, pair } = chainMarginals({
    emission,
    transition,
    boundary: pairs,
    legal,
  });
  const gradient: SequenceGradient = {
    logLikelihood: -logPartition,
    emission: new Map(),
    boundary: new Map(),
    transition: new Float64Array((L + 1) * L),
  };
  const row = (map: Map<number, Float64Array>, id: number, width: number) => {
    let r = map.get(id);
    if (!r) map.set(id, (r = new Float64Array(width)));
    return r;
  };
  for (let i = 0; i < tags.length; i++) {
    const gold = tags[i]!;
    const previous = i === 0 ? L : tags[i - 1]!;
    gradient.logLikelihood +=
      emission[i]![gold]! + transition[previous]![gold]! + (pairs[i]?.[previous * L + gold] ?? 0);
    for (const f of features[i]!) {
      const g = row(gradient.emission, f, L);
      g[gold]! += 1;
      for (let t = 0; t < L; t++) g[t]! -= node[i]![t]!;
    }
    gradient.transition[previous * L + gold]! += 1;
    if (i === 0) for (let t = 0; t < L; t++) gradient.transition[L * L + t]! -= node[0]![t]!;
    else {
      for (let k = 0; k < LL; k++) gradient.transition[k]! -= pair[i]![k]!;
      for (const b of boundaries[i]!) {
        const g = row(gradient.boundary, b, LL);
        g[previous * L + gold]! += 1;
        for (let k = 0; k < LL; k++) g[k]! -= pair[i]![k]!;
      }
    }
  }
  return gradient;
}

/** Gives each distinct name an index, in order of first sight. */
function encoder(names: Map<string, number>) {
  return (fs: readonly string[]) =>
    Int32Array.from(fs, (f) => {
      let id = names.get(f);
      if (id === undefined) names.set(f, (id = names.size));
      return id;
    });
}

/** Trains a CRF on the sequences and returns its weights. */
export function trainCrf(
  sequences: readonly TrainingSequence[],
  options: CrfOptions,
): ChainWeights {
  const L = options.tagCount;
  const LL = L * L;
  const ids = new Map<string, number>();
  const boundaryIds = new Map<string, number>();
  const encodeFeatures = encoder(ids);
  const encodeBoundaries = encoder(boundaryIds);
  const encoded: EncodedSequence[] = sequences.map((s) => ({
    features: s.features.map(encodeFeatures),
    boundaries: s.features.map((_, i) => encodeBoundaries(s.boundaries?.[i] ?? [])),
    tags: s.tags,
  }));
  const parameters: ChainParameters = {
    emission: new Float64Array(ids.size * L),
    transition: new Float64Array((L + 1) * L),
    boundary: new Float64Array(boundaryIds.size * LL),
  };
  if (options.initial) startFrom(parameters, options.initial, ids, boundaryIds, L, options);
  // AdaGrad's sums of squared gradients, and the step at which each row was last penalised.
  const squares = {
    emission: new Float64Array(parameters.emission.length),
    transition: new Float64Array(parameters.transition.length),
    boundary: new Float64Array(parameters.boundary.length),
  };
  const lastEmission = new Int32Array(ids.size);
  const lastBoundary = new Int32Array(boundaryIds.size);
  const penalty = options.l2 / Math.max(1, encoded.length);
  const { rate } = options;
  // The penalty's steps a row missed, at each weight's own AdaGrad step size.
  const catchUp = (
    w: Float64Array,
    g: Float64Array,
    from: number,
    width: number,
    steps: number,
  ) => {
    if (steps <= 0 || penalty === 0) return;
    for (let k = from; k < from + width; k++)
      if (g[k]! > 0) w[k]! *= Math.max(0, 1 - (rate * penalty) / Math.sqrt(g[k]!)) ** steps;
  };
  const step = (w: Float64Array, g: Float64Array, k: number, gradient: number) => {
    if (gradient === 0) return;
    g[k]! += gradient * gradient;
    w[k]! -= (rate * gradient) / Math.sqrt(g[k]!);
  };
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  let steps = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      steps++;
      const sequence = encoded[index]!;
      for (const fs of sequence.features)
        for (const f of fs) {
          catchUp(parameters.emission, squares.emission, f * L, L, steps - 1 - lastEmission[f]!);
          lastEmission[f] = steps - 1;
        }
      for (const bs of sequence.boundaries)
        for (const b of bs) {
          catchUp(parameters.boundary, squares.boundary, b * LL, LL, steps - 1 - lastBoundary[b]!);
          lastBoundary[b] = steps - 1;
        }
      const gradient = sequenceGradient(parameters, sequence, L, options.legal);
      // Minimising the negative log-likelihood plus this step's share of the penalty.
      for (const [f, g] of gradient.emission)
        for (let t = 0; t < L; t++) {
          const k = f * L + t;
          step(parameters.emission, squares.emission, k, penalty * parameters.emission[k]! - g[t]!);
        }
      for (const [b, g] of gradient.boundary)
        for (let t = 0; t < LL; t++) {
          const k = b * LL + t;
          step(parameters.boundary, squares.boundary, k, penalty * parameters.boundary[k]! - g[t]!);
        }
      for (let k = 0; k < parameters.transition.length; k++)
        step(
          parameters.transition,
          squares.transition,
          k,
          penalty * parameters.transition[k]! - gradient.transition[k]!,
        );
      for (const fs of sequence.features) for (const f of fs) lastEmission[f] = steps;
      for (const bs of sequence.boundaries) for (const b of bs) lastBoundary[b] = steps;
    }
  }
  for (let f = 0; f < ids.size; f++)
    catchUp(parameters.emission, squares.emission, f * L, L, steps - lastEmission[f]!);
  for (let b = 0; b < boundaryIds.size; b++)
    catchUp(parameters.boundary, squares.boundary, b * LL, LL, steps - lastBoundary[b]!);
  return chainWeights(parameters, ids, boundaryIds, L);
}

/** The parameters start at the given weights (times the scale) where a feature has them. */
function startFrom(
  parameters: ChainParameters,
  initial: ChainWeights,
  ids: ReadonlyMap<string, number>,
  boundaryIds: ReadonlyMap<string, number>,
  L: number,
  options: CrfOptions,
) {
  const scale = options.initialScale ?? 1;
  const copy = (
    into: Float64Array,
    rows: ChainWeights['emission'],
    names: ReadonlyMap<string, number>,
    width: number,
  ) => {
    for (const [name, row] of rows) {
      const id = names.get(name);
      if (id !== undefined) for (let k = 0; k < width; k++) into[id * width + k] = scale * row[k]!;
    }
  };
  copy(parameters.emission, initial.emission, ids, L);
  copy(parameters.boundary, initial.boundary, boundaryIds, L * L);
  initial.transition.forEach((row, p) =>
    row.forEach((w, t) => (parameters.transition[p * L + t] = scale * w)),
  );
}

/** The flat parameters as the decoder reads them: rows by feature name, all-zero rows left out. */
function chainWeights(
  parameters: ChainParameters,
  ids: ReadonlyMap<string, number>,
  boundaryIds: ReadonlyMap<string, number>,
  L: number,
): ChainWeights {
  const rows = (flat: Float64Array, names: ReadonlyMap<string, number>, width: number) => {
    const out = new Map<string, Float64Array>();
    for (const [name, id] of names) {
      const row = flat.slice(id * width, id * width + width);
      if (row.some((w) => w !== 0)) out.set(name, row);
    }
    return out;
  };
  return {
    emission: rows(parameters.emission, ids, L),
    transition: Array.from({ length: L + 1 }, (_, p) =>
      Array.from(parameters.transition.subarray(p * L, p * L + L)),
    ),
    boundary: rows(parameters.boundary, boundaryIds, L * L),
  };
}
