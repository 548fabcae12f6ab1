/**
 * npm run train [-- --shared ../shared] [--repeats N] [--without <feature prefix>] [--precision <target>]
 *
 * Trains the cooperation model and the type model on every label of ../shared/gold (dev.json, labels.tsv,
 * labels-published.tsv, mentions.json, the seeds: src/train/dataset.ts says which wins when they disagree;
 * the cooperation model also self-trains on the unlabelled articles of ../shared/corpus, train/unlabelled.ts),
 * scores the same recipes by cross-validation (folds by story), and writes src/data/cooperation-model.json
 * and src/data/type-model.json stamped with the hash of the data and of the feature code.
 * Then trains the name recogniser on ../shared/gold/mentions.json the same way and writes
 * src/data/names-model.json (see src/train/names-model.ts).
 * Deterministic: the same data and code give the same files.
 *
 * With --names-without-dev <file> it writes only a names model trained on mentions.json without the dev
 * articles, for measuring the extraction on dev with HOPTAC_NAMES_MODEL=<file> npm run eval.
 *
 * With --repeats N it writes nothing and measures the recipes instead: the cross-validation run again with N
 * fold seeds, averaged. One fold seed moves a score by a few hundredths (one or two articles), so a feature,
 * a penalty or a threshold is compared this way. --without drops the features whose name starts with the
 * prefix (`party:`, `cue:donor`, `b:`) from both models; --precision sets the precision the threshold is
 * chosen for.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths, missingGoldPaths, readAnnotations } from '../src/train/gold.ts';
import { loadDataset, type LabelledExample } from '../src/train/dataset.ts';
import {
  crossValidate,
  FOLDS,
  PRECISION_TARGET,
  SEED,
  trainCooperation,
  TRAINING_OPTIONS,
} from '../src/train/cooperation.ts';
import { crossValidateType, trainType, typedExamples, TYPE_OPTIONS } from '../src/train/type.ts';
import { featureHash } from '../src/train/stamp.ts';
import { loadUnlabelled } from '../src/train/unlabelled.ts';
import type { CooperationModel } from '../src/extract/classify/model.ts';
import type { TypeModel } from '../src/extract/classify/type-model.ts';
import { binaryScore } from '../src/train/metrics.ts';
import { loadNamesDataset, namesDatasetWithout } from '../src/train/names-data.ts';
import { crossValidateNames, NAMES_SEED } from '../src/train/names.ts';
import { buildNamesModel, serialiseNamesModel } from '../src/train/names-model.ts';
import { NAME_KINDS } from '../src/extract/names/tags.ts';

const USAGE =
  'usage: npm run train -- [--shared <dir>] [--repeats <fold seeds>] [--without <feature prefix>] [--precision <target>] [--names-without-dev <file>]';
const data = join(import.meta.dirname, '..', 'src', 'data');
const { values } = parseCommandLine('train', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    repeats: { type: 'string' },
    without: { type: 'string', multiple: true },
    precision: { type: 'string' },
    'names-without-dev': { type: 'string' },
  },
});
if (values.repeats !== undefined && !/^[1-9]\d*$/.test(values.repeats)) {
  console.error(
    `train: --repeats wants a number of fold seeds, not "${values.repeats}"\n\n${USAGE}`,
  );
  process.exit(2);
}
const precisionTarget =
  values.precision === undefined ? PRECISION_TARGET : Number(values.precision);
if (!(precisionTarget > 0 && precisionTarget <= 1)) {
  console.error(`train: --precision wants a number in (0, 1]\n\n${USAGE}`);
  process.exit(2);
}
if ((values.without?.length || values.precision) && values.repeats === undefined) {
  console.error(
    `train: --without and --precision measure a recipe: use them with --repeats\n\n${USAGE}`,
  );
  process.exit(2);
}

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const paths = goldPaths(values.shared);
const missing = missingGoldPaths(paths);
if (missing.length) {
  console.error(`train: the shared folder is incomplete, missing:\n  ${missing.join('\n  ')}`);
  process.exit(2);
}
if (values['names-without-dev'] !== undefined) {
  // A measurement model: the recogniser trained on mentions.json without the dev articles, so that the
  // extraction can be scored on dev by a recogniser that never saw them (HOPTAC_NAMES_MODEL=<file> npm run eval).
  const dev = new Set(readAnnotations(join(paths.gold, 'dev.json')).map((a) => a.file));
  const dataset = loadNamesDataset(paths);
  const blind = namesDatasetWithout(dataset, [...dev]);
  const model = buildNamesModel(blind);
  writeFileSync(values['names-without-dev'], serialiseNamesModel(model));
  console.log(
    `train: names without the dev articles, ${model.trainedOn.articles} of ${dataset.articles.length} articles → ${values['names-without-dev']} (nothing else written)`,
  );
  process.exit(0);
}
const dataset = loadDataset(paths);
const without = values.without ?? [];
const strip = (f: Map<string, number>) =>
  new Map([...f].filter(([name]) => !without.some((prefix) => name.startsWith(prefix))));
const examples: LabelledExample[] = without.length
  ? dataset.examples.map((e) => ({
      ...e,
      features: strip(e.features),
      typeFeatures: strip(e.typeFeatures),
    }))
  : dataset.examples;
const borderline: LabelledExample[] = without.length
  ? dataset.borderlineExamples.map((e) => ({ ...e, features: strip(e.features) }))
  : dataset.borderlineExamples;
// The corpus's unlabelled articles past the pre-filter, for self-training (TRAINING_OPTIONS).
const unlabelled = loadUnlabelled(
  paths.corpus,
  [...dataset.examples, ...dataset.borderlineExamples].map((e) => e.file),
).map((f) => (without.length ? strip(f) : f));
const origins = [...new Set(examples.map((e) => e.origin))].sort();
console.log(
  `train: ${examples.length} labelled articles (${origins
    .map((o) => {
      const of = examples.filter((e) => e.origin === o);
      return `${o} ${of.length}: ${of.filter((e) => e.positive).length} Y`;
    })
    .join('; ')}); borderline (soft labels in training, never scored): ${
    Object.entries(dataset.borderline)
      .map(([o, n]) => `${o} ${n}`)
      .join(', ') || 'none'
  }; ${dataset.disagreements.length} articles labelled differently by two sources; ${new Set(examples.map((e) => e.story)).size} stories; ${unlabelled.length} unlabelled corpus articles past the pre-filter`,
);

if (values.repeats !== undefined) {
  const runs = Array.from({ length: Number(values.repeats) }, (_, i) => {
    const { decisions } = crossValidate(
      examples,
      undefined,
      SEED + i,
      precisionTarget,
      borderline,
      unlabelled,
    );
    const score = (keep: (e: LabelledExample) => boolean) =>
      binaryScore(
        decisions.flatMap((d, j) =>
          keep(examples[j]!) ? [{ predicted: d.cooperation, actual: examples[j]!.positive }] : [],
        ),
      );
    const type = crossValidateType(examples, TYPE_OPTIONS, SEED + i);
    return {
      all: score(() => true),
      byOrigin: Object.fromEntries(origins.map((o) => [o, score((e) => e.origin === o)])),
      type: type.accuracy,
      rules: type.rulesAccuracy,
    };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const summary = (xs: number[]) =>
    `${mean(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
  console.log(
    `train: ${FOLDS}-fold cross-validation by story with ${runs.length} fold seeds from ${SEED}${without.length ? `, without ${without.join(', ')}` : ''}, threshold for precision ${precisionTarget}; mean (range):`,
  );
  console.log(
    `  cooperation  P ${summary(runs.map((r) => r.all.precision))}  R ${summary(runs.map((r) => r.all.recall))}  F1 ${summary(runs.map((r) => r.all.f1))}`,
  );
  for (const o of origins)
    console.log(
      `    ${o.padEnd(10)} P ${summary(runs.map((r) => r.byOrigin[o]!.precision))}  R ${summary(runs.map((r) => r.byOrigin[o]!.recall))}  F1 ${summary(runs.map((r) => r.byOrigin[o]!.f1))}`,
    );
  console.log(
    `  type         accuracy ${summary(runs.map((r) => r.type))} (n ${typedExamples(examples).length}); the rules alone ${summary(runs.map((r) => r.rules))}`,
  );
  const names = loadNamesDataset(paths);
  const nameRuns = Array.from(
    { length: Number(values.repeats) },
    (_, i) => crossValidateNames(names.articles, NAMES_SEED + i).score,
  );
  console.log(
    `  names        F1 ${NAME_KINDS.map((k) => `${k} ${summary(nameRuns.map((r) => r[k].f1))}`).join(', ')} (${FOLDS} folds by article, fold seeds from ${NAMES_SEED})`,
  );
  console.log(`train: ${seconds()}; nothing written (--repeats measures, it does not train)`);
  process.exit(0);
}

const stamp = { dataHash: dataset.dataHash, featureHash: featureHash() };
const round = (x: number) => Math.round(x * 1000) / 1000;
const cv = crossValidate(
  examples,
  TRAINING_OPTIONS,
  SEED,
  PRECISION_TARGET,
  borderline,
  unlabelled,
);
const trained = trainCooperation(
  examples,
  TRAINING_OPTIONS,
  PRECISION_TARGET,
  borderline,
  unlabelled,
);
const model: CooperationModel = {
  threshold: trained.threshold,
  trainedOn: {
    ...stamp,
    articles: examples.filter((e) => e.passesPrefilter).length,
    positives: examples.filter((e) => e.passesPrefilter && e.positive).length,
    unlabelled: unlabelled.length,
  },
  options: trained.options,
  crossValidation: {
    folds: FOLDS,
    seed: SEED,
    precision: round(cv.score.precision),
    recall: round(cv.score.recall),
    f1: round(cv.score.f1),
    precisionTarget: PRECISION_TARGET,
  },
  bias: trained.bias,
  weights: Object.fromEntries(Object.entries(trained.weights).sort(([a], [b]) => (a < b ? -1 : 1))),
};
writeFileSync(join(data, 'cooperation-model.json'), `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `train: cooperation: ${model.trainedOn.articles} past the pre-filter (${model.trainedOn.positives} cooperation) → ${Object.keys(model.weights).length} weights, threshold ${model.threshold}; ` +
    `${FOLDS}-fold cross-validation P ${model.crossValidation.precision} R ${model.crossValidation.recall} F1 ${model.crossValidation.f1}`,
);

const typeCv = crossValidateType(examples);
const typeWeights = trainType(typedExamples(examples));
const typeModel: TypeModel = {
  classes: typeWeights.classes,
  trainedOn: { ...stamp, articles: typedExamples(examples).length },
  options: TYPE_OPTIONS,
  crossValidation: {
    folds: FOLDS,
    seed: SEED,
    accuracy: round(typeCv.accuracy),
    rulesAccuracy: round(typeCv.rulesAccuracy),
    n: typeCv.decisions.length,
  },
  bias: typeWeights.bias,
  weights: Object.fromEntries(
    Object.entries(typeWeights.weights).sort(([a], [b]) => (a < b ? -1 : 1)),
  ),
};
writeFileSync(join(data, 'type-model.json'), `${JSON.stringify(typeModel)}\n`);
console.log(
  `train: type: ${typeModel.trainedOn.articles} labelled types → ${Object.keys(typeModel.weights).length} features; ${FOLDS}-fold cross-validation accuracy ${typeModel.crossValidation.accuracy} (the rules alone ${typeModel.crossValidation.rulesAccuracy}) (${seconds()})`,
);

const namesStarted = performance.now();
const namesModel = buildNamesModel(loadNamesDataset(paths));
const namesFile = serialiseNamesModel(namesModel);
writeFileSync(join(data, 'names-model.json'), namesFile);
console.log(
  `train: names: ${namesModel.trainedOn.articles} articles (${namesModel.trainedOn.sentences} sentences) → ${namesModel.features.length} features, ${(namesFile.length / 1024).toFixed(0)} KB; ` +
    `${namesModel.crossValidation.folds}-fold cross-validation F1 ${NAME_KINDS.map((k) => `${k} ${(namesModel.crossValidation[k] as { f1: number }).f1}`).join(', ')} (${((performance.now() - namesStarted) / 1000).toFixed(1)} s)`,
);
