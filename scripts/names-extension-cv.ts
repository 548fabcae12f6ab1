/**
 * node scripts/names-extension-cv.ts [--shared ../shared] [--seeds a,b,c] [--members 4] [--diff]
 *
 * The name recogniser's cross-validation decoded with the word barriers and
 * no extension, then with each institution extended by the learned "does the
 * name go on?" decision (names/name-extension.ts), each way of it trained in
 * each fold on the training articles' right tags only: the same fold models,
 * so the comparison carries no fold noise. P/R/F1 per kind for each
 * way of extending (EXTENSIONS), and with --diff the institution strings gained and lost at the
 * first seed.
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
import { distinctNames, readScores, recogniseNames } from '../src/extract/names/recognise.ts';
import { wordBarriers } from '../src/extract/names/word-barriers.ts';
import { extensionExamples, trainExtension } from '../src/train/names-extension.ts';
import { extendInstitutions, type ExtensionOptions } from '../src/extract/names/name-extension.ts';
import type { NamesComparison } from '../src/train/names-score.ts';
import {
  reportDifferences,
  reportMeans,
  reportSeed,
  type VariantScores,
} from './lib/names-variants-report.ts';

const { values } = parseCommandLine(
  'names-extension-cv',
  'usage: node scripts/names-extension-cv.ts [--shared <dir>] [--seeds a,b] [--members 4] [--diff]',
  {
    options: {
      shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
      seeds: { type: 'string', default: String(NAMES_SEED) },
      members: { type: 'string' },
      diff: { type: 'boolean', default: false },
    },
  },
);

const started = performance.now();
const dataset = loadNamesDataset(goldPaths(values.shared));
const articles = dataset.articles;
const learner = {
  ...NAMES_LEARNER,
  ...(values.members !== undefined && { members: Number(values.members) }),
};
console.error(`names-extension-cv: learner ${JSON.stringify(learner)}`);
/**
 * Ways of extending, on the same fold models: the threshold on the probability
 * of going on, whether "và"/"về" may end a name, whether a capitalised word
 * after a lower-case one is asked (a model of its own) or taken unasked.
 */
const EXTENSIONS: Record<string, { threshold: number; options: ExtensionOptions } | null> = {
  barriers: null,
  'joiners 0.5': { threshold: 0.5, options: { askCapitals: false, joiningWords: false } },
  'follow 0.5': { threshold: 0.5, options: { askCapitals: false, joiningWords: true } },
  'follow 0.7': { threshold: 0.7, options: { askCapitals: false, joiningWords: true } },
  'ask 0.5': { threshold: 0.5, options: { askCapitals: true, joiningWords: true } },
  'ask 0.7': { threshold: 0.7, options: { askCapitals: true, joiningWords: true } },
};
const VARIANTS = Object.keys(EXTENSIONS);
const base = articles.map(baseSequences);
const barriers = articles.map((a) => a.sentences.map((s) => wordBarriers(s.tokens)));
const means: VariantScores = new Map();
values.seeds
  .split(',')
  .map(Number)
  .forEach((seed, r) => {
    const fold = namesFolds(articles, seed);
    const comparisons = new Map<string, NamesComparison[]>(VARIANTS.map((v) => [v, []]));
    for (let k = 0; k < NAMES_FOLDS; k++) {
      const { weights } = trainNamesFold(articles, base, fold, k, {
        seed,
        learner,
        extension: false,
      });
      const models = [false, true].map((askCapitals) => {
        const options = { askCapitals, joiningWords: true };
        const examples = articles.flatMap((a, i) =>
          fold[i] === k
            ? []
            : a.sentences.flatMap((s, j) =>
                extensionExamples(s.tokens, a.tags[j]!, barriers[i]![j]!, options),
              ),
        );
        const goesOn = examples.filter((e) => e.goesOn).length;
        console.error(
          `seed ${seed} fold ${k}: ${askCapitals ? 'ask' : 'follow'} examples ${examples.length} (${goesOn} go on)`,
        );
        return trainExtension(examples, seed);
      });
      articles.forEach((article, i) => {
        if (fold[i] !== k) return;
        const readings = article.sentences.map((s) =>
          readScores(
            s.tokens,
            chainScores(
              weights,
              tokenFeatures(s.tokens, weights.known),
              boundaryFeatures(s.tokens),
            ),
            weights,
          ),
        );
        for (const name of VARIANTS) {
          const extension = EXTENSIONS[name];
          const extended = !extension
            ? readings
            : readings.map((reading, j) => ({
                ...reading,
                tags: extendInstitutions(
                  reading.tokens,
                  reading.tags,
                  barriers[i]![j]!,
                  models[extension.options.askCapitals ? 1 : 0]!,
                  extension.threshold,
                  extension.options,
                ),
              }));
          const mentions = recogniseNames(article.sentences, weights, extended);
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
    if (values.diff && r === 0) reportDifferences(seed, comparisons, 'barriers', ['ORG']);
  });
reportMeans(means, values.seeds.split(',').length);
console.error(`names-extension-cv: ${((performance.now() - started) / 1000).toFixed(1)} s`);
