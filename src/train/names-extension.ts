/**
 * The training of the learned "does the name go on?" decision
 * (names/name-extension.ts) on the readers' institution spans only: inside a
 * span, each place where a lower-case word or a joiner follows the span's
 * first words is a "goes on"; a span's real end followed by one is a "stops".
 */
import { seededRandom } from '../lib/seeded-random.ts';
import { wordBarriers } from '../extract/names/word-barriers.ts';
import type { NamedArticle } from './names-data.ts';
import {
  EXTENSION_OPTIONS,
  EXTENSION_THRESHOLD,
  type NameExtension,
  extensionCandidate,
  extensionFeatures,
  extensionProbability,
  type ExtensionOptions,
  type ExtensionWeights,
} from '../extract/names/name-extension.ts';
import { spansOf } from '../extract/names/tags.ts';
import type { Token } from '../extract/names/tokens.ts';

/** The extension's seed when none is given: the recogniser's (NAMES_SEED in names.ts). */
const EXTENSION_SEED = 20_261_202;

export interface ExtensionExample {
  features: string[];
  goesOn: boolean;
}

/** The examples of one sentence's right tags: every candidate boundary inside or at the end of an institution. */
export function extensionExamples(
  tokens: readonly Token[],
  tags: readonly number[],
  barriers: readonly boolean[],
  options: ExtensionOptions = EXTENSION_OPTIONS,
): ExtensionExample[] {
  const examples: ExtensionExample[] = [];
  for (const span of spansOf(tags)) {
    if (span.kind !== 'ORG') continue;
    for (let j = span.from + 1; j <= span.to; j++) {
      if (!extensionCandidate(tokens, j, options) || barriers[j]) continue;
      examples.push({ features: extensionFeatures(tokens, span.from, j), goesOn: j < span.to });
    }
  }
  return examples;
}

/** Logistic regression by stochastic gradient descent, a fixed seed's order each epoch. */
export function trainExtension(
  examples: readonly ExtensionExample[],
  seed: number,
  { epochs = 12, rate = 0.1, l2 = 1e-4 } = {},
): ExtensionWeights {
  const weights = new Map<string, number>();
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    const step = rate / (1 + epoch);
    for (const index of order) {
      const { features, goesOn } = examples[index]!;
      const p = extensionProbability(weights, features);
      const gradient = (goesOn ? 1 : 0) - p;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + step * (gradient - l2 * w));
      }
    }
  }
  return weights;
}

/** The extension trained on the right tags of the articles, at the default options and threshold. */
export function trainNameExtension(
  articles: readonly NamedArticle[],
  seed = EXTENSION_SEED,
): NameExtension {
  const examples = articles.flatMap((a) =>
    a.sentences.flatMap((s, j) => extensionExamples(s.tokens, a.tags[j]!, wordBarriers(s.tokens))),
  );
  return { threshold: EXTENSION_THRESHOLD, weights: trainExtension(examples, seed) };
}
