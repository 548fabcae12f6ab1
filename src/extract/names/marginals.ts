/**
 * How sure the linear-chain model is of one span it tagged. The path scores
 * are read as log-potentials: a tag sequence y has probability
 * exp(scale · score(y)) / Z, Z summed over every legal sequence by the forward
 * and backward passes (log-sum-exp). A span's probability is that of every
 * sequence that tags exactly that span: B at its first token, I up to its
 * last, and no I of the same kind after it. The margin is the same question
 * asked with max for sum: the best path's score minus the best score of a path
 * that does not tag exactly that span.
 */
import type { TaggedSpan } from './tags.ts';
import { NAME_KINDS } from './tags.ts';

/** What the chain scores: the same inputs as viterbi.ts. */
export interface ChainLattice {
  /** `emission[i][t]`: tag t at token i. */
  emission: ArrayLike<number>[];
  /** `transition[p][t]`: t after p; row `tagCount` is the sentence's start. */
  transition: ArrayLike<number>[];
  /** `boundary[i][p * tagCount + t]`, added to t after p at token i ≥ 1, when given. */
  boundary?: ReadonlyArray<ArrayLike<number> | null>;
  legal: (previous: number | null, next: number) => boolean;
}

type Combine = (values: readonly number[]) => number;

const logSumExp: Combine = (values) => {
  let top = -Infinity;
  for (const v of values) if (v > top) top = v;
  if (top === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - top);
  return top + Math.log(sum);
};
const maximum: Combine = (values) => {
  let top = -Infinity;
  for (const v of values) if (v > top) top = v;
  return top;
};

/** Forward and backward scores of a lattice under one way of combining paths (sum or max). */
interface Passes {
  /** `forward[i][t]`: all paths' combined score up to token i, ending on t (t's emission included). */
  forward: Float64Array[];
  /** `backward[i][t]`: all paths' combined score after token i, given t at i. */
  backward: Float64Array[];
  /** Every path combined. */
  total: number;
  /** The scaled score of t after p at token i ≥ 1 (−∞ when illegal). */
  edge: (i: number, p: number, t: number) => number;
  /** The scaled score of tag t at token i. */
  emit: (i: number, t: number) => number;
}

function passes(lattice: ChainLattice, scale: number, combine: Combine): Passes {
  const { emission, transition, boundary, legal } = lattice;
  const n = emission.length;
  const L = emission[0]?.length ?? 0;
  const allowed = Array.from({ length: L + 1 }, (_, p) =>
    Array.from({ length: L }, (_, t) => legal(p === L ? null : p, t)),
  );
  const edge = (i: number, p: number, t: number) => {
    if (!allowed[p]![t]) return -Infinity;
    const pair = boundary?.[i];
    return scale * (transition[p]![t]! + (pair ? pair[p * L + t]! : 0));
  };
  const emit = (i: number, t: number) => scale * emission[i]![t]!;
  const forward: Float64Array[] = [];
  const backward: Float64Array[] = new Array<Float64Array>(n);
  const terms = new Array<number>(L);
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(L);
    for (let t = 0; t < L; t++) {
      if (i === 0) {
        row[t] = allowed[L]![t] ? scale * transition[L]![t]! + emit(0, t) : -Infinity;
        continue;
      }
      for (let p = 0; p < L; p++) terms[p] = forward[i - 1]![p]! + edge(i, p, t);
      row[t] = combine(terms) + emit(i, t);
    }
    forward.push(row);
  }
  for (let i = n - 1; i >= 0; i--) {
    const row = new Float64Array(L);
    if (i < n - 1)
      for (let p = 0; p < L; p++) {
        for (let t = 0; t < L; t++)
          terms[t] = edge(i + 1, p, t) + emit(i + 1, t) + backward[i + 1]![t]!;
        row[p] = combine(terms);
      }
    backward[i] = row;
  }
  const total = n === 0 ? 0 : combine(Array.from(forward[n - 1]!));
  return { forward, backward, total, edge, emit };
}

const beginTag = (span: TaggedSpan) => 1 + 2 * NAME_KINDS.indexOf(span.kind);
const insideTag = (span: TaggedSpan) => beginTag(span) + 1;

/** The combined score of the paths that tag exactly the span. */
function spanScore(p: Passes, span: TaggedSpan, combine: Combine): number {
  const B = beginTag(span);
  const I = insideTag(span);
  const n = p.forward.length;
  let score = p.forward[span.from]![B]!;
  let previous = B;
  for (let i = span.from + 1; i < span.to; i++) {
    score += p.edge(i, previous, I) + p.emit(i, I);
    previous = I;
  }
  if (span.to === n) return score;
  const after: number[] = [];
  for (let t = 0; t < p.forward[0]!.length; t++)
    if (t !== I)
      after.push(p.edge(span.to, previous, t) + p.emit(span.to, t) + p.backward[span.to]![t]!);
  return score + combine(after);
}

/**
 * The probability, over all legal tag sequences with potentials
 * exp(scale · score), that the sentence tags exactly this span.
 */
export function spanProbability(lattice: ChainLattice, span: TaggedSpan, scale = 1): number {
  const p = passes(lattice, scale, logSumExp);
  return Math.exp(spanScore(p, span, logSumExp) - p.total);
}

/** The probabilities of several spans of one sentence, the passes made once. */
export function spanProbabilities(
  lattice: ChainLattice,
  spans: readonly TaggedSpan[],
  scale = 1,
): number[] {
  if (spans.length === 0) return [];
  const p = passes(lattice, scale, logSumExp);
  return spans.map((span) => Math.exp(spanScore(p, span, logSumExp) - p.total));
}

/**
 * The best path's score minus the best score of a path that does not tag
 * exactly this span: how much the weights would have to move before the span
 * changed (0 or less when the best path does not tag it).
 */
export function spanMargins(lattice: ChainLattice, spans: readonly TaggedSpan[]): number[] {
  if (spans.length === 0) return [];
  const p = passes(lattice, 1, maximum);
  const n = p.forward.length;
  const L = p.forward[0]!.length;
  const at = (i: number, t: number) => p.forward[i]![t]! + p.backward[i]![t]!;
  return spans.map((span) => {
    const B = beginTag(span);
    const I = insideTag(span);
    // A path without the span tags its first token otherwise, or one of the others, or goes on after it.
    let rival = -Infinity;
    for (let t = 0; t < L; t++) if (t !== B) rival = Math.max(rival, at(span.from, t));
    for (let i = span.from + 1; i < span.to; i++)
      for (let t = 0; t < L; t++) if (t !== I) rival = Math.max(rival, at(i, t));
    if (span.to < n) rival = Math.max(rival, at(span.to, I));
    return spanScore(p, span, maximum) - rival;
  });
}

/**
 * For each span, the probability at the scale that a name of its kind takes
 * in the span's last token and ends there (the next token does not go on
 * with it), wherever the name starts: whether a name found otherwise ends
 * where the recogniser would end it, the question a name cut short fails.
 */
export function spanEndProbabilities(
  lattice: ChainLattice,
  spans: readonly TaggedSpan[],
  scale = 1,
): number[] {
  if (spans.length === 0) return [];
  const p = passes(lattice, scale, logSumExp);
  const n = p.forward.length;
  const L = p.forward[0]!.length;
  return spans.map((span) => {
    const B = beginTag(span);
    const I = insideTag(span);
    const last = span.to - 1;
    const ends: number[] = [];
    for (const t of [B, I]) {
      if (span.to === n) {
        ends.push(p.forward[last]![t]!);
        continue;
      }
      for (let next = 0; next < L; next++)
        if (next !== I)
          ends.push(
            p.forward[last]![t]! +
              p.edge(span.to, t, next) +
              p.emit(span.to, next) +
              p.backward[span.to]![next]!,
          );
    }
    return Math.exp(logSumExp(ends) - p.total);
  });
}

/**
 * For each span, the probability at the scale that no name of its kind goes
 * on past its last token (the next token is not I of the kind; 1 at the
 * sentence's end): whatever the recogniser makes of the span's own words, a
 * name that stops here was not cut short ("Viện Phát triển Quản | trị").
 */
export function spanStopProbabilities(
  lattice: ChainLattice,
  spans: readonly TaggedSpan[],
  scale = 1,
): number[] {
  if (spans.length === 0) return [];
  const p = passes(lattice, scale, logSumExp);
  return spans.map((span) => {
    if (span.to === p.forward.length) return 1;
    const I = insideTag(span);
    return 1 - Math.exp(p.forward[span.to]![I]! + p.backward[span.to]![I]! - p.total);
  });
}

/** Each token's and each neighbouring pair's probability under the chain, and the log of its partition. */
export interface ChainMarginals {
  /** log Z: every legal path's exp(score), summed. */
  logPartition: number;
  /** `node[i][t]`: the probability that token i is tagged t. */
  node: Float64Array[];
  /** `pair[i][p * tagCount + t]` (i ≥ 1): the probability that token i − 1 is p and token i is t; `pair[0]` is empty. */
  pair: Float64Array[];
}

/**
 * The marginals a linear-chain CRF's gradient needs, at scale 1: the forward
 * and backward sums over the legal transitions (the passes the span
 * probabilities read), then each token's tag and each adjacent pair of tags.
 */
export function chainMarginals(lattice: ChainLattice): ChainMarginals {
  const { forward, backward, total, edge, emit } = passes(lattice, 1, logSumExp);
  const L = forward[0]?.length ?? 0;
  const node = forward.map((f, i) => f.map((x, t) => Math.exp(x + backward[i]![t]! - total)));
  const pair = forward.map((_, i) => {
    if (i === 0) return new Float64Array(0);
    const out = new Float64Array(L * L);
    for (let p = 0; p < L; p++)
      for (let t = 0; t < L; t++) {
        const e = edge(i, p, t);
        if (e !== -Infinity)
          out[p * L + t] = Math.exp(
            forward[i - 1]![p]! + e + emit(i, t) + backward[i]![t]! - total,
          );
      }
    return out;
  });
  return { logPartition: total, node, pair };
}
