/**
 * The cue table's families found in a text. Most sentences and many headlines
 * name none: one pass of all the families joined says so, where testing each
 * family would take a pass each (measured on the sentences of 493 corpus
 * articles past the pre-filter, one in ten of which names a cue: 30 % less time).
 * A family matches only where the joined pattern does (at some of its
 * positions): so the families are tried at those positions only.
 */
import { anyOf } from './any-of.ts';
import { CUE_FAMILIES, IMPLIED_CUE_FAMILIES, type CueFamily } from './cues.ts';

/** Where any family matches: without the families that match only where another does (the same places). */
const ANY_CUE = anyOf(
  CUE_FAMILIES.filter((f) => !IMPLIED_CUE_FAMILIES.has(f.name)).map((f) => f.pattern),
);
/** The joined pattern as a global pattern, searched from a position (`lastIndex`); each family's as a sticky one, tried at a position. */
const ANY_CUE_FROM = new RegExp(ANY_CUE.source, 'gu');
const FAMILIES_AT = CUE_FAMILIES.map(
  (family) => new RegExp(family.pattern.source, `${family.pattern.flags}y`),
);

/** Whether the text names a cue of any family. */
export function hasCue(text: string): boolean {
  return ANY_CUE.test(text);
}

/**
 * The families whose cues the text names, in the table's order. A family matches somewhere in the text
 * exactly when it matches at a position where the joined pattern does: the joined pattern finds each such
 * position in turn (searched again from the next character, so that a match inside another is not skipped),
 * and there the families not yet found are tried, each at that position only. One pass of the joined
 * pattern over the text and a few tries at each cue, instead of a pass of each family from the first cue
 * on (the body of a long article names many families).
 */
export function cueFamiliesIn(text: string): CueFamily[] {
  ANY_CUE_FROM.lastIndex = 0;
  let match = ANY_CUE_FROM.exec(text);
  if (!match) return [];
  const found = new Array<boolean>(FAMILIES_AT.length).fill(false);
  let left = FAMILIES_AT.length;
  while (match) {
    const at = match.index;
    for (let k = 0; k < FAMILIES_AT.length; k++) {
      if (found[k]) continue;
      const family = FAMILIES_AT[k]!;
      family.lastIndex = at;
      if (family.test(text)) {
        found[k] = true;
        left--;
      }
    }
    if (left === 0) break;
    // The next position, a surrogate pair being one character as the Unicode patterns read it.
    ANY_CUE_FROM.lastIndex = at + (isSurrogatePairAt(text, at) ? 2 : 1);
    match = ANY_CUE_FROM.exec(text);
  }
  return CUE_FAMILIES.filter((_, k) => found[k]);
}

function isSurrogatePairAt(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
