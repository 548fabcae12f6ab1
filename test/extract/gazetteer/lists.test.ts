import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HONORIFICS,
  OTHER_SHORT_DEGREES,
  SHORT_DEGREES,
} from '../../../src/extract/gazetteer/honorifics.ts';
import {
  CONTRIBUTION_NOUNS,
  PATIENT_WORDS,
  SPOUSE_TITLES,
  TITLE_ENDING_WORDS,
  TITLE_STARTS,
} from '../../../src/extract/gazetteer/titles.ts';
import {
  NAME_LINK_WORDS,
  NAME_STOP_WORDS,
  ORGANISATION_HEADS,
  PROVINCIAL_BODIES,
} from '../../../src/extract/gazetteer/institutions.ts';
import { KNOWN_INSTITUTIONS } from '../../../src/extract/gazetteer/known-institutions.ts';
import {
  COUNTRY_NAMES,
  FOREIGN_INSTITUTIONS,
  FOREIGN_PLACES,
} from '../../../src/extract/gazetteer/foreign.ts';
import { PROVINCE_ALIASES } from '../../../src/extract/gazetteer/provinces.ts';
import { NATIONAL_INSTITUTIONS } from '../../../src/extract/gazetteer/national-institutions.ts';
import { normaliseToneMarks } from '../../../src/lib/vietnamese.ts';
import { ABBREVIATIONS } from '../../../src/lib/abbreviations.ts';

type WordList = { list: string; meaning: string; phrases: Iterable<string> };

/** Each word list with what a phrase in it means; two lists with one meaning may share phrases. */
const LISTS: WordList[] = [
  { list: 'honorifics', meaning: 'honorific before a name', phrases: HONORIFICS },
  { list: 'titles', meaning: 'title stating a role', phrases: [...TITLE_STARTS, ...SPOUSE_TITLES] },
  { list: 'patient words', meaning: 'a patient, not a participant', phrases: PATIENT_WORDS },
  { list: 'institution heads', meaning: 'institution', phrases: ORGANISATION_HEADS },
  { list: 'provincial bodies', meaning: 'institution', phrases: PROVINCIAL_BODIES },
  {
    list: 'known institutions',
    meaning: 'institution',
    phrases: KNOWN_INSTITUTIONS.flatMap((k) => [...k.names, ...k.abbreviations]),
  },
  {
    list: 'foreign institutions',
    meaning: 'institution',
    phrases: Object.keys(FOREIGN_INSTITUTIONS),
  },
  { list: 'countries', meaning: 'country', phrases: Object.keys(COUNTRY_NAMES) },
  { list: 'foreign places', meaning: 'place abroad', phrases: Object.keys(FOREIGN_PLACES) },
  { list: 'provinces', meaning: 'Vietnamese province', phrases: PROVINCE_ALIASES.keys() },
  { list: 'title ending words', meaning: 'word of the clause', phrases: TITLE_ENDING_WORDS },
  { list: 'contribution nouns', meaning: 'word of the clause', phrases: CONTRIBUTION_NOUNS },
];

/**
 * Phrases in two lists of different meanings on purpose, each with its reason. Anything else in two such
 * lists is a contradiction to resolve, not to add here.
 */
const ALLOWED_OVERLAPS = new Map<string, string>([
  // "anh" (an elder brother: "anh Nguyễn Văn A", a patient) and "Anh" (the United Kingdom): one spelling,
  // told apart by capitals and by place (the patient word is read before a name, the country after a noun).
  ['anh', 'patient words, countries'],
]);

const key = (phrase: string) => normaliseToneMarks(phrase.normalize('NFC').toLowerCase()).trim();

/** Phrases (as keys) that sit in lists of different meanings, with those lists. */
function overlaps(lists: WordList[]): [string, string][] {
  const meanings = new Map<string, Map<string, string>>(); // phrase key → meaning → first list
  for (const { list, meaning, phrases } of lists)
    for (const phrase of phrases) {
      const byMeaning = meanings.get(key(phrase)) ?? new Map<string, string>();
      if (!byMeaning.has(meaning)) byMeaning.set(meaning, list);
      meanings.set(key(phrase), byMeaning);
    }
  return [...meanings]
    .filter(([, byMeaning]) => byMeaning.size > 1)
    .map(([phrase, byMeaning]) => [phrase, [...byMeaning.values()].join(', ')]);
}

test('no phrase sits in two word lists that give it different meanings, but for the listed overlaps', () => {
  const found = overlaps(LISTS);
  assert.deepEqual(
    found.filter(([phrase, lists]) => ALLOWED_OVERLAPS.get(phrase) !== lists),
    [],
  );
  // An allowed overlap that no longer occurs is taken off the list.
  assert.deepEqual(
    [...ALLOWED_OVERLAPS].filter(([phrase]) => !found.some(([p]) => p === phrase)),
    [],
  );
});

test('a title written also as an institution head, or a country as a province, is an overlap', () => {
  assert.deepEqual(
    overlaps([
      { list: 'titles', meaning: 'title', phrases: ['Giám đốc'] },
      { list: 'institution heads', meaning: 'institution', phrases: ['Bệnh viện', 'giám đốc'] },
      { list: 'countries', meaning: 'country', phrases: ['Lào'] },
      { list: 'provinces', meaning: 'province', phrases: ['Lào Cai', 'LÀO'] },
      { list: 'more institution heads', meaning: 'institution', phrases: ['Bệnh Viện'] },
    ]),
    [
      ['giám đốc', 'titles, institution heads'],
      ['lào', 'countries, provinces'],
    ],
  );
});

test('no word both continues an institution name and ends one', () => {
  const stops = new Set([...NAME_STOP_WORDS].map(key));
  assert.deepEqual(
    [...NAME_LINK_WORDS].filter((w) => stops.has(key(w))),
    [],
  );
});

test('national institutions are folded parts of names, each listed once', () => {
  assert.equal(new Set(NATIONAL_INSTITUTIONS).size, NATIONAL_INSTITUTIONS.length);
  for (const part of NATIONAL_INSTITUTIONS) assert.match(part, /^[a-z0-9 ]+$/);
});

test('a one-word degree written with its full stop ("PGS. Nguyễn Văn A") does not end a sentence', () => {
  assert.deepEqual(
    [...SHORT_DEGREES, ...OTHER_SHORT_DEGREES].filter((d) => !ABBREVIATIONS.has(d.toLowerCase())),
    [],
  );
});
