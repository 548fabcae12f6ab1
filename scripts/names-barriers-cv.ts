/**
 * node scripts/names-barriers-cv.ts [--shared ../shared] [--seeds a,b,c] [--members 4] [--diff]
 *
 * The name recogniser's cross-validation decoded with and without the word
 * barriers (word-barriers.ts) on the same fold models, so the comparison
 * carries no fold noise: P/R/F1 per kind for each way of decoding, and with
 * --diff the institution strings each variant gains and loses at the first seed.
 */
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { loadNamesDataset } from '../src/train/names-data.ts';
import {
  baseSequences,
  namesFolds,
  NAMES_FOLDS,
  NAMES_LEARNER,
  NAMES_SEED,
  trainNamesFold,
} from '../src/train/names.ts';
import { boundaryFeatures, tokenFeatures } from '../src/extract/names/features.ts';
import { chainScores } from '../src/extract/names/perceptron.ts';
import {
  distinctNames,
  readScores,
  recogniseNames,
  type BarrierOptions,
} from '../src/extract/names/recognise.ts';
import type { NamesComparison } from '../src/train/names-score.ts';
import { NAME_KINDS } from '../src/extract/names/tags.ts';
import {
  reportDifferences,
  reportMeans,
  reportSeed,
  type VariantScores,
} from './lib/names-variants-report.ts';

const { values } = parseCommandLine(
  'names-barriers-cv',
  'usage: node scripts/names-barriers-cv.ts [--shared <dir>] [--seeds a,b] [--members 4] [--diff]',
  {
    options: {
      shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
      seeds: { type: 'string', default: String(NAMES_SEED) },
      members: { type: 'string' },
      diff: { type: 'boolean', default: false },
    },
  },
);

const all = NAME_KINDS;
const V = (minBond: number, lowerOnly: boolean, endsOnly: boolean): BarrierOptions => ({
  minBond,
  kinds: all,
  lowerOnly,
  endsOnly,
});
/** Ways of decoding, all on the same fold models: 'lower b2 end' is what readSentence applies (WORD_BARRIERS). */
const VARIANTS: Record<string, BarrierOptions | null> = {
  none: null,
  'places only': V(99, true, true),
  'lower b1 end': V(1, true, true),
  'lower b2 end': V(2, true, true),
  'lower b3 end': V(3, true, true),
  'lower b4 end': V(4, true, true),
  'lower b1 both': V(1, true, false),
  'lower b2 both': V(2, true, false),
  'any b3 end': V(3, false, true),
  'any b1 both': V(1, false, false),
};

const started = performance.now();
const dataset = loadNamesDataset(goldPaths(values.shared));
const articles = dataset.articles;
const learner = {
  ...NAMES_LEARNER,
  ...(values.members !== undefined && { members: Number(values.members) }),
};
console.error(`names-barriers-cv: learner ${JSON.stringify(learner)}`);
const base = articles.map(baseSequences);
const means: VariantScores = new Map();
values.seeds
  .split(',')
  .map(Number)
  .forEach((seed, r) => {
    const fold = namesFolds(articles, seed);
    const comparisons = new Map<string, NamesComparison[]>(
      Object.keys(VARIANTS).map((v) => [v, []]),
    );
    for (let k = 0; k < NAMES_FOLDS; k++) {
      const { weights } = trainNamesFold(articles, base, fold, k, {
        seed,
        learner,
        extension: false,
      });
      articles.forEach((article, i) => {
        if (fold[i] !== k) return;
        const scored = article.sentences.map((s) =>
          chainScores(weights, tokenFeatures(s.tokens, weights.known), boundaryFeatures(s.tokens)),
        );
        for (const [name, options] of Object.entries(VARIANTS)) {
          const readings = article.sentences.map((s, j) =>
            readScores(s.tokens, scored[j]!, weights, options),
          );
          const mentions = recogniseNames(article.sentences, weights, readings);
          comparisons
            .get(name)!
            .push({ file: article.file, gold: article.gold, found: distinctNames(mentions) });
        }
      });
      console.error(
        `seed ${seed} fold ${k} done, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    reportSeed(seed, comparisons, means);
    if (values.diff && r === 0) reportDifferences(seed, comparisons, 'none', NAME_KINDS);
  });
reportMeans(means, values.seeds.split(',').length);
console.error(`names-barriers-cv: ${((performance.now() - started) / 1000).toFixed(1)} s`);
