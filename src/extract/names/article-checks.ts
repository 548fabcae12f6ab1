/**
 * Final checks on the names tagged in one article, each a general statement
 * about how Vietnamese news writes names, each kept because cross-validation
 * on mentions.json showed a gain:
 * - a kind word alone ("Khoa", "Bệnh viện", "UBND") names no institution;
 * - a name the article writes in full elsewhere, tagged shorter here while the
 *   text goes on with the rest of it, is that full name ("Viện Bỏng quốc" where
 *   "Viện Bỏng quốc gia" is written);
 * - a foreigner named after their country ("Tổng thống Pháp J. Chirac", "Đại
 *   sứ Mỹ tại Việt Nam Ted Osius") is named from the first word Vietnamese could
 *   not spell, and the country before it is a country; a person named by one
 *   word that is a country's name is the country ("bác sĩ Mỹ") unless
 *   addressed as a person ("ông Đức"); an institution ending in a country
 *   then a foreigner's name is the institution, then the person ("Viện Khoa
 *   học Trung Quốc Gao Fu"); a person whose name holds an English institution
 *   word is the institution ("Zuellig Pharma VN");
 * - a foreigner's name is read whole (foreign-names.ts: "Sam Asghari", "Jean -
 *   Pierre Lacroix", "Bernadette Chodron de Courcel"), also where the article
 *   writes in full a person it elsewhere names by one word ("Jesse Taylor",
 *   "bác sĩ Taylor"), even where that span was read as another kind;
 * - a capitalised run right after a form of address or a patient word that no
 *   mention covers is a person ("em Dung", "chị Hoa");
 * - a person named by one word is a person only where some mention of it has
 *   a person's cue (person-cues.ts: "bà Lan", "Vũ (25 tuổi)") or the article
 *   names someone in full ending or starting with that word ("Nguyễn Thị
 *   Lan", "Helen Huỳnh");
 * - a person no mention of which has such a cue, written after a word for a
 *   kind of place ("đường Nguyễn Thị Minh Khai", "quận Hoàng Mai"), is a place.
 * - an institution after a title that ends in the title's holder is the
 *   institution, then the person ("Thứ trưởng Bộ Y tế Lê Văn Minh";
 *   title-holders.ts);
 * - a unit joined to its parent institution is two names, capitals in
 *   brackets after an institution are its abbreviation, and institutions
 *   counted under one kind word are named bare; a lower-case kind word
 *   before a capitalised name belongs to it ("bệnh viện Chợ Rẫy") and opens
 *   one where no mention holds the name ("bệnh viện Salisbury", "Bệnh viện
 *   108"), and
 *   capitals in brackets after words naming no institution are none
 *   ("bảo hiểm y tế (BHYT)"), a seat after "tại" is no part of a name
 *   ("Bệnh viện Ung bướu tại TP. HCM"), and a name closes the brackets it
 *   opens ("Bệnh viện Tâm Đức (tư nhân") (institution-joins.ts);
 * - an institution read on past a run the corpus writes whole into a word
 *   that opens a clause ends before that word ("Bộ Y tế mua thêm" is "Bộ Y
 *   tế"; clause-verbs.ts).
 * - strings that name no institution are none: events, venues, laws and
 *   honours, a title and a country, an outlet cited as a source, a brand, a
 *   byline's bracket, places, programmes, ships (not-institutions.ts).
 */
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import {
  ENGLISH_INSTITUTION_WORDS,
  HEADS_THAT_END_A_NAME,
  LOWER_CASE_HEADS,
} from '../gazetteer/institutions.ts';
import type { NameKind } from './tags.ts';
import { wholeForeignName } from './foreign-names.ts';
import { addressedRuns, hasAddressCue, hasPersonCue, standsAfterPlaceWord } from './person-cues.ts';
import { tokenise } from './tokens.ts';
import { wordOrigin } from './word-origin.ts';
import {
  abbreviationsInBrackets,
  bareAfterCount,
  KIND_WORD_OPTIONS,
  type KindWordOptions,
  namesAfterKindWords,
  namesWithNumber,
  splitAtParent,
  withinBrackets,
  withKindWordBefore,
  withoutAbbreviatedThings,
  withoutSeat,
} from './institution-joins.ts';
import { withTitleHoldersApart } from './title-holders.ts';
import { beforeClause } from './clause-verbs.ts';
import { withoutNonInstitutions } from './not-institutions.ts';

export interface ArticleMention {
  kind: NameKind;
  text: string;
  sentence: number;
  start: number;
  end: number;
}

const KIND_WORDS: ReadonlySet<string> = new Set(
  [...HEADS_THAT_END_A_NAME, ...LOWER_CASE_HEADS].map((w) => w.toLowerCase()),
);

/** True for an institution that is only a kind word. */
export const isBareKindWord = (m: ArticleMention): boolean =>
  m.kind === 'ORG' && KIND_WORDS.has(m.text.toLowerCase());

/**
 * The mentions after the checks, in the same order; `sentences` are the texts the offsets point into;
 * `kindWords` how institutions after a lower-case kind word are read (null: not at all).
 */
export function checkArticleNames<M extends ArticleMention>(
  mentions: readonly M[],
  sentences: readonly string[],
  kindWords: KindWordOptions | null = KIND_WORD_OPTIONS,
): M[] {
  const afterKindWords = kindWords
    ? [
        ...namesAfterKindWords(mentions, sentences, kindWords),
        ...(kindWords.numbered ? namesWithNumber(mentions, sentences) : []),
      ]
    : [];
  const kept = withForeignNamesWhole(
    withTitleHoldersApart(
      [
        ...mentions.filter(
          (m) =>
            m.kind === 'COUNTRY' ||
            m.kind === 'PROV' ||
            !afterKindWords.some(
              (a) => a.sentence === m.sentence && a.start < m.end && m.start < a.end,
            ),
        ),
        ...addressedPeople(mentions, sentences),
        ...afterKindWords,
      ],
      sentences,
    )
      .flatMap((m) => splitAtParent(m))
      .map(beforeClause)
      .map((m) => withKindWordBefore(m, sentences[m.sentence]!))
      .flatMap((m) => withoutSeat(m))
      .flatMap((m) => withinBrackets(m))
      .map((m) => bareAfterCount(m, sentences[m.sentence]!))
      .filter((m) => !isBareKindWord(m))
      .map((m) => countryNotPerson(m, sentences[m.sentence]!))
      .flatMap((m) => withoutCountryBefore(m, sentences[m.sentence]!))
      .flatMap((m) => withoutPersonAfterCountry(m))
      .flatMap((m) => withoutCountryAfter(m)),
    sentences,
  ).map(institutionNotPerson);
  const cued = oneWordPeopleWithCue(kept, sentences);
  const places = placesNamedAsPeople(kept, sentences);
  const inFull = kept
    .filter(
      (m) => m.kind !== 'PER' || ((!isOneWord(m.text) || cued.has(m.text)) && !places.has(m.text)),
    )
    .map((m) => {
      let whole = m;
      for (const other of kept) {
        if (other.kind !== m.kind || other.text.length <= whole.text.length) continue;
        if (!other.text.startsWith(`${m.text} `)) continue;
        const end = m.start + other.text.length;
        if (sentences[m.sentence]!.slice(m.start, end) === other.text)
          whole = { ...m, text: other.text, end };
      }
      return whole;
    });
  const named = withoutNonInstitutions(inFull, sentences);
  const abbreviations = abbreviationsInBrackets(named, sentences);
  return withoutAbbreviatedThings([...named, ...abbreviations], sentences).sort(
    (a, b) => a.sentence - b.sentence || a.start - b.start,
  );
}

/**
 * Each person's foreign name read whole (foreign-names.ts), also where the
 * article writes a one-word person in full untagged ("Scott nói" after "Ken
 * Scott"); a person inside another's whole name goes.
 */
function withForeignNamesWhole<M extends ArticleMention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  const grown = mentions.map((m) => {
    if (m.kind !== 'PER') return m;
    const sentence = sentences[m.sentence]!;
    const { start, end } = wholeForeignName(sentence, m.start, m.end);
    return { ...m, start, end, text: sentence.slice(start, end) };
  });
  const fuller: M[] = [];
  const oneWord = new Map(
    grown.filter((m) => m.kind === 'PER' && isOneWord(m.text)).map((m) => [m.text, m]),
  );
  sentences.forEach((sentence, index) => {
    for (const token of tokenise(sentence)) {
      const m = oneWord.get(token.text);
      if (!m) continue;
      const { start, end } = wholeForeignName(sentence, token.start, token.end);
      const same = (o: ArticleMention) =>
        o.sentence === index && o.start === start && o.end === end;
      if (
        end - start > m.text.length &&
        !fuller.some(same) &&
        !grown.some((o) => o.kind === 'PER' && same(o))
      )
        fuller.push({ ...m, text: sentence.slice(start, end), sentence: index, start, end });
    }
  });
  // A span read as another kind that is a person's whole name is the person's.
  const others = grown.filter(
    (o) =>
      o.kind === 'PER' ||
      !fuller.some((f) => f.sentence === o.sentence && f.start === o.start && f.end === o.end),
  );
  const all = [...others, ...fuller].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return all.filter(
    (m) =>
      m.kind !== 'PER' ||
      !all.some(
        (o) =>
          o !== m &&
          o.kind === 'PER' &&
          o.sentence === m.sentence &&
          o.start <= m.start &&
          o.end >= m.end &&
          o.end - o.start > m.end - m.start,
      ),
  );
}

/** The people right after a form of address that the article's mentions leave untagged (person-cues.ts). */
function addressedPeople<M extends ArticleMention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  const template = mentions[0];
  if (!template) return [];
  return sentences.flatMap((sentence, index) =>
    addressedRuns(sentence)
      .filter(
        (run) =>
          !mentions.some((m) => m.sentence === index && m.start < run.end && run.start < m.end),
      )
      .map((run) => ({
        ...template,
        kind: 'PER' as const,
        text: sentence.slice(run.start, run.end),
        sentence: index,
        start: run.start,
        end: run.end,
      })),
  );
}

const isOneWord = (text: string) => tokenise(text).length === 1;

/** The one-word people of an article that some mention cues as a person or a fuller name ends with. */
function oneWordPeopleWithCue(
  mentions: readonly ArticleMention[],
  sentences: readonly string[],
): Set<string> {
  const people = mentions.filter((m) => m.kind === 'PER');
  const cued = new Set<string>();
  for (const m of people) {
    if (!isOneWord(m.text) || cued.has(m.text)) continue;
    if (
      hasPersonCue(sentences[m.sentence]!, m.start, m.end) ||
      people.some((full) => full.text.endsWith(` ${m.text}`) || full.text.startsWith(`${m.text} `))
    )
      cued.add(m.text);
  }
  return cued;
}

/** The people of an article no mention of which has a person's cue and some mention of which follows a place word. */
function placesNamedAsPeople(
  mentions: readonly ArticleMention[],
  sentences: readonly string[],
): Set<string> {
  const people = mentions.filter((m) => m.kind === 'PER');
  const at = (m: ArticleMention) => sentences[m.sentence]!;
  const afterPlace = new Set(
    people.filter((m) => standsAfterPlaceWord(at(m), m.start)).map((m) => m.text),
  );
  for (const m of people)
    if (afterPlace.has(m.text) && hasPersonCue(at(m), m.start, m.end)) afterPlace.delete(m.text);
  return afterPlace;
}

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]*|\p{Lu}\.)$/u;

/**
 * An institution whose name ends in a country followed by a foreigner's name
 * ("Viện Khoa học Trung Quốc Gao Fu", "Bộ Y tế Mỹ Michael Leavitt") is the
 * institution up to the country, then the person.
 */
export function withoutPersonAfterCountry<M extends ArticleMention>(m: M): M[] {
  if (m.kind !== 'ORG') return [m];
  const tokens = tokenise(m.text);
  for (let k = 1; k < tokens.length; k++) {
    const rest = tokens.slice(k);
    if (!rest.every((t) => NAME_WORD.test(t.text))) continue;
    if (!rest.some((t) => wordOrigin(t.text) === 'foreign' || INITIAL.test(t.text))) continue;
    const before = m.text.slice(0, tokens[k - 1]!.end);
    const country = COUNTRIES.find(
      (c) =>
        before.endsWith(c) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - c.length - 1)),
    );
    if (!country) continue;
    const from = tokens[k]!.start;
    return [
      { ...m, text: before, end: m.start + before.length },
      { ...m, kind: 'PER', text: m.text.slice(from), start: m.start + from },
    ];
  }
  return [m];
}

/**
 * A foreigner's name does not end in a country: "Esther Toulouse Pháp",
 * "Motiva Hoa Kỳ" are a name, then the country it is from. A Vietnamese name
 * may ("Trần Tiến Đức", "Lê Minh Nga", "Đinh Phương Anh").
 */
export function withoutCountryAfter<M extends ArticleMention>(m: M): M[] {
  if (m.kind !== 'PER') return [m];
  const country = COUNTRIES.find((c) => m.text.endsWith(` ${c}`) && c !== 'Việt Nam');
  if (!country) return [m];
  const name = m.text.slice(0, -country.length - 1);
  if (!tokenise(name).some((t) => wordOrigin(t.text) === 'foreign')) return [m];
  const end = m.end - country.length - 1;
  return [
    { ...m, text: name, end },
    { ...m, kind: 'COUNTRY', text: country, start: m.end - country.length },
  ];
}

/** Countries a foreigner's name may follow: the gazetteer's, and Việt Nam (an ambassador "tại Việt Nam"). */
const COUNTRIES = [...Object.keys(COUNTRY_NAMES), 'Việt Nam'];
const INITIAL = /^\p{Lu}\.$/u;

const INSTITUTION_WORDS: ReadonlySet<string> = new Set(ENGLISH_INSTITUTION_WORDS);

/** A person whose name holds an English institution word is the institution ("Zuellig Pharma VN"). */
const institutionNotPerson = <M extends ArticleMention>(m: M): M =>
  m.kind === 'PER' && tokenise(m.text).some((t) => INSTITUTION_WORDS.has(t.text))
    ? { ...m, kind: 'ORG' }
    : m;

/**
 * A person named by one word that is a country's name is the country ("bác sĩ
 * Mỹ", "Thủ tướng Australia") unless addressed as a person ("ông Đức").
 */
const countryNotPerson = <M extends ArticleMention>(m: M, sentence: string): M =>
  m.kind === 'PER' &&
  Object.hasOwn(COUNTRY_NAMES, m.text) &&
  !hasAddressCue(sentence, m.start, m.end)
    ? { ...m, kind: 'COUNTRY' }
    : m;

/**
 * A person whose name starts with (the end of) a country's name followed by
 * a foreign word or an initial is named from that word; the country's name,
 * when it lies wholly inside the span, is returned as a country of its own.
 */
export function withoutCountryBefore<M extends ArticleMention>(m: M, sentence: string): M[] {
  if (m.kind !== 'PER') return [m];
  const tokens = tokenise(m.text);
  for (let k = 1; k < tokens.length; k++) {
    const next = tokens[k]!.text;
    if (wordOrigin(next) !== 'foreign' && !INITIAL.test(next)) continue;
    const before = sentence.slice(0, m.start + tokens[k - 1]!.end);
    const country = COUNTRIES.find(
      (c) =>
        before.endsWith(c) &&
        before.length - c.length <= m.start &&
        !/[\p{L}\p{N}]/u.test(before.charAt(before.length - c.length - 1)),
    );
    if (!country) continue;
    const person = {
      ...m,
      text: m.text.slice(tokens[k]!.start),
      start: m.start + tokens[k]!.start,
    };
    const countryStart = before.length - country.length;
    if (countryStart < m.start || country === 'Việt Nam') return [person];
    return [
      { ...m, kind: 'COUNTRY', text: country, start: countryStart, end: before.length },
      person,
    ];
  }
  return [m];
}
