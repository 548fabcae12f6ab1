/**
 * Two final checks on the institutions tagged in an article, from how news
 * writes an institution beside another name (NAMES.md):
 * - a unit and the institution it belongs to, joined by a spaced hyphen,
 *   "thuộc" or "của", are two names when the words after the joiner open an
 *   institution of their own ("Phòng Tài vụ - Bệnh viện Thanh Nhàn" is
 *   "Phòng Tài vụ" and "Bệnh viện Thanh Nhàn"; "Bộ Lao động - Thương binh
 *   và Xã hội" stays one name);
 * - capitals in brackets right after an institution are its abbreviation
 *   ("Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)", "(IVAC, tại Nha Trang)");
 * - institutions counted under one lower-case kind word are named bare ("2
 *   bệnh viện Thanh Nhàn và Xanh Pôn" names "Thanh Nhàn" and "Xanh Pôn");
 * - a lower-case kind word right before an institution's capitalised name
 *   belongs to it ("bệnh viện Chợ Rẫy", "công ty Hoa Sen");
 * - capitals in brackets after words that name no institution stand for a
 *   thing ("bảo hiểm y tế (BHYT)") and are no institution in the article;
 * - a seat after "tại" is where an institution stands, not its name
 *   ("Bệnh viện Ung bướu tại TP. HCM"), except a foreign mission's;
 * - a name closes the brackets it opens and holds no semicolon.
 */
import {
  HEADS_THAT_END_A_NAME,
  LOWER_CASE_HEADS,
  ORGANISATION_HEADS,
} from '../gazetteer/institutions.ts';
import {
  COUNTING_WORDS,
  KINDS_BEFORE_A_NAME,
  PARENT_JOINERS,
} from '../gazetteer/institution-words.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { FOREIGN_MISSIONS } from '../gazetteer/place-context.ts';
import { PROVINCE_SPELLINGS } from '../gazetteer/provinces.ts';
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import { longestPhrase, phraseTrie } from './phrase-trie.ts';
import type { NameKind } from './tags.ts';
import { tokenise } from './tokens.ts';
import { bondKey, syllableBond } from './syllable-bonds.ts';

export interface Mention {
  kind: NameKind;
  text: string;
  sentence: number;
  start: number;
  end: number;
}

/** Heads that open an institution, capitalised as they are written at a name's start (case kept). */
const PARENT_HEADS = phraseTrie(
  [...ORGANISATION_HEADS, ...HEADS_THAT_END_A_NAME]
    .filter((h) => /^\p{Lu}/u.test(h))
    .map((h) => [h, true] as const),
  (word) => word,
);
const JOINERS: ReadonlySet<string> = new Set(PARENT_JOINERS);

/** An institution split where a joiner is followed by another institution's head; other mentions as they are. */
export function splitAtParent<M extends Mention>(m: M): M[] {
  if (m.kind !== 'ORG') return [m];
  const tokens = tokenise(m.text);
  const words = tokens.map((t) => t.text);
  for (let k = 1; k < tokens.length - 1; k++) {
    const joiner = tokens[k]!;
    if (!JOINERS.has(joiner.text)) continue;
    // A hyphen joins a unit and its parent only with a space either side ("Tai-Mũi-Họng" is one word).
    const spaced = m.text[joiner.start - 1] === ' ' && m.text[joiner.end] === ' ';
    if (!spaced) continue;
    if (longestPhrase(PARENT_HEADS, words, k + 1).length === 0) continue;
    const unit = {
      ...m,
      text: m.text.slice(0, tokens[k - 1]!.end),
      end: m.start + tokens[k - 1]!.end,
    };
    const parent = {
      ...m,
      text: m.text.slice(tokens[k + 1]!.start),
      start: m.start + tokens[k + 1]!.start,
    };
    return [unit, ...splitAtParent(parent)];
  }
  return [m];
}

/** Capitals (with digits, "&" or "-" inside), at least two letters: an abbreviation's shape. */
const ABBREVIATION = /^\(((?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{N}&-]*)[),;]/u;

/**
 * The abbreviations in brackets right after the article's institutions, as
 * institutions of their own, where no name was tagged there already.
 */
export function abbreviationsInBrackets<M extends Mention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  const added: M[] = [];
  for (const m of mentions) {
    if (m.kind !== 'ORG') continue;
    const sentence = sentences[m.sentence]!;
    if (sentence[m.end] !== ' ') continue;
    const match = ABBREVIATION.exec(sentence.slice(m.end + 1));
    if (!match) continue;
    const start = m.end + 2;
    const end = start + match[1]!.length;
    const taken = [...mentions, ...added].some(
      (o) => o.sentence === m.sentence && o.start < end && start < o.end,
    );
    if (!taken) added.push({ ...m, kind: 'ORG', text: match[1]!, start, end });
  }
  return added;
}

const KIND_WORDS = phraseTrie(
  [...LOWER_CASE_HEADS].map((h) => [h, true] as const),
  (word) => word,
);
const COUNTING: ReadonlySet<string> = new Set(COUNTING_WORDS);
const COUNTRIES: ReadonlySet<string> = new Set(Object.keys(COUNTRY_NAMES));
const LAST_WORD = /(\S+)\s+$/u;

/**
 * An institution that opens with a lower-case kind word counted before it
 * ("các", "2") is its name bare, where the rest is capitalised and no
 * country; other mentions as they are.
 */
export function bareAfterCount<M extends Mention>(m: M, sentence: string): M {
  if (m.kind !== 'ORG') return m;
  const tokens = tokenise(m.text);
  const kind = longestPhrase(
    KIND_WORDS,
    tokens.map((t) => t.text),
    0,
  ).length;
  const rest = tokens[kind];
  if (kind === 0 || !rest || !/^\p{Lu}/u.test(rest.text)) return m;
  const before = LAST_WORD.exec(sentence.slice(0, m.start))?.[1] ?? '';
  if (!COUNTING.has(before) && !/^\p{N}+$/u.test(before)) return m;
  const text = m.text.slice(rest.start);
  if (COUNTRIES.has(text)) return m;
  return { ...m, text, start: m.start + rest.start };
}

const KIND_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${[...KINDS_BEFORE_A_NAME].sort((a, b) => b.length - a.length).join('|')}) $`,
  'u',
);

/**
 * An institution whose capitalised name follows a lower-case kind word, with
 * that word ("bệnh viện Chợ Rẫy"), unless the word is the end of another
 * ("cán bộ", "môi trường"), counts several names ("các bộ Y tế, Tài chính"),
 * or the name opens with a head of its own ("cán bộ Vụ Đầu tư").
 */
export function withKindWordBefore<M extends Mention>(m: M, sentence: string): M {
  if (m.kind !== 'ORG' || !/^\p{Lu}/u.test(m.text)) return m;
  const words = tokenise(m.text).map((t) => t.text);
  if (longestPhrase(PARENT_HEADS, words, 0).length > 0) return m;
  const kind = KIND_BEFORE.exec(sentence.slice(0, m.start))?.[1];
  if (!kind) return m;
  const start = m.start - kind.length - 1;
  const before = LAST_WORD.exec(sentence.slice(0, start))?.[1] ?? '';
  if (COUNTING.has(before) || /^\p{N}+$/u.test(before)) return m;
  const syllable = /(\p{L}+) $/u.exec(sentence.slice(0, start))?.[1];
  if (syllable && syllableBond(bondKey(syllable), bondKey(kind.split(' ')[0]!)) > 0) return m;
  return { ...m, text: sentence.slice(start, m.end), start };
}

const ABBREVIATION_ONLY = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{N}&-]*$/u;
/** Where the words an abbreviation in brackets stands for begin: after the last comma, bracket or semicolon. */
const CLAUSE_START = /[,;()]/gu;

/**
 * The article's institutions without the abbreviations it defines as no
 * institution's: capitals in brackets where no institution ends right before
 * the bracket and no capitalised institution head opens the words since the
 * last comma or bracket stand for a thing ("bảo hiểm y tế (BHYT)", "vắc xin
 * lở mồm long móng (LMLM)"; "Tổ chức Toàn cầu về y tế (PATH)" is one), and
 * are no institution wherever the article writes them.
 */
export function withoutAbbreviatedThings<M extends Mention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  const verdicts = new Map<string, boolean>();
  for (const m of mentions) {
    const verdict = definesAnInstitution(m, mentions, sentences[m.sentence]!);
    if (verdict !== null) verdicts.set(m.text, verdict || (verdicts.get(m.text) ?? false));
  }
  return mentions.filter((m) => m.kind !== 'ORG' || verdicts.get(m.text) !== false);
}

/** For capitals in brackets tagged as an institution, whether the words before name one; otherwise null. */
function definesAnInstitution<M extends Mention>(
  m: M,
  mentions: readonly M[],
  sentence: string,
): boolean | null {
  if (m.kind !== 'ORG' || !ABBREVIATION_ONLY.test(m.text)) return null;
  const opening = /\s*\($/u.exec(sentence.slice(0, m.start));
  if (!opening) return null;
  const before = sentence.slice(0, opening.index);
  if (
    mentions.some((o) => o.kind === 'ORG' && o.sentence === m.sentence && o.end === before.length)
  )
    return true;
  const clause = before.slice(
    Math.max(0, ...[...before.matchAll(CLAUSE_START)].map((c) => c.index + 1)),
  );
  const words = tokenise(clause).map((t) => t.text);
  return words.some((_, k) => longestPhrase(PARENT_HEADS, words, k).length > 0);
}

const MISSIONS = FOREIGN_MISSIONS.map((m) => m.toLowerCase());
const LONGEST_PROVINCE = 4;

/**
 * An institution's seat written after "tại" is where it stands, not its
 * name: "Bệnh viện Ung bướu tại TP. HCM" is "Bệnh viện Ung bướu", and the
 * province "TP. HCM". A foreign mission is named with its seat ("Tổng Lãnh
 * sự quán Mỹ tại TP HCM").
 */
export function withoutSeat<M extends Mention>(m: M): M[] {
  if (m.kind !== 'ORG') return [m];
  const lower = m.text.toLowerCase();
  if (MISSIONS.some((mission) => lower.startsWith(`${mission} `))) return [m];
  const tokens = tokenise(m.text);
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]!.text !== 'tại' || !/^\p{Lu}/u.test(tokens[k + 1]!.text)) continue;
    const end = tokens[k - 1]!.end;
    const institution = { ...m, text: m.text.slice(0, end), end: m.start + end };
    for (let n = Math.min(LONGEST_PROVINCE, tokens.length - k - 1); n > 0; n--) {
      const from = tokens[k + 1]!.start;
      const to = tokens[k + n]!.end;
      const seat = m.text.slice(from, to);
      if (PROVINCE_SPELLINGS.has(normaliseToneMarks(seat)))
        return [
          institution,
          { ...m, kind: 'PROV' as const, text: seat, start: m.start + from, end: m.start + to },
        ];
    }
    return [institution];
  }
  return [m];
}

/**
 * A name opens no bracket it does not close, and holds no semicolon: an
 * institution read on into a bracket ("Bệnh viện Tâm Đức (tư nhân") or past
 * a semicolon ("Bệnh viện Chợ Rẫy; Từ Dũ") ends before it; a province or a
 * country alone after the bracket is named as one ("Hội Mắt Hawaii (Hoa Kỳ").
 */
export function withinBrackets<M extends Mention>(m: M): M[] {
  if (m.kind !== 'ORG') return [m];
  let end = m.text.indexOf(';');
  if (end < 0) end = m.text.length;
  let open = -1;
  for (let i = 0; i < end; i++) {
    if (m.text[i] === '(' && open < 0) open = i;
    else if (m.text[i] === ')') open = -1;
  }
  if (open >= 0) end = open;
  const text = m.text.slice(0, end).trimEnd();
  if (text === m.text || text === '') return [m];
  const institution = { ...m, text, end: m.start + text.length };
  if (open < 0) return [institution];
  const place = m.text.slice(open + 1).trim();
  const kind = PROVINCE_SPELLINGS.has(normaliseToneMarks(place))
    ? ('PROV' as const)
    : COUNTRIES.has(place)
      ? ('COUNTRY' as const)
      : null;
  if (!kind) return [institution];
  const from = m.start + m.text.indexOf(place, open);
  return [institution, { ...m, kind, text: place, start: from, end: from + place.length }];
}
