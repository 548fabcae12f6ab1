/**
 * The evaluation gate: the extraction scored on ../shared/gold must stay at or
 * above floors pinned just under the measured values (see the README's
 * figures). The classifier's figures are cross-validated, never training scores.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/eval/evaluate.ts';
import { goldPaths } from '../../src/train/gold.ts';
import { headline } from '../../src/eval/score.ts';
import { loadDataset, type LabelledExample } from '../../src/train/dataset.ts';
import { outOfFoldProbabilities } from '../../src/train/cooperation.ts';
import { crossValidateType } from '../../src/train/type.ts';
import { rankAuc } from '../../src/train/metrics.ts';
import { SHARED } from '../helpers.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

const dataset = loadDataset(goldPaths(SHARED));
const evaluation = evaluate(SHARED, dataset);

/** Floors: measured value minus a margin of about one article. */
const DEV_FLOORS: Record<string, number> = {
  classification: 0.8, // measured 0.83 (P 1.00 R 0.71: the threshold is chosen for precision)
  type: 0.85, // 0.90 (n 30), the type model trained on the other folds
  date: 0.92, // 0.97
  provinces: 0.95, // 0.99
  countries: 0.9, // 0.93
  people: 0.95, // 1.00
  outcomes: 0.92, // 0.97
  organisations: 0.93, // 0.96, checked by a name recogniser that never saw the dev articles
};

test('each committed model was trained on the gold data and the feature code as they are now (else: npm run train)', () => {
  for (const [name, model] of Object.entries(evaluation.models)) {
    assert.equal(model.dataHash, evaluation.dataHash, `${name}: data`);
    assert.equal(model.featureHash, evaluation.featureHash, `${name}: feature code`);
  }
});

test('the classifier holds its cross-validated precision and F1 on every label, and the pre-filter drops no cooperation article', () => {
  const c = evaluation.labels.classification;
  // Measured P 0.903 R 0.694 F1 0.785 with the role-named party, the borderline articles as soft labels and the
  // cooperation class weighed twice (748 articles, 121 Y; 84 right, 9 wrong; over five fold seeds P 0.917 R 0.716;
  // P 0.891 R 0.678 F1 0.770 before them): floors one article under (a false positive more: P 0.894; a
  // cooperation article fewer: F1 0.780).
  assert.ok(c.precision >= 0.89, `precision ${c.precision.toFixed(3)}`);
  assert.ok(c.f1 >= 0.775, `F1 ${c.f1.toFixed(3)}`);
  assert.deepEqual(evaluation.labels.prefilterDrops, []);
});

test('the type model holds its cross-validated accuracy on every labelled type, above the rules alone', () => {
  const t = evaluation.labels.type;
  // Measured 0.835 (n 121, 101 right; 0.836 over twelve fold seeds); the rules alone 0.694. The floor one article
  // under (100 right, 0.826).
  assert.ok(t.accuracy >= 0.825, `type accuracy ${t.accuracy.toFixed(3)}`);
  assert.ok(t.accuracy > t.rulesAccuracy);
});

/** A fixed shuffle, so the test is the same on every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('trained on shuffled labels, cross-validation scores at chance: nothing leaks from training to test folds', () => {
  // Every second article past the pre-filter (272, 60 of them cooperation), without the inner
  // cross-validation that only sets the threshold: a few seconds.
  const sample = dataset.examples.filter((e) => e.passesPrefilter).filter((_, i) => i % 2 === 0);
  const labels = shuffled(
    sample.map((e) => e.positive),
    7,
  );
  const auc = (examples: LabelledExample[]) => {
    const decisions = outOfFoldProbabilities(examples);
    return rankAuc(
      decisions.map((d, i) => ({ score: d.probability, actual: examples[i]!.positive })),
    );
  };
  const real = auc(sample);
  const chance = auc(sample.map((e, i) => ({ ...e, positive: labels[i]! })));
  assert.ok(real > 0.75, `with the real labels the same sample ranks well: AUC ${real.toFixed(3)}`);
  // AUC at chance is 0.5 with a standard deviation of about 0.04 on this sample: three of them.
  assert.ok(Math.abs(chance - 0.5) < 0.12, `shuffled labels: AUC ${chance.toFixed(3)}`);

  const typed = dataset.examples.filter((e) => e.positive && e.type);
  const types = shuffled(
    typed.map((e) => e.type),
    7,
  );
  const majority = Math.max(
    ...[...new Set(types)].map((t) => types.filter((x) => x === t).length / types.length),
  );
  const { accuracy } = crossValidateType(typed.map((e, i) => ({ ...e, type: types[i]! })));
  assert.ok(
    accuracy < majority + 0.1,
    `shuffled types: accuracy ${accuracy.toFixed(3)}, majority ${majority.toFixed(3)}`,
  );
});

test('every field on the dev articles, end to end, stays at or above its floor, with no leak and no article lost', () => {
  const below = Object.entries(DEV_FLOORS)
    .map(([field, floor]) => [field, headline(evaluation.dev.rows[field]) ?? 0, floor] as const)
    .filter(([, value, floor]) => value < floor)
    .map(([field, value, floor]) => `${field} ${value.toFixed(2)} < ${floor}`);
  assert.deepEqual(below, []);
  assert.equal(evaluation.dev.rows.leaks?.count, 0);
  assert.equal(evaluation.dev.rows.lost?.count, 0);
});

// The type is left out: the seeds' types are decided by a type model trained on the other folds (see above).
test('the seeds keep every field at 1.00 given the reference decision, organisations at 0.9', () => {
  const below = ['date', 'provinces', 'people', 'leader', 'outcomes']
    .map((field) => [field, headline(evaluation.seedsGivenDecision.rows[field]) ?? 0] as const)
    .filter(([, value]) => value < 1)
    .map(([field, value]) => `${field} ${value.toFixed(2)}`);
  assert.deepEqual(below, []);
  assert.ok((headline(evaluation.seedsGivenDecision.rows.organisations) ?? 0) >= 0.9);
});
