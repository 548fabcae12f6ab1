/**
 * Where the project's gazetteers match in a sentence: for each token, which
 * lists a phrase starting (B) or continuing (I) there comes from. The lists
 * are the extractor's own; the recogniser reads them as features, never as
 * the decision. Matching is on folded syllables (no marks, `đ` → `d`, lower case).
 */
import { ORGANISATION_HEADS, PROVINCIAL_BODIES } from '../gazetteer/institutions.ts';
import { KNOWN_INSTITUTIONS } from '../gazetteer/known-institutions.ts';
import { NATIONAL_INSTITUTIONS } from '../gazetteer/national-institutions.ts';
import { PROVINCE_SPELLINGS } from '../gazetteer/provinces.ts';
import { COUNTRY_NAMES, FOREIGN_INSTITUTIONS, FOREIGN_PLACES } from '../gazetteer/foreign.ts';
import { HONORIFICS, PLAIN_ADDRESS } from '../gazetteer/honorifics.ts';
import { PATIENT_WORDS, TITLE_STARTS } from '../gazetteer/titles.ts';
import {
  KIND_ABBREVIATIONS,
  NAME_ACTIONS,
  NAME_FINALS,
  NAME_JOINERS,
  NAME_NOUNS,
  PLACE_TYPES,
} from '../gazetteer/institution-words.ts';
import { isSurname } from '../gazetteer/surnames.ts';
import type { Token } from './tokens.ts';
import { longestPhrase, phraseTrie } from './phrase-trie.ts';
import { wordForms } from './word-forms.ts';

/** Each list the recogniser consults, by the short name its features carry. */
const PHRASE_LISTS: Record<string, readonly string[]> = {
  head: [...ORGANISATION_HEADS, ...PROVINCIAL_BODIES],
  known: KNOWN_INSTITUTIONS.flatMap((k) => [...k.names, ...k.abbreviations]),
  national: NATIONAL_INSTITUTIONS,
  province: [...PROVINCE_SPELLINGS],
  country: Object.keys(COUNTRY_NAMES),
  foreign: [...Object.keys(FOREIGN_INSTITUTIONS), ...Object.keys(FOREIGN_PLACES)],
  title: TITLE_STARTS,
  honorific: [...HONORIFICS, ...PLAIN_ADDRESS],
  // Words that name a person by what they are to the story: "chị Dung", "bệnh nhân Hoa".
  patient: PATIENT_WORDS,
  nameword: NAME_NOUNS,
  nameaction: NAME_ACTIONS,
  namefinal: NAME_FINALS,
  joiner: NAME_JOINERS,
  kind: KIND_ABBREVIATIONS,
  placetype: PLACE_TYPES,
};

const fold = (token: string) => wordForms(token).folded;

const TRIES = Object.entries(PHRASE_LISTS).map(
  ([name, phrases]) =>
    [
      name,
      phraseTrie(
        phrases.map((p) => [p, true] as const),
        fold,
      ),
    ] as const,
);

/** For each token, the gazetteer marks on it ("province:B", "title:I", "surname"). */
export function gazetteerMarks(tokens: readonly Token[]): string[][] {
  const folded = tokens.map((t) => fold(t.text));
  const marks = tokens.map((t) => (isSurname(t.text) ? ['surname'] : []));
  for (const [name, trie] of TRIES) {
    for (let i = 0; i < tokens.length;) {
      const longest = longestPhrase(trie, folded, i).length;
      if (longest === 0) {
        i++;
        continue;
      }
      marks[i]!.push(`${name}:B`);
      for (let j = i + 1; j < i + longest; j++) marks[j]!.push(`${name}:I`);
      i += longest;
    }
  }
  return marks;
}
