/**
 * npm run train [-- --shared ../shared] [--repeats N]
 *
 * Trains the cooperation model on ../shared/gold (labels.tsv and the seeds),
 * scores the same recipe by cross-validation, and writes
 * src/data/cooperation-model.json stamped with the hash of the data.
 * Then trains the name recogniser on ../shared/gold/mentions.json the same way
 * and writes src/data/names-model.json (see src/train/names-model.ts).
 * Deterministic: the same data gives the same files.
 *
 * With --names-without-dev <file> it writes only a names model trained on
 * mentions.json without the dev articles, for measuring the extraction on dev
 * with HOPTAC_NAMES_MODEL=<file> npm run eval.
 *
 * With --repeats N it writes nothing and measures the recipe instead: the
 * cross-validation run again with N fold seeds, F1 on labels.tsv and on the
 * dev articles averaged over them. One fold seed moves F1 by a few hundredths
 * (one or two articles), so a feature or a penalty is compared this way.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths, readAnnotations } from '../src/train/gold.ts';
import { loadDataset } from '../src/train/dataset.ts';
import { crossValidate, FOLDS, SEED, trainCooperation } from '../src/train/cooperation.ts';
import type { CooperationModel } from '../src/extract/classify/model.ts';
import { binaryScore } from '../src/train/metrics.ts';
import { loadNamesDataset } from '../src/train/names-data.ts';
import { crossValidateNames, NAMES_SEED } from '../src/train/names.ts';
import { buildNamesModel, serialiseNamesModel } from '../src/train/names-model.ts';
import { NAME_KINDS } from '../src/extract/names/tags.ts';

const USAGE =
  'usage: npm run train -- [--shared <dir>] [--output <file>] [--names-output <file>] [--repeats <fold seeds>] [--names-without-dev <file>]';
const { values } = parseCommandLine('train', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    output: {
      type: 'string',
      default: join(import.meta.dirname, '..', 'src', 'data', 'cooperation-model.json'),
    },
    'names-output': {
      type: 'string',
      default: join(import.meta.dirname, '..', 'src', 'data', 'names-model.json'),
    },
    repeats: { type: 'string' },
    'names-without-dev': { type: 'string' },
  },
});
if (values.repeats !== undefined && !/^[1-9]\d*$/.test(values.repeats)) {
  console.error(
    `train: --repeats wants a number of fold seeds, not "${values.repeats}"\n\n${USAGE}`,
  );
  process.exit(2);
}

const started = performance.now();
const paths = goldPaths(values.shared);
if (values['names-without-dev'] !== undefined) {
  // A measurement model: the recogniser trained on mentions.json without the dev articles, so that the
  // extraction can be scored on dev by a recogniser that never saw them (HOPTAC_NAMES_MODEL=<file> npm run eval).
  const dev = new Set(readAnnotations(join(paths.gold, 'dev.json')).map((a) => a.file));
  const dataset = loadNamesDataset(paths);
  const blind = { ...dataset, articles: dataset.articles.filter((a) => !dev.has(a.file)) };
  const model = buildNamesModel(blind);
  writeFileSync(values['names-without-dev'], serialiseNamesModel(model));
  console.log(
    `train: names without the dev articles, ${model.trainedOn.articles} of ${dataset.articles.length} articles → ${values['names-without-dev']} (nothing else written)`,
  );
  process.exit(0);
}
const { examples, dataHash } = loadDataset(paths);
if (values.repeats !== undefined) {
  const dev = new Set(readAnnotations(join(paths.gold, 'dev.json')).map((a) => a.file));
  const runs = Array.from({ length: Number(values.repeats) }, (_, i) => {
    const { decisions } = crossValidate(examples, undefined, SEED + i);
    const score = (keep: (file: string) => boolean) =>
      binaryScore(
        decisions.flatMap((d, j) =>
          keep(d.file) ? [{ predicted: d.cooperation, actual: examples[j]!.positive }] : [],
        ),
      ).f1;
    return { labels: score(() => true), dev: score((file) => dev.has(file)) };
  });
  const summary = (f1s: number[]) =>
    `${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3)} (${Math.min(...f1s).toFixed(3)}–${Math.max(...f1s).toFixed(3)})`;
  console.log(
    `train: ${FOLDS}-fold cross-validation with ${runs.length} fold seeds from ${SEED}: F1 mean (range) on labels.tsv ${summary(runs.map((r) => r.labels))}, on the dev articles' labels ${summary(runs.map((r) => r.dev))} (${((performance.now() - started) / 1000).toFixed(0)} s); nothing written (--repeats measures, it does not train)`,
  );
  const names = loadNamesDataset(paths);
  const nameRuns = Array.from(
    { length: Number(values.repeats) },
    (_, i) => crossValidateNames(names.articles, NAMES_SEED + i).score,
  );
  console.log(
    `train: names, ${FOLDS}-fold cross-validation with ${nameRuns.length} fold seeds from ${NAMES_SEED}: F1 mean (range) ${NAME_KINDS.map((k) => `${k} ${summary(nameRuns.map((r) => r[k].f1))}`).join(', ')}`,
  );
  process.exit(0);
}
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

const namesStarted = performance.now();
const namesModel = buildNamesModel(loadNamesDataset(paths));
const namesFile = serialiseNamesModel(namesModel);
writeFileSync(values['names-output'], namesFile);
console.log(
  `train: names, ${namesModel.trainedOn.articles} articles (${namesModel.trainedOn.sentences} sentences) → ${namesModel.features.length} features, ${(namesFile.length / 1024).toFixed(0)} KB; ` +
    `${namesModel.crossValidation.folds}-fold cross-validation F1 ${NAME_KINDS.map((k) => `${k} ${(namesModel.crossValidation[k] as { f1: number }).f1}`).join(', ')} (${((performance.now() - namesStarted) / 1000).toFixed(1)} s) → ${values['names-output']}`,
);
