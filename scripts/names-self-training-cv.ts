/**
 * node scripts/names-self-training-cv.ts [--shared ../shared] [--seeds a,b,c] [--pool 3000]
 *   [--variants agree:1000:0.5,marginal0.03@0.9:3000:0.5] [--final-members 1]
 *
 * Self-training the name recogniser, measured as names-cv.ts measures it (5
 * folds by story, the same fold seeds): in each fold four perceptrons are
 * trained on the training articles (the ensemble, NAMES_MEMBERS), a pool of
 * unlabelled corpus sentences with an institution head is tagged, the sure
 * ones are added, and the recogniser is trained again. Prints each kind's F1
 * for one perceptron and the ensemble without the pool, and for each variant
 * (selection:pool size:weight; the selection `agree` keeps sentences all four
 * members tag alike, with the ensemble's tags; `marginal<scale>@<p>` keeps
 * those whose every token's tag the ensemble gives probability p at the
 * scale; `one-marginal…` the same with the single perceptron's tags) trained
 * with --final-members perceptrons (1, or 4 for the ensemble).
 */
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { loadNamesDataset, type NamedArticle } from '../src/train/names-data.ts';
import {
  baseSequences,
  compactWeights,
  NAMES_EPOCHS,
  NAMES_FOLDS,
  NAMES_MEMBERS,
  NAMES_MIN_WEIGHT,
  namesFolds,
  namesFoldTraining,
} from '../src/train/names.ts';
import { averageChainWeights, memberSeed } from '../src/train/chain-ensemble.ts';
import {
  labelledFiles,
  poolFeatures,
  POOL_OPTIONS,
  selfTrainingSequences,
  unlabelledSentencePool,
  type PoolSelection,
} from '../src/train/names-self-training.ts';
import {
  trainPerceptron,
  type ChainWeights,
  type TrainingSequence,
} from '../src/extract/names/perceptron.ts';
import { knownNames, type KnownNames } from '../src/extract/names/known-names.ts';
import { distinctNames, readSentence, recogniseNames } from '../src/extract/names/recognise.ts';
import { legalTransition, NAME_KINDS, TAGS } from '../src/extract/names/tags.ts';
import { scoreNames, type NamesComparison } from '../src/train/names-score.ts';

const USAGE =
  'usage: node scripts/names-self-training-cv.ts [--shared <dir>] [--seeds a,b,c] [--pool 3000] [--variants agree:1000:0.5,...] [--final-members 1]';
const { values } = parseCommandLine('names-self-training-cv', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    seeds: { type: 'string', default: '20261202' },
    pool: { type: 'string', default: '3000' },
    variants: { type: 'string', default: 'agree:1000:0.5,agree:3000:0.5' },
    'final-members': { type: 'string', default: '1' },
  },
});

interface Variant {
  label: string;
  tagger: 'ensemble' | 'one';
  selection: PoolSelection;
  size: number;
  weight: number;
}

const variants: Variant[] = values.variants.split(',').map((spec) => {
  const [selection, size, weight] = spec.split(':');
  const one = selection!.startsWith('one-');
  const name = one ? selection!.slice(4) : selection!;
  const marginal = /^marginal([\d.]+)@([\d.]+)$/.exec(name);
  if (name !== 'agree' && !marginal) throw new Error(`unknown selection ${selection}`);
  return {
    label: spec,
    tagger: one ? 'one' : 'ensemble',
    selection: marginal
      ? { kind: 'marginal', scale: Number(marginal[1]), threshold: Number(marginal[2]) }
      : { kind: 'agreement' },
    size: Number(size),
    weight: Number(weight),
  };
});
const finalMembers = Number(values['final-members']);
const started = performance.now();
const paths = goldPaths(values.shared);
const dataset = loadNamesDataset(paths);
const poolSize = Math.max(Number(values.pool), ...variants.map((v) => v.size));
const pool = poolFeatures(
  unlabelledSentencePool(paths.corpus, labelledFiles(paths.gold), {
    ...POOL_OPTIONS,
    size: poolSize,
  }),
);
console.error(
  `pool: ${pool.length} sentences, ${pool.reduce((n, s) => n + s.tokens.length, 0)} tokens (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);

const perceptron = (sequences: readonly TrainingSequence[], seed: number) =>
  trainPerceptron(sequences, {
    tagCount: TAGS.length,
    epochs: NAMES_EPOCHS,
    seed,
    legal: legalTransition,
  });
const compact = (w: ChainWeights) => compactWeights(w, NAMES_MIN_WEIGHT);

function recognised(
  article: NamedArticle,
  weights: ChainWeights,
  known: KnownNames,
): NamesComparison {
  const model = { ...weights, known };
  const readings = article.sentences.map((s) => readSentence(s, model));
  return {
    file: article.file,
    gold: article.gold,
    found: distinctNames(recogniseNames(article.sentences, model, readings)),
  };
}

const articles = dataset.articles;
const base = articles.map(baseSequences);
const f = (x: number) => x.toFixed(4);
const rows = ['one', 'ensemble', ...variants.map((v) => v.label)];
const bySeed: Array<Record<string, ReturnType<typeof scoreNames>>> = [];
for (const seed of values.seeds.split(',').map(Number)) {
  const fold = namesFolds(articles, seed);
  const comparisons: Record<string, NamesComparison[]> = Object.fromEntries(
    rows.map((r) => [r, []]),
  );
  const seconds: Record<string, number> = Object.fromEntries(rows.map((r) => [r, 0]));
  const keptCounts: Record<string, number> = Object.fromEntries(rows.map((r) => [r, 0]));
  for (let k = 0; k < NAMES_FOLDS; k++) {
    const { counts, sequences } = namesFoldTraining(articles, base, fold, k);
    const known = knownNames(counts);
    let t0 = performance.now();
    const raw = Array.from({ length: NAMES_MEMBERS }, (_, m) =>
      perceptron(sequences, memberSeed(seed, m)),
    );
    const memberSeconds = (performance.now() - t0) / 1000;
    seconds.one! += memberSeconds / NAMES_MEMBERS;
    seconds.ensemble! += memberSeconds;
    const one = compact(raw[0]!);
    const ensemble = compact(averageChainWeights(raw));
    const members = raw.map(compact);
    const models: Record<string, ChainWeights> = { one, ensemble };
    for (const v of variants) {
      t0 = performance.now();
      const taggers = v.tagger === 'one' ? [one] : [ensemble, ...members];
      const kept = selfTrainingSequences(pool.slice(0, v.size), taggers, known, {
        selection: v.selection,
        weight: v.weight,
      });
      keptCounts[v.label]! += kept.length;
      const augmented = [...sequences, ...kept];
      const trained = Array.from({ length: finalMembers }, (_, m) =>
        perceptron(augmented, memberSeed(seed, m)),
      );
      models[v.label] = compact(averageChainWeights(trained));
      seconds[v.label]! += (performance.now() - t0) / 1000;
    }
    articles.forEach((article, i) => {
      if (fold[i] !== k) return;
      for (const r of rows) comparisons[r]!.push(recognised(article, models[r]!, known));
    });
    // This fold's counts alone: the variants against the same fold's models without the pool.
    const tested = fold.filter((x) => x === k).length;
    for (const r of rows) {
      const s = scoreNames(comparisons[r]!.slice(-tested));
      console.log(
        `seed ${seed} fold ${k} ${r.padEnd(32)} ${NAME_KINDS.map((kind) => `${kind} tp ${s[kind].tp} fp ${s[kind].fp} fn ${s[kind].fn}`).join('  ')}`,
      );
    }
    console.error(
      `seed ${seed} fold ${k} done (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const scores = Object.fromEntries(rows.map((r) => [r, scoreNames(comparisons[r]!)]));
  bySeed.push(scores);
  for (const r of rows)
    console.log(
      `seed ${seed} ${r.padEnd(28)} ${NAME_KINDS.map((kind) => `${kind} ${f(scores[r]![kind].f1)} (P ${f(scores[r]![kind].precision)} R ${f(scores[r]![kind].recall)})`).join('  ')}  kept ${keptCounts[r]}/5 folds  train ${seconds[r]!.toFixed(0)} s`,
    );
}
if (bySeed.length > 1)
  for (const r of rows)
    console.log(
      `mean ${r.padEnd(28)} ${NAME_KINDS.map((kind) => `${kind} ${f(bySeed.reduce((s, b) => s + b[r]![kind].f1, 0) / bySeed.length)}`).join('  ')}`,
    );
console.error(`names-self-training-cv: ${((performance.now() - started) / 1000).toFixed(0)} s`);
