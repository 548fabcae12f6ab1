/**
 * The trained type model: softmax weights over the type features (type-features.ts), and where they came
 * from. Written by `npm run train`, committed, loaded once.
 */
import committed from '../../data/type-model.json' with { type: 'json' };
import type { SoftmaxOptions, SoftmaxWeights } from './softmax.ts';
import type { ModelStamp } from './model.ts';

export interface TypeModel extends SoftmaxWeights {
  trainedOn: ModelStamp & { articles: number };
  options: SoftmaxOptions;
  /** Accuracy of the same recipe on folds it did not see, and of the rules alone on the same articles. */
  crossValidation: {
    folds: number;
    seed: number;
    accuracy: number;
    rulesAccuracy: number;
    n: number;
  };
}

export const TYPE_MODEL = committed as unknown as TypeModel;
