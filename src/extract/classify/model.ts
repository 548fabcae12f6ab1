/**
 * The trained cooperation model: logistic weights over the article's
 * features, the threshold above which an article reports cooperation, and
 * where both came from. Written by `npm run train`, committed, loaded once.
 */
import committed from '../../data/cooperation-model.json' with { type: 'json' };
import type { LogisticWeights, TrainingOptions } from './logistic.ts';

export interface CooperationModel extends LogisticWeights {
  /** Probability at and above which an article reports cooperation; chosen by cross-validation on the training data. */
  threshold: number;
  trainedOn: {
    /** sha256 of the labels and annotations the model was trained on, and of the extractor that read them. */
    dataHash: string;
    articles: number;
    positives: number;
  };
  options: TrainingOptions;
  /** The scores of the same training recipe on folds it did not see. */
  crossValidation: { folds: number; seed: number; precision: number; recall: number; f1: number };
}

export const COOPERATION_MODEL = committed as unknown as CooperationModel;
