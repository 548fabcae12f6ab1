/**
 * The evaluation file (src/data/evaluation.json): what `npm run eval` measured, kept in git so that
 * /gioi-thieu/ prints the figures at build time. Written by src/eval/evaluation-file.ts; a test fails when
 * its stamp no longer matches the models, the code or the gold data (test/eval/evaluation-file.test.ts).
 */

/** Precision, recall and F1 of one field, with the counts behind them. */
export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** One field of the shared scorer's table: a set's P/R/F1, or an accuracy over `n` articles. */
export type FieldFigure = SetScore | { accuracy: number; n: number };

/** The fields an event page shows, in the scorer's names. */
export const SCORED_FIELDS = [
  'classification',
  'type',
  'date',
  'provinces',
  'countries',
  'organisations',
  'people',
  'leader',
  'outcomes',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** The name kinds of the recogniser, named as the event's fields are. */
export const NAME_FIELDS = ['organisations', 'people', 'provinces', 'countries'] as const;
export type NameField = (typeof NAME_FIELDS)[number];

/** What the figures were measured on: any difference from the repository as it is makes the file stale. */
export interface EvaluationStamp {
  /** sha256 of each committed model file. */
  models: Record<'cooperation' | 'type' | 'names', string>;
  /** The extractor's version (src/extract/pipeline/version.ts: its code, data, models and parsers). */
  extractor: string;
  /** sha256 of the evaluation's and the training's own code (src/eval, src/train and what they import). */
  evaluation: string;
  /** sha256 of the gold data: every file of ../shared/gold, the seed articles and the shared scorer. */
  gold: string;
}

export interface EvaluationSummary {
  /** How to regenerate the file. */
  writtenBy: 'npm run eval';
  /** The day the figures were measured, `YYYY-MM-DD`. */
  measuredOn: string;
  stamp: EvaluationStamp;
  /**
   * Measured on articles no model saw and no rule was written beside: every article decided by models
   * trained on the other folds (by story, fixed seed).
   */
  crossValidated: {
    folds: number;
    seed: number;
    /** Is the article about cooperation: every labelled article (Y/N), borderline left out. */
    cooperation: SetScore & { articles: number; positives: number };
    /** The event's type, on every labelled cooperation article. */
    type: { accuracy: number; n: number; rulesAccuracy: number; readersAgreement: number };
    /** The learned name recogniser on mentions.json, per kind, beside two readers' agreement. */
    names: {
      articles: number;
      readersArticles: number;
      byField: Record<NameField, SetScore & { readersF1: number }>;
    };
  };
  /**
   * The dev articles (../shared/gold/dev.json): the rules were written with them in view, so these figures
   * flatter. The cooperation decision and the type still come from fold models that never saw them.
   */
  dev: {
    articles: number;
    cooperationArticles: number;
    /** The whole chain, the classifier's decision included. */
    endToEnd: Partial<Record<ScoredField, FieldFigure>>;
    /** The fields of every cooperation article, whatever the classifier decided. */
    givenDecision: Partial<Record<ScoredField, FieldFigure>>;
  };
}
