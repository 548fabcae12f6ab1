/**
 * Where query words occur in a text, matching as search does: without tone
 * or vowel marks, `đ` as `d`, any case, each word as a prefix.
 */

/** One character folded to one character, so positions in the folded text are positions in the original. */
function foldChar(c: string): string {
  const base = c.normalize('NFD').charAt(0);
  return (base === 'đ' || base === 'Đ' ? 'd' : base).toLowerCase();
}

export function foldSameLength(text: string): string {
  let out = '';
  for (const c of text) out += c.length === 1 ? foldChar(c) : c;
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
