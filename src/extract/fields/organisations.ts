/**
 * Institutions named in a sentence. Known names (ministries with commas,
 * international bodies) are found first; then a head word ("Bệnh viện",
 * "Sở", "Tổ chức") opens a name that goes on over the words names are made
 * of, capitalised or not ("Hội Bảo trợ bệnh nhân nghèo TP.HCM"), and ends on
 * a proper name, a place or a known final word, never on the verb after it.
 */
import {
  GENERIC_NAME_WORDS,
  LOWER_CASE_HEADS,
  NOT_AFTER_TO_CHUC,
  NAME_STOP_WORDS,
  ORGANISATION_HEADS,
  HEADS_THAT_END_A_NAME,
  NO_LOWER_CASE_AFTER,
  NOT_BEFORE_BENH_VIEN,
  UNIVERSITY_HEADS,
  HEADS_NEEDING_A_FIELD,
} from '../gazetteer/institutions.ts';
import {
  FOREIGN_JOINERS,
  GENERIC_NAME_FIELDS,
  KIND_ABBREVIATIONS,
  NAME_ACTIONS,
  NAME_FINALS,
  NAME_JOINERS,
  NAME_NOUNS,
  PLACE_TYPES,
} from '../gazetteer/institution-words.ts';
import { KNOWN_INSTITUTIONS } from '../gazetteer/known-institutions.ts';
import { isPlaceName, startsWithPlaceName } from '../gazetteer/place-names.ts';
import { alternation, escapeRegExp } from '../../lib/regex.ts';
import { isSurname } from '../gazetteer/surnames.ts';
import { scaleOf } from './numbers.ts';
import { TITLE_AT_END } from '../gazetteer/titles.ts';
import { isCapitalised, normaliseToneMarks } from '../../lib/vietnamese.ts';
import { expandHead } from '../../lib/organisation-key.ts';

export interface OrganisationMention {
  /** Canonical name: abbreviations written out ("BVĐK" → "Bệnh viện Đa khoa"). */
  name: string;
  /** The name as written. */
  raw: string;
  start: number;
  end: number;
  /** The text named the body without its province ("Sở Y tế", "UBND tỉnh"): the article's province completes it. */
  needsProvince: boolean;
}

// No look-behind: it makes the engine try every position; the character before is checked by startsWord.
const HEAD_PATTERN = new RegExp(
  `(${[...ORGANISATION_HEADS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** A head at a given place, for the heads that start another institution inside a run ("… và Bệnh viện …"). */
const HEAD_HERE = new RegExp(`(?:${alternation(HEADS_THAT_END_A_NAME)})(?![\\p{L}\\p{M}])`, 'uy');
const KNOWN_SPELLINGS = [
  ...new Set(
    KNOWN_INSTITUTIONS.flatMap((k) => [
      ...k.names,
      ...k.names.map(normaliseToneMarks),
      ...k.abbreviations,
    ]),
  ),
];
/** The first words of known names find candidates fast; the whole alternation is then tried only there. */
const KNOWN_FIRST_WORD = new RegExp(
  `(?:${alternation(new Set(KNOWN_SPELLINGS.map((k) => k.split(' ')[0]!)))})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
const KNOWN_BY_FIRST_WORD = new Map<string, RegExp>();
for (const first of new Set(KNOWN_SPELLINGS.map((k) => k.split(' ')[0]!))) {
  const spellings = KNOWN_SPELLINGS.filter((k) => k.split(' ')[0] === first);
  KNOWN_BY_FIRST_WORD.set(
    first,
    new RegExp(`(?:${alternation(spellings)})(?![\\p{L}\\p{M}\\p{N}])`, 'uy'),
  );
}
const UNIVERSITY_HERE = new RegExp(`^(?:${alternation(UNIVERSITY_HEADS)})(?![\\p{L}\\p{M}])`, 'u');
const FULL_NAME_OF_ABBREVIATION = new Map(
  KNOWN_INSTITUTIONS.flatMap((k) => k.abbreviations.map((a) => [a, k.names[0]!] as const)),
);
const KNOWN_NAME_QUALIFIER = /^\s+(?:[qQ]uốc tế|[tT]oàn cầu|Việt Nam)(?![\p{L}\p{M}])/u;
const ABBREVIATION_AFTER = /^\s*\([\p{Lu}Đ][\p{Lu}Đ0-9&]{1,9}\)/u;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.\-&'/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ABBREVIATION = /^[\p{Lu}Đ][\p{Lu}Đ0-9&]{1,9}$/u;
const DASHES = new Set(['-', '–']);

/** A word or a punctuation mark; its key (lower case, one tone-mark style) is worked out only when asked for. */
class Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  private folded: string | undefined;
  constructor(text: string, start: number, end: number, word: boolean) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.word = word;
  }
  get key(): string {
    this.folded ??= this.word ? normaliseToneMarks(this.text.toLowerCase()) : this.text;
    return this.folded;
  }
}

type ItemKind = 'field' | 'proper' | 'join' | 'place-type' | 'abbreviation';
interface Item {
  kind: ItemKind;
  from: number;
  to: number;
  /** A field word written in lower case that may not end a name. */
  weak?: boolean;
}

/** Vocabulary by first syllable, longest entries first. */
const VOCABULARY = new Map<string, string[][]>();
for (const entry of [...NAME_NOUNS, ...NAME_ACTIONS]) {
  const syllables = normaliseToneMarks(entry).split(' ');
  const list = VOCABULARY.get(syllables[0]!) ?? [];
  list.push(syllables);
  VOCABULARY.set(syllables[0]!, list);
}
for (const list of VOCABULARY.values()) list.sort((a, b) => b.length - a.length);
const FINALS = new Set(NAME_FINALS.map(normaliseToneMarks));
const ACTIONS = new Set(NAME_ACTIONS.map(normaliseToneMarks));
const GENERIC_FIELDS = new Set(GENERIC_NAME_FIELDS.map(normaliseToneMarks));
const PROPER_FINALS = new Set(['trung ương', 'quốc tế', 'quốc gia']);
const JOINERS = new Set(NAME_JOINERS);
const FOREIGN = new Set(FOREIGN_JOINERS);
const KINDS = new Set(KIND_ABBREVIATIONS);
const CAPITALISED_PLACE_TYPES = new Set(['thành', 'tỉnh', 'huyện', 'quận', 'thị', 'tp']);
const PLACE_TYPE_LIST = PLACE_TYPES.map((p) => p.split(' '));

/** The stop phrases by their first word, each as its words' keys. */
const STOP_PHRASES = new Map<string, string[][]>();
for (const phrase of NAME_STOP_WORDS) {
  const words = normaliseToneMarks(phrase.toLowerCase()).split(' ');
  STOP_PHRASES.set(words[0]!, [...(STOP_PHRASES.get(words[0]!) ?? []), words]);
}

/** Whether a title or a person's address starts at token i (a capitalised word), ending the name before it. */
function stopsName(tokens: Token[], i: number): boolean {
  return (STOP_PHRASES.get(tokens[i]!.key) ?? []).some((words) =>
    words.every((w, k) => tokens[i + k]?.key === w),
  );
}

function tokenise(sentence: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const text = m[0];
    out.push(
      new Token(text, m.index, m.index + text.length, text.length > 1 || WORD_CHAR.test(text)),
    );
  }
  return out;
}

/** All institution names in one sentence, left to right, not overlapping. */
export function findOrganisations(sentence: string): OrganisationMention[] {
  const known = findKnown(sentence);
  let tokens: Token[] | null = null;
  const knownAt = new Map(known.map((k) => [k.start, k.end]));
  const found: OrganisationMention[] = [];
  HEAD_PATTERN.lastIndex = 0;
  for (let m = HEAD_PATTERN.exec(sentence); m; m = HEAD_PATTERN.exec(sentence)) {
    if (!startsWord(sentence, m.index)) continue;
    tokens ??= tokenise(sentence);
    const mention = extendName(sentence, tokens, knownAt, m.index, m[1]!);
    if (mention) {
      found.push(mention);
      HEAD_PATTERN.lastIndex = mention.end;
    }
  }
  // A known name wins over a grammar name it overlaps, unless the grammar's name holds it whole.
  const kept = found.filter(
    (f) => !known.some((k) => overlaps(k, f) && !(f.start <= k.start && f.end >= k.end)),
  );
  // "Ủy ban châu Âu (EC)": the bracketed abbreviation names the institution just found, not another one.
  const bracketedAfter = (k: OrganisationMention) =>
    kept.some((f) => sentence.slice(f.end, k.start).trim() === '(');
  const knownKept = known.filter((k) => !kept.some((f) => overlaps(k, f)) && !bracketedAfter(k));
  return [...kept, ...knownKept].sort((a, b) => a.start - b.start);
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
/** True when no letter or digit stands right before the position. */
const startsWord = (text: string, at: number) => at === 0 || !LETTER_OR_DIGIT.test(text[at - 1]!);

const overlaps = (a: OrganisationMention, b: OrganisationMention) =>
  a.start < b.end && b.start < a.end;

function findKnown(sentence: string): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  KNOWN_FIRST_WORD.lastIndex = 0;
  for (
    let first = KNOWN_FIRST_WORD.exec(sentence);
    first;
    first = KNOWN_FIRST_WORD.exec(sentence)
  ) {
    if (!startsWord(sentence, first.index)) continue;
    const here = KNOWN_BY_FIRST_WORD.get(first[0])!;
    here.lastIndex = first.index;
    const m = here.exec(sentence);
    if (!m) continue;
    let end = m.index + m[0].length;
    KNOWN_FIRST_WORD.lastIndex = end;
    const full = FULL_NAME_OF_ABBREVIATION.get(m[0]);
    if (full) {
      // "WHO" alone is named by its full name, so that it is one institution with "Tổ chức Y tế Thế giới (WHO)".
      out.push({ name: `${full} (${m[0]})`, raw: m[0], start: m.index, end, needsProvince: false });
      continue;
    }
    // "Orbis Quốc tế", "Phẫu thuật Nụ cười Việt Nam": a qualifier extends a known name.
    const qualifier = KNOWN_NAME_QUALIFIER.exec(sentence.slice(end));
    if (qualifier) end += qualifier[0].length;
    const raw = sentence.slice(m.index, end);
    // "Ủy ban châu Âu (EC)": the bracketed abbreviation is part of how the name is written.
    const abbreviation = ABBREVIATION_AFTER.exec(sentence.slice(end))?.[0]?.trim();
    out.push({
      name: abbreviation ? `${raw} ${abbreviation}` : raw,
      raw,
      start: m.index,
      end,
      needsProvince: false,
    });
  }
  return out;
}

/** Index of the first token starting at or after a position (binary search). */
function firstTokenFrom(tokens: Token[], position: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The vocabulary word that starts at token i, as a number of tokens (0: none). */
function vocabularyAt(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first?.word) return 0;
  for (const entry of VOCABULARY.get(first.key) ?? []) {
    let ok = true;
    for (let k = 1; k < entry.length && ok; k++) {
      const t = tokens[i + k];
      ok = t !== undefined && t.key === entry[k] && t.start === tokens[i + k - 1]!.end + 1;
    }
    if (ok) return entry.length;
  }
  return 0;
}

const keyOf = (tokens: Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.key)
    .join(' ');
const isUpper = (t: Token | undefined) =>
  t !== undefined && t.word && (isCapitalised(t.text) || /^\d/.test(t.text));

/** A place-type word ("tỉnh", "thành phố", "TP.") at token i, as a number of tokens (0: none). */
function placeTypeAt(tokens: Token[], i: number): number {
  // "Thành phố Hà Nội", "TP. HCM" may be capitalised; "Lai Châu", "Châu Đốc" are places, not "châu Âu".
  if (isUpper(tokens[i]) && !CAPITALISED_PLACE_TYPES.has(tokens[i]!.key)) return 0;
  for (const words of PLACE_TYPE_LIST) {
    if (words.every((w, k) => tokens[i + k]?.key === w)) {
      // "TP. HCM": the full stop belongs to the abbreviation.
      return tokens[i + words.length]?.text === '.' && words[0] === 'tp'
        ? words.length + 1
        : words.length;
    }
  }
  return 0;
}

function extendName(
  sentence: string,
  tokens: Token[],
  knownAt: Map<number, number>,
  start: number,
  head: string,
): OrganisationMention | null {
  const headEnd = start + head.length;
  if (head === 'bệnh viện' || head === 'Bệnh viện') {
    // "tàu bệnh viện Khánh Hoà" is a hospital ship.
    const before = /([\p{L}\p{M}]+)\s+$/u.exec(sentence.slice(0, start))?.[1]?.toLowerCase();
    if (before && NOT_BEFORE_BENH_VIEN.has(before)) return null;
  }
  let i = firstTokenFrom(tokens, headEnd);
  if (i >= tokens.length) return null;
  const next = tokens[i]!;
  if (LOWER_CASE_HEADS.has(head) && (!isUpper(next) || stopsName(tokens, i))) return null;
  if (head === 'Tổ chức' && NOT_AFTER_TO_CHUC.has(next.text)) return null;
  const lowerAllowed = !NO_LOWER_CASE_AFTER.has(head);

  const items: Item[] = [];
  let phase: 'field' | 'proper' = 'field';
  let run: string[] = [];
  let afterPlaceType = false;
  let closed = false;
  let properWords = 0;
  const push = (kind: ItemKind, n: number, weak = false) => {
    items.push({ kind, from: i, to: i + n, weak });
    i += n;
  };
  for (;;) {
    const t = tokens[i];
    if (!t) break;
    if (
      t.text === '(' &&
      tokens[i + 2]?.text === ')' &&
      ABBREVIATION.test(tokens[i + 1]?.text ?? '')
    ) {
      push('abbreviation', 3);
      continue;
    }
    if (DASHES.has(t.text)) {
      const after = tokens[i + 1];
      const last = items[items.length - 1];
      // "Răng - Hàm - Mặt", "Kế hoạch- Đầu tư", "Truyền máu - huyết học": a dash between words of a field.
      const fieldDash =
        phase === 'field' &&
        last?.kind === 'field' &&
        after?.word &&
        (vocabularyAt(tokens, i + 1) > 0 || isUpper(after));
      // "Hữu nghị Việt Nam - Cuba": a dash between two countries.
      const placeDash =
        phase === 'proper' &&
        run.length > 0 &&
        isPlaceName(run.join(' ')) &&
        startsWithPlaceName(sentence.slice(after?.start ?? sentence.length));
      // "Bệnh viện số 1 – Đại học Y Quảng Tây": a hospital and the university it belongs to.
      const universityDash =
        phase === 'proper' &&
        after !== undefined &&
        UNIVERSITY_HERE.test(sentence.slice(after.start));
      if (!fieldDash && !placeDash && !universityDash) break;
      push('join', 1);
      run = [];
      continue;
    }
    if (!t.word) break;
    // "tài trợ Sở Y tế 500 triệu đồng": a number before a scale word is a sum, not the name's number.
    if (/^\d/.test(t.text) && scaleOf(tokens[i + 1]?.text) > 1) break;
    const place = placeTypeAt(tokens, i);
    // "xã hội" is a word of names, "xã Tân Lập" a commune.
    if (place > 0 && vocabularyAt(tokens, i) <= place) {
      push('place-type', place);
      afterPlaceType = true;
      run = [];
      if (!isUpper(tokens[i])) break;
      continue;
    }
    const known = knownAt.get(t.start);
    if (known !== undefined) {
      // A known name inside a longer one: "Tổ chức Phẫu thuật Nụ cười Việt Nam".
      let n = 0;
      while (tokens[i + n] && tokens[i + n]!.end <= known) n++;
      properWords++;
      phase = 'proper';
      push('proper', n);
      continue;
    }
    if (isUpper(t)) {
      if (items.length > 0) {
        HEAD_HERE.lastIndex = t.start;
        if (HEAD_HERE.test(sentence)) break;
      }
      const n = vocabularyAt(tokens, i);
      if (stopsName(tokens, i) && n < 2) break;
      if (n > 0 && !(phase === 'proper' && isSurname(t.text))) {
        const field = keyOf(tokens, i, i + n);
        if (!GENERIC_FIELDS.has(field)) properWords++;
        // After "… Trung ương", "… Quốc gia" a lower-case verb is the sentence's ("Viện … Trung ương xét nghiệm mẫu").
        closed = PROPER_FINALS.has(field);
        push('field', n);
        run = [];
        afterPlaceType = false;
        continue;
      }
      if (
        isSurname(t.text) &&
        startsPerson(sentence, tokens, items, run, properWords, afterPlaceType, i, start)
      )
        break;
      if (!GENERIC_NAME_WORDS.has(t.text) && !KINDS.has(t.text)) properWords++;
      if (!KINDS.has(t.text)) phase = 'proper';
      run.push(t.text);
      afterPlaceType = false;
      push('proper', 1);
      continue;
    }
    // A lower-case word.
    const last = items[items.length - 1];
    if (FOREIGN.has(t.key) && last?.kind === 'proper' && isUpper(tokens[i + 1])) {
      push('join', 1);
      run = [];
      continue;
    }
    const n = vocabularyAt(tokens, i);
    const word = keyOf(tokens, i, i + n);
    if (
      n > 0 &&
      (lowerAllowed || items.length > 0) &&
      ((phase === 'field' && !(closed && ACTIONS.has(word))) || PROPER_FINALS.has(word))
    ) {
      push('field', n, ACTIONS.has(word) && !FINALS.has(word));
      run = [];
      continue;
    }
    // "Giáo dục và Đào tạo", "Quốc gia về vaccine": a joiner between two field words.
    if (
      JOINERS.has(t.key) &&
      phase === 'field' &&
      last?.kind === 'field' &&
      vocabularyAt(tokens, i + 1) > 0
    ) {
      push('join', 1);
      closed = false;
      continue;
    }
    break;
  }

  // "Trường Sa" is an archipelago: a school's name says what kind of school first ("Trường Đại học", "Trường THPT").
  if (
    HEADS_NEEDING_A_FIELD.has(head) &&
    !(items[0]?.kind === 'field' || KINDS.has(tokens[items[0]?.from ?? -1]?.text ?? ''))
  )
    return null;
  // The name ends on a word that can end it: not a joiner, a place type or a lower-case verb.
  let end = items.length;
  while (
    (end > 0 && ['join', 'place-type', 'abbreviation'].includes(items[end - 1]!.kind)) ||
    (end > 0 && items[end - 1]!.weak)
  )
    end--;
  // Trailing place-type words ("Sở Y tế tỉnh") say the name wants its province.
  const trailing = items
    .slice(end)
    .filter((it) => it.kind === 'place-type')
    .map((it) => keyOf(tokens, it.from, it.to));
  const kept = items.slice(0, end);
  const lastToken = kept.length ? tokens[kept[kept.length - 1]!.to - 1]! : null;
  const rawEnd = lastToken ? lastToken.end : headEnd;
  const raw = sentence.slice(start, rawEnd);
  // A bracketed abbreviation right after the name is part of how it is written ("Ủy ban châu Âu (EC)").
  const abbreviation =
    items[end]?.kind === 'abbreviation' ? ` (${tokens[items[end]!.from + 1]!.text})` : '';
  const wordsOnly = raw.replace(/\s*\([\p{Lu}Đ][\p{Lu}Đ0-9&]{1,9}\)/gu, '');
  const name = canonicalName(wordsOnly);
  const properInKept =
    kept.some(
      (it) => it.kind !== 'place-type' && it.kind !== 'join' && it.kind !== 'abbreviation',
    ) &&
    properWords > 0 &&
    countProper(tokens, kept) > 0;
  const provincial = !properInKept ? provincialBody(name, trailing) : null;
  if (!properInKept && !provincial && !isCompleteFixedName(name)) return null;
  return {
    name: provincial ?? name + abbreviation,
    raw,
    start,
    end: rawEnd,
    needsProvince: provincial !== null,
  };
}

/** Capitalised words in the kept items that make the name specific ("Bệnh viện Đa khoa" alone is any hospital). */
function countProper(tokens: Token[], kept: Item[]): number {
  let n = 0;
  for (const it of kept) {
    if (it.kind !== 'field' && it.kind !== 'proper') continue;
    const first = tokens[it.from]!;
    if (!isUpper(first) || KINDS.has(first.text)) continue;
    if (
      it.kind === 'field'
        ? !GENERIC_FIELDS.has(keyOf(tokens, it.from, it.to))
        : !GENERIC_NAME_WORDS.has(first.text)
    )
      n++;
  }
  return n;
}

/**
 * A surname after a complete name starts a person: "Bộ Y tế Lê Đức Luận",
 * "UBND tỉnh Hà Tĩnh Trần Báu Hà"; but "Quảng Ninh" and "Đại học Y Hà Nội" go on.
 */
function startsPerson(
  sentence: string,
  tokens: Token[],
  items: Item[],
  run: string[],
  properWords: number,
  afterPlaceType: boolean,
  i: number,
  start: number,
): boolean {
  // "Sở Y tế Hà Nội Nguyễn Văn A", "Sở Y tế TP HCM Tăng Chí Thượng": a place ends the name, a family name starts a person.
  if (run.length > 0)
    return (
      isPlaceName(run.join(' ')) ||
      isPlaceName(placeWithType(tokens, items)) ||
      // "Trường THPT Chu Văn An": a kind's abbreviation is no proper word, the name comes after it.
      (run.some((word) => !KINDS.has(word)) && fullPersonalNameAt(tokens, i))
    );
  const rest = sentence.slice(tokens[i]!.start - 1);
  if (startsWithPlaceName(rest)) return false;
  // "UBND tỉnh Nguyễn Văn An": after "tỉnh", a full personal name that begins no province is a person's
  // (a two-syllable "Hồ Bắc", "Hà Tây" is a foreign or a former province).
  if (afterPlaceType)
    return tokens[items.at(-1)!.from]!.key === 'tỉnh' && fullPersonalNameAt(tokens, i);
  const sofar = sentence.slice(start, tokens[i]!.start).trimEnd();
  if (isCompleteFixedName(canonicalName(sofar))) return true;
  // "Giám đốc Bệnh viện Mắt Nguyễn Văn A": the title before the institution is the person's. With no title
  // before it, the name after its kind names the institution: "Bệnh viện Mắt Cao Thắng", "Đại học Y khoa Phạm Ngọc Thạch".
  // "Giám đốc Sở Y tế Trần Văn Hai": after a bare "Sở Y tế", the title makes a full personal name the person's.
  if (!TITLE_AT_END.test(sentence.slice(0, start).trimEnd())) return false;
  return properWords > 0 || fullPersonalNameAt(tokens, i);
}

/** The place named after the name's last place type ("TP. HCM"), or "" when the name has none. */
function placeWithType(tokens: Token[], items: Item[]): string {
  const at = items.findLastIndex((item) => item.kind === 'place-type');
  if (at < 0 || items.slice(at + 1).some((item) => item.kind !== 'proper')) return '';
  return tokens
    .slice(items[at]!.from, items.at(-1)!.to)
    .filter((t) => t.word)
    .map((t) => t.text)
    .join(' ');
}

/**
 * "Bệnh viện Chợ Rẫy Nguyễn Trường Sơn": a family name and two or three more capitalised syllables, then the
 * sentence goes on in lower case, after a name that already has its proper words, is the person the title
 * before the institution belongs to. Institutions named after a person have that name right after their kind.
 */
function fullPersonalNameAt(tokens: Token[], i: number): boolean {
  let n = 1;
  while (n < 5 && isUpper(tokens[i + n]) && tokens[i + n]!.start === tokens[i + n - 1]!.end + 1)
    n++;
  const next = tokens[i + n];
  if (n < 3 || n > 4 || (next !== undefined && isUpper(next))) return false;
  // "Bạch Mai Nguyễn Quốc Anh": a name has at most four syllables, so a family name that ends the institution's
  // name ("Mai") starts no person when another family name follows it.
  return n === 3 || !isSurname(tokens[i + 1]!.text);
}

/** "Bộ Y tế", "Bộ Công an", a province's "Tỉnh ủy": complete names without a place of their own. */
function isCompleteFixedName(name: string): boolean {
  return (
    /^Bộ \p{Lu}/u.test(name) ||
    /^Bảo hiểm xã hội/.test(name) ||
    /^(?:Tỉnh|Thành) (?:ủy|uỷ)$/u.test(name)
  );
}

/** A provincial body named without its province: "Sở Y tế", "UBND tỉnh", "Bệnh viện Đa khoa tỉnh". */
function provincialBody(name: string, trailing: string[]): string | null {
  if (name === 'Sở Y tế' || name === 'Tỉnh ủy' || name === 'Thành ủy') return name;
  if (trailing[0] !== 'tỉnh') return null;
  if (
    /^(UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Bệnh viện Đa khoa|Trung tâm Kiểm soát bệnh tật|Sở Y tế)$/.test(
      name,
    )
  )
    return `${name} tỉnh`;
  return null;
}

const canonicalName = expandHead;
