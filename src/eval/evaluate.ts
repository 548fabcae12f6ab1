/**
 * The evaluation: the extraction scored on ../shared/gold, field by field.
 *
 * - end to end: each article's cooperation decision comes from a model
 *   trained on the other folds of the labelled data (cross-validation), so
 *   no article is decided by a model that saw it;
 * - given the reference decision: the fields of every cooperation article,
 *   whatever the classifier said, so a field's rules are measured apart from
 *   the classifier's misses.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles, writeExport } from './export.ts';
import { goldPaths, readAnnotations, type GoldPaths } from '../train/gold.ts';
import { scoreExport, type Score } from './score.ts';
import { loadDataset } from '../train/dataset.ts';
import { crossValidate, FOLDS, SEED } from '../train/cooperation.ts';
import { binaryScore, type BinaryScore } from '../train/metrics.ts';
import { COOPERATION_MODEL } from '../extract/classify/model.ts';
import { processArticle } from '../extract/pipeline/article.ts';

export interface Evaluation {
  folds: number;
  seed: number;
  dataHash: string;
  model: { dataHash: string; stale: boolean };
  labels: {
    articles: number;
    positives: number;
    classification: BinaryScore;
    byOrigin: Record<string, BinaryScore>;
    prefilterDrops: string[];
    misses: string[];
    type: {
      accuracy: number;
      n: number;
      confusion: Record<string, Record<string, number>>;
      misses: string[];
    };
  };
  seeds: Score;
  seedsGivenDecision: Score;
  dev: Score;
  devGivenDecision: Score;
}

export function evaluate(shared: string): Evaluation {
  const paths = goldPaths(shared);
  const { examples, dataHash } = loadDataset(paths);
  const { decisions, score } = crossValidate(examples);
  const decided = new Map(decisions.map((d) => [d.file, d.cooperation]));
  const byOrigin: Record<string, BinaryScore> = {};
  for (const origin of [...new Set(examples.map((e) => e.origin))].sort()) {
    byOrigin[origin] = binaryScore(
      examples.flatMap((e, i) =>
        e.origin === origin ? [{ predicted: decisions[i]!.cooperation, actual: e.positive }] : [],
      ),
    );
  }
  const misses = examples.flatMap((e, i) =>
    decisions[i]!.cooperation === e.positive
      ? []
      : [
          `${e.file} ${e.positive ? 'missed' : 'taken'} (p ${decisions[i]!.probability.toFixed(2)})`,
        ],
  );

  // The type: every labelled cooperation article, extracted as cooperation.
  const confusion: Record<string, Record<string, number>> = {};
  const typeMisses: string[] = [];
  let right = 0;
  const typed = examples.filter((e) => e.positive && e.type && e.origin !== 'seeds');
  for (const e of typed) {
    const result = processArticle(e.file, readFileSync(join(paths.corpus, e.file)), {
      cooperation: true,
    });
    const extracted = result.event?.event.type ?? 'none';
    (confusion[e.type!] ??= {})[extracted] = (confusion[e.type!]![extracted] ?? 0) + 1;
    if (extracted === e.type) right++;
    else typeMisses.push(`${e.file} type: ${extracted} ≠ ${e.type}`);
  }

  const reference = (goldFile: string) =>
    new Map(readAnnotations(join(paths.gold, goldFile)).map((a) => [a.file, a.cooperation]));
  const devReference = reference('dev.json');
  const seedsReference = reference('seeds.json');
  return {
    folds: FOLDS,
    seed: SEED,
    dataHash,
    model: {
      dataHash: COOPERATION_MODEL.trainedOn.dataHash,
      stale: COOPERATION_MODEL.trainedOn.dataHash !== dataHash,
    },
    labels: {
      articles: examples.filter((e) => e.origin !== 'seeds').length,
      positives: examples.filter((e) => e.positive).length,
      classification: score,
      byOrigin,
      prefilterDrops: examples.filter((e) => e.positive && !e.passesPrefilter).map((e) => e.file),
      misses,
      type: {
        accuracy: typed.length ? right / typed.length : 1,
        n: typed.length,
        confusion,
        misses: typeMisses,
      },
    },
    seeds: scoreAnnotated(paths, 'seeds.json', (f) => decided.get(f)),
    seedsGivenDecision: scoreAnnotated(paths, 'seeds.json', (f) => seedsReference.get(f)),
    dev: scoreAnnotated(paths, 'dev.json', (f) => decided.get(f)),
    devGivenDecision: scoreAnnotated(paths, 'dev.json', (f) => devReference.get(f)),
  };
}

/** Scores the annotated articles of one gold file; `decide` gives each article's decision. */
function scoreAnnotated(
  paths: GoldPaths,
  goldFile: 'seeds.json' | 'dev.json',
  decide: (file: string) => boolean | undefined,
): Score {
  const gold = join(paths.gold, goldFile);
  const files = readAnnotations(gold).map((a) => a.file);
  const folder = goldFile === 'seeds.json' ? paths.seeds : paths.corpus;
  const results = extractFiles(folder, files, (file) => ({ cooperation: decide(file) }));
  const out = mkdtempSync(join(tmpdir(), 'hoptac-eval-'));
  try {
    writeExport(out, results);
    return scoreExport(paths.scorer, gold, out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
