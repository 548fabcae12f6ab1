/**
 * A model's stamp covers the code that trained it as well as the data: the source files its training
 * imports, transitively (the reading of the gold data, the features, the recipe), JSON word lists included
 * and the committed models themselves left out. A change to any of them leaves a committed model stale until
 * `npm run train`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importedFiles } from '../extract/pipeline/version.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
/** What trains the cooperation and type models: the training data's readers (labelled, and unlabelled for self-training) and the two recipes. */
const CLASSIFIER_TRAINING = ['dataset.ts', 'unlabelled.ts', 'cooperation.ts', 'type.ts'].map(here);
/** What trains the name recogniser: mentions.json's reader and the recipe (which imports the features). */
const NAMES_TRAINING = ['names-data.ts', 'names.ts'].map(here);
/** The trained models: what they are is not part of what trained them. */
const MODEL_FILE = /-model\.json$/;

/** The code behind a model, relative to the repository: every file its training imports. */
export function trainingFiles(entries: readonly string[] = CLASSIFIER_TRAINING): string[] {
  return importedFiles([...entries]).filter((file) => !MODEL_FILE.test(file));
}

function hashOf(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The stamp of the cooperation and type models' code. */
export function featureHash(): string {
  return hashOf(trainingFiles(CLASSIFIER_TRAINING));
}

/** The code behind the name recogniser. */
export const namesTrainingFiles = (): string[] => trainingFiles(NAMES_TRAINING);

/** The stamp of the name recogniser's code. */
export function namesFeatureHash(): string {
  return hashOf(namesTrainingFiles());
}
