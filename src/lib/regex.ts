/** Building regular expressions from word lists. */

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literal phrases, longest first so that "TP.HCM" wins over "TP". */
export const alternation = (phrases: Iterable<string>) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/**
 * No letter (or combining mark) right before / right after: the word boundary for Vietnamese, where `\b` knows
 * only ASCII letters and so finds a boundary inside "Bàn" after "Bà". Patterns using them need the `u` flag.
 */
export const NO_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
export const NO_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/** Any of the phrases as whole words: longest first, with Vietnamese word boundaries (use with the `u` flag). */
export const wordAlternation = (phrases: Iterable<string>) =>
  `${NO_LETTER_BEFORE}(?:${alternation(phrases)})${NO_LETTER_AFTER}`;
