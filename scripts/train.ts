/**
 * npm run train [-- --shared ../shared]
 *
 * Trains the cooperation model on ../shared/gold (labels.tsv and the seeds),
 * scores the same recipe by cross-validation, and writes
 * src/data/cooperation-model.json stamped with the hash of the data.
 * Deterministic: the same data gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { goldPaths } from '../src/eval/gold.ts';
import { loadDataset } from '../src/train/dataset.ts';
import { crossValidate, FOLDS, SEED, trainCooperation } from '../src/train/cooperation.ts';
import type { CooperationModel } from '../src/extract/classify/model.ts';

const USAGE = 'usage: npm run train -- [--shared <dir>] [--output <file>]';
let values: { shared: string; output: string; help: boolean };
try {
  ({ values } = parseArgs({
    options: {
      shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
      output: {
        type: 'string',
        default: join(import.meta.dirname, '..', 'src', 'data', 'cooperation-model.json'),
      },
      help: { type: 'boolean', default: false },
    },
  }) as { values: typeof values });
} catch (error) {
  console.error(`train: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = performance.now();
const { examples, dataHash } = loadDataset(goldPaths(values.shared));
const cv = crossValidate(examples);
const trained = trainCooperation(examples);
const round = (x: number) => Math.round(x * 1000) / 1000;
const model: CooperationModel = {
  threshold: trained.threshold,
  trainedOn: {
    dataHash,
    articles: examples.filter((e) => e.passesPrefilter).length,
    positives: examples.filter((e) => e.passesPrefilter && e.positive).length,
  },
  options: trained.options,
  crossValidation: {
    folds: FOLDS,
    seed: SEED,
    precision: round(cv.score.precision),
    recall: round(cv.score.recall),
    f1: round(cv.score.f1),
  },
  bias: trained.bias,
  weights: Object.fromEntries(Object.entries(trained.weights).sort(([a], [b]) => (a < b ? -1 : 1))),
};
writeFileSync(values.output, `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `train: ${examples.length} labelled articles, ${model.trainedOn.articles} past the pre-filter (${model.trainedOn.positives} cooperation) → ${Object.keys(model.weights).length} weights, threshold ${model.threshold}; ` +
    `${FOLDS}-fold cross-validation P ${model.crossValidation.precision} R ${model.crossValidation.recall} F1 ${model.crossValidation.f1} (${((performance.now() - started) / 1000).toFixed(1)} s) → ${values.output}`,
);
