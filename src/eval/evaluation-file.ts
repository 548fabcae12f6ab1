/**
 * The evaluation file that `npm run eval` writes and the repository keeps (src/data/evaluation.json):
 * the figures measured on articles the rules were not written beside, the dev figures marked as such, and
 * a stamp of what was measured, so that a test fails when the models, the code or the gold data change
 * without the evaluation being run again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractorFiles, extractorVersion, importedFiles } from '../extract/pipeline/version.ts';
import { NAME_KINDS, type NameKind } from '../extract/names/tags.ts';
import { goldPaths, readAnnotations } from '../train/gold.ts';
import type { BinaryScore } from '../train/metrics.ts';
import {
  NAME_FIELDS,
  SCORED_FIELDS,
  type EvaluationStamp,
  type EvaluationSummary,
  type FieldFigure,
  type NameField,
  type SetScore,
} from '../lib/evaluation-summary.ts';
import type { Evaluation } from './evaluate.ts';
import type { NamesEvaluation } from './names.ts';
import type { FieldScore, Score } from './score.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'src', 'data');

/** Where the file lives: beside the models it describes. */
export const EVALUATION_FILE = join(DATA, 'evaluation.json');

export const MODEL_FILES = {
  cooperation: join(DATA, 'cooperation-model.json'),
  type: join(DATA, 'type-model.json'),
  names: join(DATA, 'names-model.json'),
} as const;

/** What the evaluation runs: its modules and, transitively, everything they import. */
const EVALUATION_ENTRIES = ['evaluate.ts', 'names.ts', 'evaluation-file.ts'].map((f) =>
  fileURLToPath(new URL(f, import.meta.url)),
);

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function hashFiles(files: readonly string[], base: string): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(relative(base, file).split('\\').join('/'))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The code the evaluation and the training add to the extractor's: src/eval, src/train and what they
 * import, without the extractor's own files and the models (stamped on their own).
 */
export function evaluationCodeFiles(): string[] {
  const extractor = new Set(extractorFiles());
  const models = new Set<string>(Object.values(MODEL_FILES));
  // The walker also follows `new URL('../..', import.meta.url)`, a folder: only files are code.
  return importedFiles(EVALUATION_ENTRIES).filter(
    (f) => !extractor.has(f) && !models.has(f) && statSync(f).isFile(),
  );
}

/** The gold data the figures are measured on: ../shared/gold, the seed articles and the scorer. */
export function goldFiles(shared: string): string[] {
  const paths = goldPaths(shared);
  return [...filesUnder(paths.gold), ...filesUnder(paths.seeds), paths.scorer];
}

/** The gold data's hash: each file's path under `shared` and its bytes. */
export const goldHash = (shared: string): string => hashFiles(goldFiles(shared), shared);

/** The stamp of the repository and the gold data as they are now. */
export function evaluationStamp(shared: string): EvaluationStamp {
  return {
    models: {
      cooperation: sha256(readFileSync(MODEL_FILES.cooperation)),
      type: sha256(readFileSync(MODEL_FILES.type)),
      names: sha256(readFileSync(MODEL_FILES.names)),
    },
    extractor: extractorVersion(),
    evaluation: hashFiles(evaluationCodeFiles(), ROOT),
    gold: goldHash(shared),
  };
}

/** What differs between the file's stamp and the repository's, in words; empty when the file is current. */
export function staleness(recorded: EvaluationStamp, now: EvaluationStamp): string[] {
  const out: string[] = [];
  for (const name of Object.keys(now.models) as Array<keyof EvaluationStamp['models']>)
    if (recorded.models[name] !== now.models[name]) out.push(`the ${name} model was retrained`);
  if (recorded.extractor !== now.extractor) out.push('the extractor changed');
  if (recorded.evaluation !== now.evaluation) out.push('the evaluation or training code changed');
  if (recorded.gold !== now.gold) out.push('the gold data changed');
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function setScore(s: BinaryScore | FieldScore): SetScore {
  return {
    precision: round(s.precision ?? 0),
    recall: round(s.recall ?? 0),
    f1: round(s.f1 ?? 0),
    tp: s.tp ?? 0,
    fp: s.fp ?? 0,
    fn: s.fn ?? 0,
  };
}

function fieldFigures(score: Score): Partial<Record<(typeof SCORED_FIELDS)[number], FieldFigure>> {
  const out: Partial<Record<(typeof SCORED_FIELDS)[number], FieldFigure>> = {};
  for (const field of SCORED_FIELDS) {
    const row = score.rows[field];
    if (!row) continue;
    if (row.f1 !== undefined) out[field] = setScore(row);
    else if (row.accuracy !== undefined)
      out[field] = { accuracy: round(row.accuracy), n: row.n ?? 0 };
  }
  return out;
}

const NAME_FIELD_OF: Record<NameKind, NameField> = {
  ORG: 'organisations',
  PER: 'people',
  PROV: 'provinces',
  COUNTRY: 'countries',
};

/** The figures the site prints, from what eval measured, stamped with what it measured. */
export function summarise(
  e: Evaluation,
  names: NamesEvaluation,
  shared: string,
  measuredOn: string,
): EvaluationSummary {
  const stamp = evaluationStamp(shared);
  const byField = {} as EvaluationSummary['crossValidated']['names']['byField'];
  for (const kind of NAME_KINDS)
    byField[NAME_FIELD_OF[kind]] = {
      ...setScore(names.crossValidated[kind]),
      readersF1: round(names.readers[kind].f1),
    };
  const ordered = Object.fromEntries(NAME_FIELDS.map((f) => [f, byField[f]])) as typeof byField;
  const dev = readAnnotations(join(goldPaths(shared).gold, 'dev.json'));
  return {
    writtenBy: 'npm run eval',
    measuredOn,
    stamp,
    crossValidated: {
      folds: e.folds,
      seed: e.seed,
      cooperation: {
        ...setScore(e.labels.classification),
        articles: e.labels.articles,
        positives: e.labels.positives,
      },
      type: {
        accuracy: round(e.labels.type.accuracy),
        n: e.labels.type.n,
        rulesAccuracy: round(e.labels.type.rulesAccuracy),
        readersAgreement: round(e.labels.type.readersAgreement),
      },
      names: {
        articles: names.articles,
        readersArticles: names.readers.articles,
        byField: ordered,
      },
    },
    dev: {
      articles: dev.length,
      cooperationArticles: dev.filter((a) => a.cooperation).length,
      endToEnd: fieldFigures(e.dev),
      givenDecision: fieldFigures(e.devGivenDecision),
    },
  };
}

/** Writes the file (sorted as built, two-space JSON, a final newline). */
export function writeEvaluationFile(summary: EvaluationSummary, file = EVALUATION_FILE): void {
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
}
