/**
 * A word's lower-case and folded forms and its shape, computed once per
 * distinct word: the same few thousand syllables make up most sentences.
 */
import { foldVietnamese } from '../../lib/vietnamese.ts';
import { bondKey } from './syllable-bonds.ts';

export interface WordForms {
  lower: string;
  /** No marks, `đ` → `d`, lower case. */
  folded: string;
  shape: string;
  /** Lower case with tone marks placed one way: the key of syllable bonds. */
  key: string;
}

/** Capitalised, all capitals, lower case, digits, mixed, or punctuation. */
export function shapeOf(word: string): string {
  if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(word)) return 'd';
  if (!/[\p{L}\p{N}]/u.test(word)) return word.length === 1 ? word : 'p';
  if (/\./.test(word)) return /^\p{Lu}/u.test(word) ? 'X.X' : 'x.x';
  if (/\p{N}/u.test(word)) return 'Xd';
  if (/^\p{Lu}+$/u.test(word)) return word.length === 1 ? 'X' : 'XX';
  if (/^\p{Lu}\p{Ll}*$/u.test(word)) return 'Xx';
  if (/^\p{Ll}+$/u.test(word)) return 'x';
  return /^\p{Lu}/u.test(word) ? 'XxX' : 'xX';
}

const CACHE_LIMIT = 200_000;
const cache = new Map<string, WordForms>();

export function wordForms(word: string): WordForms {
  let forms = cache.get(word);
  if (forms) return forms;
  forms = {
    lower: word.toLowerCase(),
    folded: foldVietnamese(word),
    shape: shapeOf(word),
    key: bondKey(word),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, forms);
  return forms;
}
