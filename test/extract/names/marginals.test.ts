import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  spanMargins,
  spanProbabilities,
  spanProbability,
  spanStopProbabilities,
  type ChainLattice,
} from '../../../src/extract/names/marginals.ts';
import { legalTransition, spansOf, TAGS, tagIndex } from '../../../src/extract/names/tags.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';

const L = TAGS.length;
const O = tagIndex('O');
const B = tagIndex('B-ORG');
const I = tagIndex('I-ORG');
const flat = () => Array.from({ length: L + 1 }, () => new Array<number>(L).fill(0));
/** A token's scores: the given tags scored, every other tag impossible. */
const only = (scores: Record<number, number>) =>
  Array.from({ length: L }, (_, t) => scores[t] ?? -Infinity);

// Two tokens, tags O, B-ORG, I-ORG only, no transition scores. The legal paths and their scores:
// O O 0, O B 0, B O 1, B B 1, B I 2 (I never starts a sentence nor follows O).
const twoTokens: ChainLattice = {
  emission: [only({ [O]: 0, [B]: 1 }), only({ [O]: 0, [B]: 0, [I]: 1 })],
  transition: flat(),
  legal: legalTransition,
};
const e = Math.E;

test('a span’s probability is the share of the paths that tag exactly it (hand-computed chain)', () => {
  const Z = 1 + 1 + e + e + e * e;
  // The one-token name at the start stops unless I follows: all but B I.
  assert.ok(
    Math.abs(
      spanStopProbabilities(twoTokens, [{ kind: 'ORG', from: 0, to: 1 }])[0]! - (2 + 2 * e) / Z,
    ) < 1e-12,
  );
  // The two-token name: only B I.
  assert.ok(
    Math.abs(spanProbability(twoTokens, { kind: 'ORG', from: 0, to: 2 }) - (e * e) / Z) < 1e-12,
  );
  // The one-token name at the start: B O and B B, not B I (the name would go on).
  assert.ok(
    Math.abs(spanProbability(twoTokens, { kind: 'ORG', from: 0, to: 1 }) - (2 * e) / Z) < 1e-12,
  );
  // The one-token name at the end: O B and B B.
  assert.ok(
    Math.abs(spanProbability(twoTokens, { kind: 'ORG', from: 1, to: 2 }) - (1 + e) / Z) < 1e-12,
  );
  // No path tags a person there.
  assert.equal(spanProbability(twoTokens, { kind: 'PER', from: 0, to: 2 }), 0);
});

test('the scale sharpens the distribution: potentials exp(scale · score)', () => {
  const e2 = e * e;
  const Z = 1 + 1 + e2 + e2 + e2 * e2;
  const p = spanProbability(twoTokens, { kind: 'ORG', from: 0, to: 2 }, 2);
  assert.ok(Math.abs(p - (e2 * e2) / Z) < 1e-12);
  assert.ok(p > spanProbability(twoTokens, { kind: 'ORG', from: 0, to: 2 }, 1));
});

test('the margin is the best path’s score minus the best path without the span', () => {
  // The best path B I (2) holds the name 0–2; the best without it scores 1: margin 1.
  // The name 0–1 is on B O and B B (1), the best path without it is B I (2): margin −1.
  assert.deepEqual(
    spanMargins(twoTokens, [
      { kind: 'ORG', from: 0, to: 2 },
      { kind: 'ORG', from: 0, to: 1 },
    ]),
    [1, -1],
  );
});

/** Every legal tag sequence of length n, with its score, enumerated. */
function enumerate(lattice: ChainLattice): Array<{ tags: number[]; score: number }> {
  const n = lattice.emission.length;
  const out: Array<{ tags: number[]; score: number }> = [];
  const walk = (tags: number[], score: number) => {
    const i = tags.length;
    if (i === n) return void out.push({ tags, score });
    for (let t = 0; t < L; t++) {
      const p = i === 0 ? null : tags[i - 1]!;
      if (!lattice.legal(p, t)) continue;
      const pair = i > 0 ? lattice.boundary?.[i] : null;
      const step =
        lattice.transition[p ?? L]![t]! + (pair ? pair[p! * L + t]! : 0) + lattice.emission[i]![t]!;
      walk([...tags, t], score + step);
    }
  };
  walk([], 0);
  return out;
}

test('on a random chain with boundary scores, probabilities and margins match enumerating every path', () => {
  const random = seededRandom(7);
  const r = () => random() * 4 - 2;
  const n = 4;
  const lattice: ChainLattice = {
    emission: Array.from({ length: n }, () => Array.from({ length: L }, r)),
    transition: Array.from({ length: L + 1 }, () => Array.from({ length: L }, r)),
    boundary: [null, Array.from({ length: L * L }, r), null, Array.from({ length: L * L }, r)],
    legal: legalTransition,
  };
  const paths = enumerate(lattice);
  const scale = 0.7;
  const Z = paths.reduce((s, p) => s + Math.exp(scale * p.score), 0);
  const best = paths.reduce((a, b) => (b.score > a.score ? b : a));
  const holds = (tags: number[], span: { kind: string; from: number; to: number }) =>
    spansOf(tags).some((s) => s.kind === span.kind && s.from === span.from && s.to === span.to);
  const spans = [
    { kind: 'ORG' as const, from: 0, to: 2 },
    { kind: 'PER' as const, from: 1, to: 4 },
    { kind: 'COUNTRY' as const, from: 3, to: 4 },
    ...spansOf(best.tags),
  ];
  const probabilities = spanProbabilities(lattice, spans, scale);
  const margins = spanMargins(lattice, spans);
  spans.forEach((span, k) => {
    const expected =
      paths.filter((p) => holds(p.tags, span)).reduce((s, p) => s + Math.exp(scale * p.score), 0) /
      Z;
    assert.ok(
      Math.abs(probabilities[k]! - expected) < 1e-9,
      `${span.kind} ${span.from}-${span.to}`,
    );
    const withSpan = Math.max(...paths.filter((p) => holds(p.tags, span)).map((p) => p.score));
    const without = Math.max(...paths.filter((p) => !holds(p.tags, span)).map((p) => p.score));
    assert.ok(Math.abs(margins[k]! - (withSpan - without)) < 1e-9, `margin ${span.kind}`);
  });
  // The name stops after the span: the paths with no I of its kind on the next token.
  const stops = spanStopProbabilities(lattice, spans, scale);
  spans.forEach((span, k) => {
    const I = tagIndex(`I-${span.kind}`);
    const expected =
      span.to === n
        ? 1
        : paths
            .filter((p) => p.tags[span.to] !== I)
            .reduce((s, p) => s + Math.exp(scale * p.score), 0) / Z;
    assert.ok(Math.abs(stops[k]! - expected) < 1e-9, `stop ${span.kind}`);
  });
  // The best path's own spans have a positive margin.
  for (let k = 3; k < spans.length; k++) assert.ok(margins[k]! > 0);
});
