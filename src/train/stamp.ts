/**
 * A model's stamp covers the code that made its features as well as the data: the source files the training
 * data's reader (dataset.ts) imports, transitively, JSON word lists included and the committed models
 * themselves left out. A change to any of them leaves a committed model stale until `npm run train`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importedFiles } from '../extract/pipeline/version.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATASET = fileURLToPath(new URL('dataset.ts', import.meta.url));
/** The trained models: what they are is not part of what trained them. */
const MODEL_FILE = /-model\.json$/;

/** The feature code: every file the training data's reader imports, relative to the repository. */
export function featureFiles(): string[] {
  return importedFiles([DATASET]).filter((file) => !MODEL_FILE.test(file));
}

export function featureHash(): string {
  const hash = createHash('sha256');
  for (const file of featureFiles())
    hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
