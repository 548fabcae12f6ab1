/**
 * The trained cooperation model: logistic weights over the article's
 * features, the threshold above which an article reports cooperation, and
 * where both came from. Written by `npm run train`, committed, loaded once.
 */
import committed from '../../data/cooperation-model.json' with { type: 'json' };
import type { LogisticWeights, TrainingOptions } from './logistic.ts';

/** What a model was trained on and with: the gold data's hash and the hash of the feature code (training/stamp.ts). */
export interface ModelStamp {
  /** sha256 of the labels and annotations the model was trained on, and of the articles' bytes. */
  dataHash: string;
  /** sha256 of the source files the feature extraction imports, transitively: a feature change makes the model stale. */
  featureHash: string;
}

export interface CooperationModel extends LogisticWeights {
  /** Probability at and above which an article reports cooperation; chosen by cross-validation on the training data. */
  threshold: number;
  trainedOn: ModelStamp & {
    articles: number;
    positives: number;
    /** Unlabelled corpus articles past the pre-filter it self-trained on (train/cooperation.ts). */
    unlabelled?: number;
  };
  options: TrainingOptions;
  /** The scores of the same training recipe on folds it did not see. */
  crossValidation: {
    folds: number;
    seed: number;
    precision: number;
    recall: number;
    f1: number;
    /** Precision the threshold was chosen for, inside the training folds. */
    precisionTarget: number;
  };
}

export const COOPERATION_MODEL = committed as unknown as CooperationModel;
