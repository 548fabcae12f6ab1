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
 * - a lower-case kind word before a capitalised run no mention holds opens
 *   an institution ("bệnh viện Salisbury", "tập đoàn Bitexco", "lãnh sự quán
 *   Mỹ"), and so does a capitalised head before a number ("Bệnh viện 108");
 * - capitals in brackets after words that name no institution stand for a
 *   thing ("bảo hiểm y tế (BHYT)") and are no institution in the article;
 * - a seat after "tại" is where an institution stands, not its name
 *   ("Bệnh viện Ung bướu tại TP. HCM"), except a foreign mission's;
 * - a name closes the brackets it opens and holds no semicolon.
 */
import {
  HEADS_THAT_END_A_NAME,
  LOWER_CASE_HEADS,
  NOT_BEFORE_BENH_VIEN,
  ORGANISATION_HEADS,
} from '../gazetteer/institutions.ts';
import {
  COUNTING_WORDS,
  GENERIC_NAME_FIELDS,
  KIND_ABBREVIATIONS,
  KINDS_BEFORE_A_NAME,
  NAME_JOINERS,
  OUTLET_KINDS,
  PARENT_JOINERS,
} from '../gazetteer/institution-words.ts';
import { SOURCE_CUES } from '../gazetteer/event-verbs.ts';
import { COUNTRY_NAMES, HOME_COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { FOREIGN_MISSIONS } from '../gazetteer/place-context.ts';
import { PROVINCE_SPELLINGS } from '../gazetteer/provinces.ts';
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import { longestPhrase, phraseTrie } from './phrase-trie.ts';
import type { NameKind } from './tags.ts';
import { tokenise } from './tokens.ts';
import { bondKey, syllableBond } from './syllable-bonds.ts';
import { hasPersonCue } from './person-cues.ts';

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

/** What opens a name after a lower-case kind word, and what the words after it may be. */
export interface KindWordOptions {
  kinds: readonly string[];
  /** Whether a run tagged as a person is read as the institution's name ("bệnh viện Nguyễn Tri Phương"). */
  overPeople: boolean;
  /** Words before the kind word that make it a description ("một công ty Nhật"), beside the counting words. */
  describing: readonly string[];
  /** The syllable bond from which a lower-case word right after the run goes on with its last word ("báo An ninh"). */
  bondAfter: number;
  /** Whether the run may open with a number ("bệnh viện 6 năm", "bệnh viện 1.000 giường" are descriptions). */
  numbers: boolean;
  /** Kind words a country alone names a body of ("lãnh sự quán Mỹ", "chính phủ Mỹ"); the country stays a country. */
  ofCountry: readonly string[];
  /** Whether a capitalised head and a number no mention holds is a name ("Bệnh viện 108"; namesWithNumber). */
  numbered: boolean;
  /** Kinds abbreviated in capitals ("THCS Nghĩa Tân", "BVĐK Nam Định"), whose name may be a place. */
  abbreviated: readonly string[];
}

/** Foreign missions as written in running text ("lãnh sự quán Mỹ"). */
const MISSIONS = FOREIGN_MISSIONS.map((m) => m.toLowerCase());

export const KIND_WORD_OPTIONS: KindWordOptions = {
  kinds: [...KINDS_BEFORE_A_NAME, ...MISSIONS],
  overPeople: true,
  describing: ['một', 'số', 'mỗi', 'nhiều', ...NOT_BEFORE_BENH_VIEN],
  bondAfter: 1,
  numbers: false,
  ofCountry: MISSIONS,
  numbered: true,
  abbreviated: KIND_ABBREVIATIONS,
};

const GENERIC: ReadonlySet<string> = new Set(GENERIC_NAME_FIELDS);
const HOME: ReadonlySet<string> = new Set(HOME_COUNTRY_NAMES);
const PROVINCE_OR_COUNTRY = (text: string) =>
  PROVINCE_SPELLINGS.has(normaliseToneMarks(text)) || COUNTRIES.has(text) || HOME.has(text);
/** The one-word cues that cite an outlet as a source right before its kind word ("theo báo Guardian"). */
const SOURCES: ReadonlySet<string> = new Set(SOURCE_CUES.filter((cue) => !cue.includes(' ')));
const KIND_ABBREVIATION_SET: ReadonlySet<string> = new Set(KIND_ABBREVIATIONS);
const RUN_JOINERS: ReadonlySet<string> = new Set(['&', '-', '.']);
/** One sentence as a check that adds institutions reads it: its words, and the article's mentions in it. */
interface SentenceWords<M extends Mention> {
  sentence: string;
  here: M[];
  tokens: ReturnType<typeof tokenise>;
  words: string[];
}

/**
 * The institutions `read` adds in each sentence of the article, through `add(start, end, like)`: a
 * copy of `like` (the article's first mention where none is given) as an institution over the
 * sentence's characters start..end. None in an article without a mention to copy.
 */
function institutionsAdded<M extends Mention>(
  mentions: readonly M[],
  sentences: readonly string[],
  read: (s: SentenceWords<M>, add: (start: number, end: number, like?: M) => void) => void,
): M[] {
  const template = mentions[0];
  if (!template) return [];
  const added: M[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = tokenise(sentence);
    const here = mentions.filter((m) => m.sentence === index);
    read({ sentence, here, tokens, words: tokens.map((t) => t.text) }, (start, end, like) =>
      added.push({
        ...(like ?? template),
        kind: 'ORG' as const,
        text: sentence.slice(start, end),
        sentence: index,
        start,
        end,
      }),
    );
  });
  return added;
}

/** A capitalised word, or a number, of a name ("K", "JW", "108", "T.Ư", "An Hòa"). */
const NAME_WORD = /^[\p{Lu}\p{N}]/u;

/**
 * The institutions an article names with a lower-case kind word before a
 * capitalised run no mention holds ("bệnh viện Salisbury", "tập đoàn
 * Bitexco"): the kind word and the run up to the next mention, unless the
 * kind word ends another word ("cán bộ"), is counted or described ("các
 * phòng khám Trung Quốc", "một công ty Nhật"), an outlet is cited as a
 * source ("theo báo Guardian"), the run goes on in a lower-case word bound to
 * its last ("báo An ninh thủ đô"), or the run is a province, a country or a
 * generic field alone ("bệnh viện Khánh Hoà", "bệnh viện Quốc tế"). A person
 * with no person's cue read there is the institution's namesake ("bệnh viện
 * Nguyễn Tri Phương"); a foreign mission is named by a country ("lãnh sự quán
 * Mỹ"), an abbreviated kind by a province ("BVĐK Nam Định"), both kept too.
 */
export function namesAfterKindWords<M extends Mention>(
  mentions: readonly M[],
  sentences: readonly string[],
  options: KindWordOptions = KIND_WORD_OPTIONS,
): M[] {
  const kindTrie = phraseTrie(
    [...options.kinds, ...options.abbreviated].map((k) => [k, true] as const),
    (word) => word,
  );
  const describing = new Set([...COUNTING_WORDS, ...options.describing]);
  return institutionsAdded(mentions, sentences, ({ sentence, here, tokens, words }, add) => {
    for (let k = 0; k < tokens.length; k++) {
      const n = longestPhrase(kindTrie, words, k).length;
      if (n === 0 || k + n >= tokens.length || !NAME_WORD.test(words[k + n]!)) continue;
      if (!options.numbers && !/^\p{Lu}/u.test(words[k + n]!)) continue;
      const from = tokens[k]!.start;
      const previous = words[k - 1] ?? '';
      if (describing.has(previous.toLowerCase()) || /^\p{N}+$/u.test(previous)) continue;
      if (
        k > 0 &&
        tokens[k - 1]!.end === from - 1 &&
        /^\p{L}+$/u.test(previous) &&
        syllableBond(bondKey(previous), bondKey(words[k]!)) > 0
      )
        continue;
      const covering = (start: number, end: number) =>
        here.filter((m) => m.start < end && start < m.end);
      if (covering(from, tokens[k + n - 1]!.end).length > 0) continue;
      let last = k + n;
      const kindWord = words.slice(k, k + n).join(' ');
      if (OUTLET_KINDS.includes(kindWord) && SOURCES.has(previous.toLowerCase())) continue;
      // The run goes on over capitalised words, and over "&", "-" or a dot between two ("GD & TĐ", "St. Michael").
      for (;;) {
        if (last + 1 < tokens.length && NAME_WORD.test(words[last + 1]!)) last++;
        else if (
          last + 2 < tokens.length &&
          RUN_JOINERS.has(words[last + 1]!) &&
          NAME_WORD.test(words[last + 2]!)
        )
          last += 2;
        else break;
      }
      const next = words[last + 1];
      if (
        next &&
        /^\p{Ll}+$/u.test(next) &&
        tokens[last + 1]!.start === tokens[last]!.end + 1 &&
        syllableBond(bondKey(words[last]!), bondKey(next)) >= options.bondAfter
      ) {
        k = last;
        continue;
      }
      // The run ends where another mention begins; a person over the run is the name itself where asked.
      let end = tokens[last]!.end;
      const runStart = tokens[k + n]!.start;
      const over = covering(runStart, end);
      const person = over.find(
        (m) =>
          m.kind === 'PER' &&
          m.start === runStart &&
          m.end <= end &&
          options.overPeople &&
          !hasPersonCue(sentence, m.start, m.end) &&
          // "Giám đốc bệnh viện Trương Quý Dương": a title before the kind word waits for its holder.
          !hasPersonCue(sentence, from, tokens[k + n - 1]!.end),
      );
      const country = over.find(
        (m) =>
          m.kind === 'COUNTRY' &&
          m.start === runStart &&
          options.ofCountry.includes(kindWord) &&
          !/^[\p{Lu}\p{N}]/u.test(words[last + 1] ?? '') &&
          m.end === tokens[last]!.end,
      );
      if (country) {
        add(from, country.end);
        k = last;
        continue;
      }
      // After an abbreviated kind a province is the name's own and stays a province ("BVĐK Nam Định").
      const placeOwn = options.abbreviated.includes(kindWord);
      const others = over.filter((m) => m !== person && !(placeOwn && m.kind === 'PROV'));
      if (others.some((m) => m.start <= runStart)) continue;
      if (others.length > 0) end = Math.min(...others.map((m) => m.start)) - 1;
      const cut = end;
      while (end > runStart && !/[\p{L}\p{N}]/u.test(sentence[end - 1]!)) end--;
      // A run another mention cuts at a joiner is one name read two ways ("St. Michael"): unsure, none.
      if (sentence.slice(end, cut).trim()) {
        k = last;
        continue;
      }
      const run = sentence.slice(runStart, end).trim();
      if (
        !run ||
        (PROVINCE_OR_COUNTRY(run) && !options.abbreviated.includes(kindWord)) ||
        GENERIC.has(run.toLowerCase()) ||
        KIND_ABBREVIATION_SET.has(run)
      )
        continue;
      end = runStart + run.length;
      add(from, end, person);
      k = last;
    }
  });
}

/** Lower-case words that may follow a name ("Bệnh viện 108 và …", "… 175 thuộc …"), not a unit ("500 tỉ"). */
const LINKS_AFTER_A_NAME: ReadonlySet<string> = new Set([
  ...NAME_JOINERS,
  ...PARENT_JOINERS,
  'tại',
  'ở',
  'với',
]);

/**
 * The institutions an article names by a capitalised head and a number ("Bệnh
 * viện 108", "Viện 69") that no mention holds but the head alone: the name
 * ends at the number where no lower-case word follows it ("Bệnh viện 500 tỉ"
 * is a sum).
 */
export function namesWithNumber<M extends Mention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  return institutionsAdded(mentions, sentences, ({ here, tokens, words }, add) => {
    for (let k = 0; k < tokens.length; k++) {
      const n = longestPhrase(PARENT_HEADS, words, k).length;
      const number = words[k + n];
      if (n === 0 || !number || !/^\p{N}+$/u.test(number)) continue;
      // The head opens the name: no capitalised word before it ("Binh Đoàn 18").
      if (k > 0 && /^\p{Lu}/u.test(words[k - 1]!)) continue;
      const after = words[k + n + 1] ?? '';
      if (/^\p{Ll}/u.test(after) && !LINKS_AFTER_A_NAME.has(after)) continue;
      const start = tokens[k]!.start;
      const end = tokens[k + n]!.end;
      const headEnd = tokens[k + n - 1]!.end;
      const over = here.filter((m) => m.start < end && start < m.end);
      if (over.some((m) => !(m.kind === 'ORG' && m.start === start && m.end === headEnd))) continue;
      add(start, end);
    }
  });
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
