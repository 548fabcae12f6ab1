/** Building regular expressions from word lists. */

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literal phrases, longest first so that "TP.HCM" wins over "TP". */
export const alternation = (phrases: Iterable<string>) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
