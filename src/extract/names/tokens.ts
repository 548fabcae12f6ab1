/**
 * A sentence as the name recogniser reads it: syllables, numbers and marks,
 * each with its character offsets. Abbreviations keep their inner dots
 * ("TP.HCM", "GS.TS") and numbers their separators ("8.000", "4,5"), a name
 * its apostrophe ("O'Neill", "H ' Hen"); a hyphen, a bracket or a comma is a
 * token of its own.
 */

export interface Token {
  text: string;
  /** Offset of the first character in the sentence. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

const TOKEN = new RegExp(
  [
    // Letters (with digits inside: H5N1, Covid19) joined by dots: TP.HCM, GS.TS, U.S.
    String.raw`[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*(?:\.[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*)+`,
    // An initial with its dot after a capitalised word of the same name (Võ Thị Ngọc H., Alan M. Garber);
    // a short word ending a sentence keeps its dot apart (sang Mỹ.).
    String.raw`(?<=\p{Lu}\p{L}*\s)\p{Lu}\p{Ll}?\.`,
    // A name's short first part bonded by an apostrophe, spaced alike either side (O'Neill, H ' Hen Niê,
    // Ja ' bari): one token. "Mỹ 'trắng" opens a quotation and is two.
    String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{Ll}?(?:['’]| ['’] )\p{L}+`,
    // A number with its separators: 8.000, 4,5, 2.500.000
    String.raw`\p{N}+(?:[.,]\p{N}+)*`,
    // A word: letters and digits, with combining marks should any survive NFC.
    String.raw`[\p{L}\p{N}\p{M}]+`,
    // Anything else but space, one character at a time.
    String.raw`[^\s]`,
  ].join('|'),
  'gu',
);

/** Splits a sentence into tokens with their offsets; spaces are never tokens. */
export function tokenise(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}
