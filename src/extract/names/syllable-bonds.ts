/**
 * How strongly two syllables form one word, from counts over the unlabelled
 * corpus (`npm run bonds -- <corpus>` writes src/data/syllable-bonds.json):
 * 0 for no bond, 1 to 5 for a pointwise mutual information from 2 nats up. A
 * name rarely ends between the two syllables of a word ("Bộ Xây | dựng").
 */
import { readFileSync } from 'node:fs';
import { normaliseToneMarks } from '../../lib/vietnamese.ts';

export interface SyllableBonds {
  builtFrom: {
    articles: number;
    /** sha256 of the corpus's file names and bytes. */
    corpusHash: string;
    /** Lower-case syllables counted. */
    syllables: number;
    minCount: number;
    minPmi: number;
  };
  /** "a b" (lower case, tone marks on the first vowel of oa/oe/uy) → strength 1–5. */
  bonds: Record<string, number>;
}

export const SYLLABLE_BONDS_PATH = new URL('../../data/syllable-bonds.json', import.meta.url);

/** The form a syllable is counted and looked up under: lower case, `hoà` as `hòa`. */
export const bondKey = (syllable: string): string => normaliseToneMarks(syllable.toLowerCase());

let bonds: ReadonlyMap<string, number> | null = null;

/** The bond between two syllables given by their bond keys: 0 (none) to 5. */
export function syllableBond(a: string, b: string): number {
  bonds ??= new Map(
    Object.entries((JSON.parse(readFileSync(SYLLABLE_BONDS_PATH, 'utf8')) as SyllableBonds).bonds),
  );
  return bonds.get(`${a} ${b}`) ?? 0;
}
