/**
 * Word classes learned from the unlabelled corpus (`npm run word-classes -- <corpus>` writes
 * src/data/word-classes.json): the frequent syllables clustered by the company they keep, at a
 * few granularities (coarse to fine). Two syllables in one class are used alike ("tỉnh" and
 * "huyện"; "ký" and "trao"), so a model that learned something of one can apply it to the other.
 */
import { readFileSync } from 'node:fs';
import { normaliseToneMarks } from './vietnamese.ts';

export interface WordClassesFile {
  builtFrom: {
    articles: number;
    /** sha256 of the corpus's file names and bytes. */
    corpusHash: string;
    tokens: number;
    /** The classes' counts, coarse to fine. */
    granularities: number[];
    [setting: string]: unknown;
  };
  /** Unit (lower case, tone marks on the first vowel of oa/oe/uy) → its class at each granularity. */
  classes: Record<string, number[]>;
}

export const WORD_CLASSES_PATH = new URL('../data/word-classes.json', import.meta.url);

/** The form a word is counted and looked up under: lower case, `hoà` as `hòa`, numbers as `0`. */
export function wordClassKey(word: string): string {
  if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(word)) return '0';
  return normaliseToneMarks(word.toLowerCase());
}

let loaded: { granularities: readonly number[]; classes: ReadonlyMap<string, number[]> } | null =
  null;

function load() {
  if (!loaded) {
    const file = JSON.parse(readFileSync(WORD_CLASSES_PATH, 'utf8')) as WordClassesFile;
    loaded = {
      granularities: file.builtFrom.granularities,
      classes: new Map(Object.entries(file.classes)),
    };
  }
  return loaded;
}

/** The class counts, coarse to fine. */
export const wordClassGranularities = (): readonly number[] => load().granularities;

/** A word's class at each granularity, coarse to fine; null for a word too rare to have one. */
export function wordClasses(word: string): readonly number[] | null {
  return load().classes.get(wordClassKey(word)) ?? null;
}
