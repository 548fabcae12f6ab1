/**
 * The word-class features of a token: its corpus-learned class at each granularity
 * (src/lib/word-classes.ts, built from the unlabelled corpus), alone and with the
 * token's shape. A given name never seen in training shares a class with the given
 * names that were, a district's name with other districts' names; with the shape,
 * a capitalised "Hùng" weighs apart from a lower-case word of its class.
 *
 * Measured by `node scripts/names-cv.ts` (mean F1 of fold seeds 20261202, 1 and 7,
 * README "The name recogniser"): the classes of the token and its neighbours ±1 at
 * 64/256/1024 without the shape moved people by +0.008 and institutions by −0.002;
 * the token's own classes with its shape are what is kept.
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
