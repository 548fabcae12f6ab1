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
 *   not spell, and the country before it is a country;
 * - a unit joined to its parent institution is two names, capitals in
 *   brackets after an institution are its abbreviation, and institutions
 *   counted under one kind word are named bare (institution-joins.ts).
 */
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { HEADS_THAT_END_A_NAME, LOWER_CASE_HEADS } from '../gazetteer/institutions.ts';
import type { NameKind } from './tags.ts';
import { tokenise } from './tokens.ts';
import { wordOrigin } from './word-origin.ts';
import { abbreviationsInBrackets, bareAfterCount, splitAtParent } from './institution-joins.ts';

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

/** The mentions after the checks, in the same order; `sentences` are the texts the offsets point into. */
export function checkArticleNames<M extends ArticleMention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  const kept = mentions
    .flatMap((m) => splitAtParent(m))
    .map((m) => bareAfterCount(m, sentences[m.sentence]!))
    .filter((m) => !isBareKindWord(m))
    .flatMap((m) => withoutCountryBefore(m, sentences[m.sentence]!));
  const inFull = kept.map((m) => {
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
  const abbreviations = abbreviationsInBrackets(inFull, sentences);
  if (abbreviations.length === 0) return inFull;
  return [...inFull, ...abbreviations].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** Countries a foreigner's name may follow: the gazetteer's, and Việt Nam (an ambassador "tại Việt Nam"). */
const COUNTRIES = [...Object.keys(COUNTRY_NAMES), 'Việt Nam'];
const INITIAL = /^\p{Lu}\.$/u;

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
