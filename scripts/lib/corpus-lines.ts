/**
 * The unlabelled corpus as the builders of corpus-learned files read it (name-lexicon.ts,
 * word-classes.ts): its .txt and .md files in sorted order, each line NFC, and a hash of every file's
 * name and bytes that the built file is stamped with.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusReading {
  /** The article files, relative to the folder, sorted. */
  files: string[];
  /** Every line of every file, NFC, in order. */
  lines(): Generator<string>;
  /** sha256 of each file's name and bytes, once `lines` has been read to the end. */
  hash(): string;
}

export function readCorpus(folder: string): CorpusReading {
  const files = (readdirSync(folder, { recursive: true }) as string[])
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort();
  const hash = createHash('sha256');
  return {
    files,
    *lines() {
      for (const file of files) {
        const bytes = readFileSync(join(folder, file));
        hash.update(`${file}\0`).update(bytes).update('\0');
        yield* bytes.toString('utf8').normalize('NFC').split('\n');
      }
    },
    hash: () => hash.digest('hex'),
  };
}
