/**
 * Where query words occur in a text, matching as search does: without tone
 * or vowel marks, `đ` as `d`, any case, each word as a prefix.
 */
import { fold } from '../../lib/vietnamese.ts';

/** The text folded (src/lib/vietnamese.ts) one character at a time, so positions in the folded text are positions in the original. */
export function foldSameLength(text: string): string {
  let out = '';
  for (const c of text) {
    const folded = fold(c);
    out += folded.length === c.length ? folded : c;
  }
  return out;
}

/** Ranges [start, end) of words in `text` that start with a query word, in order, not overlapping. */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const words = foldSameLength(query.replace(/["“”]/g, ' '))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  if (!words.length) return [];
  const folded = foldSameLength(text);
  const ranges: Array<[number, number]> = [];
  const wordPattern = /[\p{L}\p{N}]+/gu;
  for (let m = wordPattern.exec(folded); m; m = wordPattern.exec(folded)) {
    if (words.some((w) => m![0].startsWith(w))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
