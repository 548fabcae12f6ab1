/**
 * Whether a name stands where news writes a person: right after a form of
 * address, an honorific, a title or a word for a patient ("bà Lan",
 * "Tổng thống Obama", "bệnh nhân Quý"), or right before the person's age in
 * brackets ("Vũ (25 tuổi)"), a country between the cue and the name
 * ("Tổng thống Mỹ Bush"). A person named by one word alone is named with
 * such a cue; one capitalised word without it is a place, a product or a
 * piece of another name ("Quốc khánh", "Nam Sudan", "lễ Phục sinh").
 * A capitalised run right after a form of address or a patient word is a
 * person the recogniser may have missed ("em Dung", "chị Hoa").
 * After a word for a kind of place ("đường", "quận", "THCS"), a name is the
 * place's, even one made of a person's ("đường Nguyễn Thị Minh Khai").
 */
import { FORMS_OF_ADDRESS } from '../gazetteer/honorifics.ts';
import { PLACE_BEFORE_A_NAME } from '../gazetteer/place-context.ts';
import { PATIENT_WORDS } from '../gazetteer/titles.ts';
import { alternation, NO_LETTER_BEFORE } from '../../lib/regex.ts';
import { gazetteerMarks } from './gazetteer-marks.ts';
import { tokenise, type Token } from './tokens.ts';

/** How many tokens before a name are matched against the gazetteers: more than the longest cue. */
const CONTEXT = 12;
const PERSON_CUE_LISTS = ['honorific:', 'title:', 'patient:'];
const AGE_AFTER = /^\s*\(\s*\d+\s+tuổi/u;

/** True when the name at [start, end) of the sentence has a person's cue right before or after it. */
export function hasPersonCue(sentence: string, start: number, end: number): boolean {
  if (AGE_AFTER.test(sentence.slice(end))) return true;
  const tokens = tokenise(sentence.slice(0, start)).slice(-CONTEXT);
  const marks = gazetteerMarks(tokens);
  // A country between the cue and the name is the person's ("Tổng thống Mỹ Bush"; "anh Quỳnh" is no country).
  let i = marks.length - 1;
  if (
    i >= 0 &&
    /^\p{Lu}/u.test(tokens[i]!.text) &&
    marks[i]!.some((m) => m.startsWith('country:'))
  ) {
    while (i > 0 && marks[i]!.includes('country:I')) i--;
    i--;
  }
  return i >= 0 && marks[i]!.some((m) => PERSON_CUE_LISTS.some((list) => m.startsWith(list)));
}

const PLACE_BEFORE = new RegExp(
  `${NO_LETTER_BEFORE}(?:${alternation(PLACE_BEFORE_A_NAME)})\\s+$`,
  'u',
);

const ADDRESS_BEFORE = new RegExp(
  `${NO_LETTER_BEFORE}(?:${alternation([...FORMS_OF_ADDRESS, ...PATIENT_WORDS])})\\s+$`,
  'iu',
);

/**
 * True when the name at [start, end) is addressed as a person ("ông Đức",
 * "bệnh nhân Quý") or given an age: a degree or a title may stand before a
 * nationality ("bác sĩ Mỹ"), a form of address before a person only.
 */
export const hasAddressCue = (sentence: string, start: number, end: number): boolean =>
  AGE_AFTER.test(sentence.slice(end)) || ADDRESS_BEFORE.test(sentence.slice(0, start));

const TITLE_REACH = 3;

/**
 * True when the name starting at `start` of the sentence comes right after a
 * word for a kind of place, that word not part of a title ending within
 * three words before it ("Chủ tịch UBND thành phố Lê Thanh Hải" names the
 * city's chairman).
 */
export function standsAfterPlaceWord(sentence: string, start: number): boolean {
  const place = PLACE_BEFORE.exec(sentence.slice(0, start));
  if (!place) return false;
  const tokens = tokenise(sentence.slice(0, place.index)).slice(-CONTEXT);
  return !gazetteerMarks(tokens)
    .slice(-TITLE_REACH)
    .some((marks) => marks.some((m) => m.startsWith('title:')));
}

const ADDRESS_WORDS = [...FORMS_OF_ADDRESS, ...PATIENT_WORDS].flatMap((w) => [
  w,
  w.charAt(0).toUpperCase() + w.slice(1),
]);
/** An address word, one space, then one to four capitalised words (not an initial, not "Ja ' bari"). */
const ADDRESSED_RUN = new RegExp(
  `${NO_LETTER_BEFORE}(?:${alternation(ADDRESS_WORDS)}) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,3})(?![\\p{L}\\p{M}\\p{N}]|\\s*['’])`,
  'gu',
);
/** Lists whose words make a run no person's name: a country, a province, a title, an institution. */
const NOT_A_PERSON = [
  'country:',
  'province:',
  'title:',
  'honorific:',
  'foreign:',
  'patient:',
  'head:',
  'known:',
  'national:',
];

/**
 * The capitalised runs right after a form of address or a patient word ("em
 * Dung", "chị Hoa"), with their offsets, none starting with a word of a list
 * that is not a person's ("bà Rịa - Vũng Tàu" is a province, "ông Giám đốc" a
 * title; "chị Hằng Nga" ends in a country's name and is a person).
 */
export function addressedRuns(sentence: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let marks: { tokens: Token[]; marks: string[][] } | null = null;
  for (const m of sentence.matchAll(ADDRESSED_RUN)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (m[1]!.includes('Việt Nam')) continue;
    if (!marks) {
      const tokens = tokenise(sentence);
      marks = { tokens, marks: gazetteerMarks(tokens) };
    }
    const first = marks.tokens.findIndex((t) => t.start === start);
    if (marks.marks[first]?.some((x) => NOT_A_PERSON.some((l) => x.startsWith(l)))) continue;
    runs.push({ start, end: start + m[1]!.length });
  }
  return runs;
}
