/**
 * The word-class features of a token: its corpus-learned class at each granularity
 * (src/lib/word-classes.ts, built from the unlabelled corpus), alone and with the
 * token's shape. A given name never seen in training shares a class with the given
 * names that were, a district's name with other districts' names; with the shape,
 * a capitalised "Hùng" weighs apart from a lower-case word of its class.
 *
 * Measured by `node scripts/names-cv.ts` (docs/measurements.md, "Word classes from the unlabelled corpus"): over
 * fold seeds 20261202, 1 and 7, people 0.870 → 0.885 and institutions 0.769 →
 * 0.773; the classes of the neighbours ±1 as well, with or without the shape,
 * gained less (fold seeds 20261202 and 1).
 */
import { wordClasses, wordClassGranularities } from '../../lib/word-classes.ts';
import type { Token } from './tokens.ts';
import { wordForms } from './word-forms.ts';

/** Each token's features with its word-class features added. */
export function withWordClassFeatures(tokens: readonly Token[], features: string[][]): string[][] {
  const granularities = wordClassGranularities();
  return features.map((f, i) => {
    const classes = wordClasses(tokens[i]!.text);
    if (!classes) return f;
    const shape = wordForms(tokens[i]!.text).shape;
    return [
      ...f,
      ...granularities.flatMap((k, g) => [
        `wc0@${k}=${classes[g]}`,
        `wc0@${k}=${classes[g]}|${shape}`,
      ]),
    ];
  });
}
