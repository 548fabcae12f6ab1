/**
 * node scripts/names-kind-words-cv.ts [--shared ../shared] [--seeds a,b,c] [--diff]
 *
 * The name recogniser's cross-validation with the article checks run with and
 * without the institutions read after a lower-case kind word or a head and a
 * number (namesAfterKindWords, namesWithNumber in institution-joins.ts), on
 * the same fold models, so the comparison carries no fold noise: P/R/F1 per
 * kind for each way, and with --diff the institution strings each way gains
 * and loses at the first seed.
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
import { checkArticleNames } from '../src/extract/names/article-checks.ts';
import { distinctNames, readSentence, type NameMention } from '../src/extract/names/recognise.ts';
import { KIND_WORD_OPTIONS, type KindWordOptions } from '../src/extract/names/institution-joins.ts';
import type { NamesComparison } from '../src/train/names-score.ts';
import { NAME_KINDS, spansOf } from '../src/extract/names/tags.ts';
import {
  reportDifferences,
  reportMeans,
  reportSeed,
  type VariantScores,
} from './lib/names-variants-report.ts';

const { values } = parseCommandLine(
  'names-kind-words-cv',
  'usage: node scripts/names-kind-words-cv.ts [--shared <dir>] [--seeds a,b] [--diff]',
  {
    options: {
      shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
      seeds: { type: 'string', default: String(NAMES_SEED) },
      diff: { type: 'boolean', default: false },
    },
  },
);

const K = KIND_WORD_OPTIONS;
/** Ways of checking, all on the same fold models: 'shipped' is what checkArticleNames applies. */
const VARIANTS: Record<string, KindWordOptions | null> = {
  none: null,
  'kind words': { ...K, overPeople: false, ofCountry: [], numbered: false, abbreviated: [] },
  '+people': { ...K, ofCountry: [], numbered: false, abbreviated: [] },
  '+missions': { ...K, numbered: false, abbreviated: [] },
  '+numbers': { ...K, abbreviated: [] },
  shipped: K,
};

const started = performance.now();
const articles = loadNamesDataset(goldPaths(values.shared)).articles;
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
      const { weights } = trainNamesFold(articles, base, fold, k, { seed, learner: NAMES_LEARNER });
      articles.forEach((article, i) => {
        if (fold[i] !== k) return;
        const mentions: NameMention[] = article.sentences.flatMap((s, j) => {
          const { tokens, tags } = readSentence(s, weights);
          return spansOf(tags).map((span) => {
            const start = tokens[span.from]!.start;
            const end = tokens[span.to - 1]!.end;
            return { kind: span.kind, text: s.text.slice(start, end), sentence: j, start, end };
          });
        });
        const texts = article.sentences.map((s) => s.text);
        for (const [name, options] of Object.entries(VARIANTS))
          comparisons.get(name)!.push({
            file: article.file,
            gold: article.gold,
            found: distinctNames(checkArticleNames(mentions, texts, options)),
          });
      });
      console.error(
        `seed ${seed} fold ${k} done, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    reportSeed(seed, comparisons, means);
    if (values.diff && r === 0) reportDifferences(seed, comparisons, 'none', NAME_KINDS);
  });
reportMeans(means, values.seeds.split(',').length);
console.error(`names-kind-words-cv: ${((performance.now() - started) / 1000).toFixed(1)} s`);
