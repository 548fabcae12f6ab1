/**
 * node scripts/names-cv.ts [--shared ../shared] [--kind PER] [--errors] [--dump <file.json>] [--seeds a,b,c]
 *
 * The name recogniser's cross-validation alone (what `npm run eval` prints
 * last, without the extraction's evaluation): P/R/F1 per kind, and with
 * --errors every false positive and miss of one kind, by article.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { loadNamesDataset } from '../src/train/names-data.ts';
import {
  CONFIDENCE_SCALES,
  crossValidateNames,
  NAMES_LEARNER,
  NAMES_SEED,
  type NamesLearner,
} from '../src/train/names.ts';
import {
  calibratedScale,
  chooseConfidence,
  CONFIDENCE_THRESHOLDS,
  logLoss,
  sweep,
  sweepRuleNames,
  type ThresholdPoint,
} from '../src/train/names-confidence.ts';
import { NAME_KINDS, type NameKind } from '../src/extract/names/tags.ts';

const USAGE =
  'usage: node scripts/names-cv.ts [--shared <dir>] [--kind PER] [--errors] [--dump <file.json>] [--seeds a,b,c] [--confidence] [--learner crf --epochs 10 --l2 1 --rate 0.3 --min-weight 0 --from-perceptron 0.03] [--members 4]';
const { values } = parseCommandLine('names-cv', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    kind: { type: 'string', default: 'PER' },
    errors: { type: 'boolean', default: false },
    dump: { type: 'string' },
    seeds: { type: 'string', default: String(NAMES_SEED) },
    confidence: { type: 'boolean', default: false },
    learner: { type: 'string', default: 'perceptron' },
    epochs: { type: 'string' },
    l2: { type: 'string', default: '1' },
    rate: { type: 'string', default: '0.3' },
    'min-weight': { type: 'string' },
    members: { type: 'string' },
    'from-perceptron': { type: 'string' },
  },
});

const started = performance.now();
const dataset = loadNamesDataset(goldPaths(values.shared));
const seeds = values.seeds.split(',').map(Number);
const learner: NamesLearner =
  values.learner === 'crf'
    ? {
        kind: 'crf',
        epochs: Number(values.epochs ?? 10),
        l2: Number(values.l2),
        rate: Number(values.rate),
        minWeight: Number(values['min-weight'] ?? 0),
        ...(values['from-perceptron'] !== undefined && {
          fromPerceptron: Number(values['from-perceptron']),
        }),
      }
    : {
        ...NAMES_LEARNER,
        ...(values.epochs !== undefined && { epochs: Number(values.epochs) }),
        ...(values['min-weight'] !== undefined && { minWeight: Number(values['min-weight']) }),
        ...(values.members !== undefined && { members: Number(values.members) }),
      };
console.error(`names-cv: learner ${JSON.stringify(learner)}`);
const runs = seeds.map((seed) => crossValidateNames(dataset.articles, seed, learner));
const cv = runs[0]!;
const f = (x: number) => x.toFixed(3);
runs.forEach((run, r) => {
  for (const k of NAME_KINDS) {
    const s = run.score[k];
    console.log(
      `seed ${seeds[r]} ${k.padEnd(8)} F1 ${f(s.f1)}  P ${f(s.precision)}  R ${f(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
  }
});
if (runs.length > 1)
  for (const k of NAME_KINDS) {
    const mean = (g: (s: (typeof cv.score)[NameKind]) => number) =>
      f(runs.reduce((sum, run) => sum + g(run.score[k]), 0) / runs.length);
    console.log(
      `mean ${k.padEnd(8)} F1 ${mean((s) => s.f1)}  P ${mean((s) => s.precision)}  R ${mean((s) => s.recall)}`,
    );
  }
if (values.errors) {
  const kind = values.kind as NameKind;
  for (const { file, gold, found } of cv.comparisons) {
    const fp = [...found[kind]].filter((s) => !gold[kind].has(s));
    const fn = [...gold[kind]].filter((s) => !found[kind].has(s));
    if (fp.length + fn.length === 0) continue;
    console.log(
      `${file}\n  fp: ${fp.map((s) => `«${s}»`).join(' ')}\n  fn: ${fn.map((s) => `«${s}»`).join(' ')}`,
    );
  }
}
if (values.confidence) {
  const scored = runs.flatMap((run) => run.scored);
  for (let s = 0; s < CONFIDENCE_SCALES.length; s++)
    console.log(`scale ${CONFIDENCE_SCALES[s]}: log loss ${f(logLoss(scored, s))}`);
  const s = calibratedScale(scored);
  const row = (label: string, p: ThresholdPoint) =>
    console.log(
      `${label.padStart(7)}  P ${f(p.precision)} R ${f(p.recall)} F1 ${f(p.f1)} F0.5 ${f(p.fBeta)}  left out: right ${f(p.rightLeftOut)}, cut ${f(p.cutLeftOut)}, wrong ${f(p.wrongLeftOut)}`,
    );
  for (const kind of ['ORG', 'PER'] as const) {
    console.log(`${kind}: span probability at scale ${CONFIDENCE_SCALES[s]}`);
    for (const p of sweep(scored, kind, (a, m) => a.probabilities[m]![s]!, CONFIDENCE_THRESHOLDS))
      row(String(p.threshold), p);
    console.log(
      `${kind}: probability that a name ends where the span ends, at scale ${CONFIDENCE_SCALES[s]}`,
    );
    for (const p of sweep(
      scored,
      kind,
      (a, m) => a.endProbabilities[m]![s]!,
      CONFIDENCE_THRESHOLDS,
    ))
      row(String(p.threshold), p);
    console.log(`${kind}: margin (best path minus best path without the span)`);
    for (const p of sweep(
      scored,
      kind,
      (a, m) => a.mentions[m]!.margin,
      [0, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150],
    ))
      row(String(p.threshold), p);
  }
  for (const measure of ['endProbabilities', 'stopProbabilities'] as const) {
    console.log(
      `ORG: the rules' names after the check, by ${measure} at scale ${CONFIDENCE_SCALES[s]}`,
    );
    for (const p of sweepRuleNames(scored, s, CONFIDENCE_THRESHOLDS, measure))
      row(String(p.threshold), p);
  }
  const chosen = chooseConfidence(scored);
  console.log(`chosen: scale ${chosen.scale}, threshold ${chosen.threshold}`);
  if (runs.length > 1) {
    // What training chooses at each fold seed apart, and the objective at each threshold per seed:
    // how flat it is, and whether the choice moves with the folds.
    const each = runs.map((run) => chooseConfidence(run.scored));
    console.log(
      `chosen per seed: ${each.map((c, r) => `${seeds[r]} scale ${c.scale} threshold ${c.threshold}`).join('; ')}`,
    );
    console.log(
      `ORG: the rules' names after the check per seed, at scale ${CONFIDENCE_SCALES[s]}: F0.5 (right/wrong strings kept)`,
    );
    const curves = runs.map((run) => sweepRuleNames(run.scored, s, CONFIDENCE_THRESHOLDS));
    const f4 = (x: number) => x.toFixed(4);
    CONFIDENCE_THRESHOLDS.forEach((t, i) =>
      console.log(
        `${String(t).padStart(7)}  ${curves.map((c) => `${f4(c[i]!.fBeta)} (${c[i]!.tp}/${c[i]!.fp})`).join('  ')}  mean ${f4(curves.reduce((sum, c) => sum + c[i]!.fBeta, 0) / curves.length)}`,
      ),
    );
  }
}
if (values.dump)
  writeFileSync(
    values.dump,
    JSON.stringify(
      cv.comparisons.map(({ file, gold, found }) => ({
        file,
        gold: Object.fromEntries(NAME_KINDS.map((k) => [k, [...gold[k]]])),
        found: Object.fromEntries(NAME_KINDS.map((k) => [k, [...found[k]]])),
      })),
    ),
  );
console.error(`names-cv: ${((performance.now() - started) / 1000).toFixed(1)} s`);
