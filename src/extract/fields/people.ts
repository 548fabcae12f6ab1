/**
 * People who take part, with their titles: `Name – Title`, `Name, Title`,
 * `Title Name`, after honorifics (GS.TS, BSCKII, đồng chí). People without a
 * stated role, patients, and people only referred to ("chỉ đạo của đồng chí
 * Tổng Bí thư …") are not participants.
 */
import {
  CONTRIBUTION_NOUNS,
  SPOUSE_TITLES,
  PATIENT_WORDS,
  TITLE_AT_END,
  TITLE_ENDING_WORDS,
  TITLE_WORDS,
  REFERRING_WORDS,
  TITLE_STARTS,
} from '../gazetteer/titles.ts';
import {
  ADDRESS_WORDS_IN_A_NAME_RUN,
  DEGREES,
  HONORIFICS,
  MILITARY_RANKS_IN_RUNNING_TEXT,
  PLAIN_ADDRESS,
} from '../gazetteer/honorifics.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { ORGANISATION_HEADS, NAME_LINK_WORDS } from '../gazetteer/institutions.ts';
import { isPlaceName } from '../gazetteer/place-names.ts';
import { alternation, NO_LETTER_AFTER, wordAlternation } from '../../lib/regex.ts';
import { isSurname, NAME_PARTICLES } from '../gazetteer/surnames.ts';
import { findOrganisations, type OrganisationMention } from './organisations.ts';
import { wordOrigin } from '../names/word-origin.ts';

export interface PersonMention {
  name: string;
  title: string | null;
  /** The institution in the title, as found there. */
  organisation: OrganisationMention | null;
  start: number;
  end: number;
}

/**
 * A word of a name: capitalised, with hyphenated parts ("Jean-Marcel", "Jong-ho"),
 * or an initial followed by more of the name ("Wail A. Farghaly", "Martha H.Marsh").
 */
const NAME_WORD = String.raw`\p{Lu}\.(?=[ \t]+\p{Lu})|(?:\p{Lu}\.(?=\p{Lu}\p{Ll}))?\p{Lu}[\p{Ll}\p{M}]*(?:-\p{L}[\p{Ll}\p{M}]*)*`;
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})[ \\t]+(?=\\p{Lu})`;
const CAPITALISED_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.])(?:${NAME_WORD})(?:[ \t]+(?:${PARTICLE})?(?:${NAME_WORD})){1,6}(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
const HONORIFIC_AT_END = new RegExp(
  `(?:^|[\\s(])(${alternation([...HONORIFICS, ...MILITARY_RANKS_IN_RUNNING_TEXT])})\\.?\\s*$`,
  'u',
);
const TITLE_START = new RegExp(wordAlternation(TITLE_STARTS), 'iu');
const TITLE_STARTS_IN = new RegExp(TITLE_START.source, 'giu');
const TITLE_AT_START = new RegExp(
  `^(?:${alternation([...TITLE_STARTS, ...SPOUSE_TITLES])})${NO_LETTER_AFTER}`,
  'iu',
);
const ORG_AT_START = new RegExp(`^(?:${alternation(ORGANISATION_HEADS)})${NO_LETTER_AFTER}`, 'u');
const PATIENT_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(PATIENT_WORDS)})\\s*$`, 'iu');
const REFERRED_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(REFERRING_WORDS)})\\s*$`, 'iu');
/** "sự hỗ trợ (trực tiếp) của", "chuyển giao kỹ thuật của": a contribution, so who follows takes part; not across "trong", "cho", "với". */
const CONTRIBUTION_BEFORE = new RegExp(
  `(?:^|\\s)(?:${alternation(CONTRIBUTION_NOUNS)})(?:\\s+(?!(?:trong|cho|với|của)\\s)[\\p{Ll}\\p{M}]+){0,3}\\s+của\\s*$`,
  'u',
);
/** Where a title written after a name ends: punctuation, or a verb or a word that opens a new clause. */
const TITLE_END = new RegExp(
  `;|:|\\.(?=\\s|$)|\\(|\\s(?:${alternation(TITLE_ENDING_WORDS)})(?=[\\s:,.;!?]|$)`,
  'u',
);
/** Lower-case words a title before a name may hold: those of the title and institution tables ("Phó Thủ tướng Chính phủ", "phó chánh thanh tra"), and a few more. */
const TITLE_WORDS_LOWER = new Set([
  ...TITLE_WORDS,
  ...[...TITLE_STARTS, ...ORGANISATION_HEADS].flatMap((t) => t.toLowerCase().split(' ')),
]);

/** Participants named in one sentence. */
export function findPeople(
  sentence: string,
  organisations: OrganisationMention[] = findOrganisations(sentence),
): PersonMention[] {
  const out: PersonMention[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(sentence); m; m = CAPITALISED_RUN.exec(sentence)) {
    const runStart = m.index;
    const words = m[0].split(/[ \t]+/);
    const found =
      nameInRun(words) ??
      nameAfterOrganisation(m[0], runStart, organisations) ??
      nameAfterTitle(sentence.slice(0, runStart), words);
    if (!found) {
      const expert = foreignNameWithRole(sentence, m[0], runStart, organisations);
      if (expert) out.push(expert);
      continue;
    }
    const offset = m[0].indexOf(found.name, found.skippedChars);
    const start = runStart + offset;
    const end = start + found.name.length;
    // A run that opens a title ("Phó Thủ tướng", Phó being also a family name) is no name.
    if (TITLE_AT_START.test(sentence.slice(start))) continue;
    if (organisations.some((o) => start < o.end && end > o.start)) continue;
    const person = readContext(sentence, found.name, start, end);
    if (person) out.push(person);
  }
  return out;
}

/** A role stated with "là": "Piter Matinez là chuyên gia tim mạch", "X là Giám đốc …"; it ends where the clause does. */
const PROFESSIONS = DEGREES.filter((d) => /^\p{Ll}/u.test(d));
const ROLE_AFTER_LA = new RegExp(
  `^[ \\t]+là[ \\t]+((?:${alternation([...TITLE_STARTS, ...PROFESSIONS])})(?![\\p{L}\\p{M}])[^,;:.()]*)`,
  'iu',
);
const ROLE_ENDS = /\s(?:còn|và|cùng|đã|đang|sẽ|cho)\s.*$/u;

/**
 * A foreign name with no title or address before it, whose role follows with "là" (experts listed "gồm: A là
 * chuyên gia tim mạch, B là chuyên gia ung bướu"): two to four capitalised words, one of them no Vietnamese
 * syllable (word-origin.ts), so that no place or Vietnamese phrase is taken ("Hà Nội là trung tâm …").
 */
function foreignNameWithRole(
  sentence: string,
  run: string,
  runStart: number,
  organisations: OrganisationMention[],
): PersonMention | null {
  const words = run.split(/[ \t]+/);
  if (words.length < 2 || words.length > 4 || NOT_A_NAME_START.has(words[0]!)) return null;
  if (!words.some((w) => wordOrigin(w) === 'foreign') || COUNTRIES.has(run) || isPlaceName(run))
    return null;
  const end = runStart + run.length;
  if (organisations.some((o) => runStart < o.end && end > o.start)) return null;
  const role = ROLE_AFTER_LA.exec(sentence.slice(end))?.[1]?.replace(ROLE_ENDS, '').trim();
  if (!role) return null;
  return {
    name: run,
    title: role,
    organisation: findOrganisations(role)[0] ?? null,
    start: runStart,
    end,
  };
}

/** Countries, written after a profession ("các bác sĩ Việt Nam"), are not names, even when they start with a family name ("Hàn Quốc"). */
const COUNTRIES = new Set([...Object.keys(COUNTRY_NAMES), 'Việt Nam']);

/** The person's name inside a capitalised run ("Hà Tĩnh Trần Báu Hà" → "Trần Báu Hà"). */
function nameInRun(words: string[]): { name: string; skippedChars: number } | null {
  for (let i = 0; i < words.length - 1; i++) {
    if (!isSurname(words[i]!)) continue;
    const before = words.slice(0, i).join(' ');
    if (
      i > 0 &&
      !isPlaceName(before) &&
      !words.slice(0, i).every((w) => ADDRESS_WORDS_IN_A_NAME_RUN.has(w))
    )
      continue;
    const nameWords = words.slice(i, i + 4);
    if (words.length - i > 4) continue;
    const name = nameWords.join(' ');
    if (
      isPlaceName(name) ||
      (isPlaceName(nameWords.slice(0, 2).join(' ')) && nameWords.length === 2) ||
      COUNTRIES.has(name)
    )
      return null;
    return { name, skippedChars: before.length };
  }
  return null;
}

/**
 * A name right after an institution whose name ends in a capitalised word
 * ("Cục trưởng Cục Quản lý Dược Trần Thị Lan"): the run holds both; the name
 * starts with a family name where the institution ends.
 */
function nameAfterOrganisation(
  run: string,
  runStart: number,
  organisations: OrganisationMention[],
): { name: string; skippedChars: number } | null {
  const ending = organisations.find(
    (o) => o.end > runStart && o.end < runStart + run.length && o.start < runStart + 1,
  );
  if (!ending) return null;
  const rest = run.slice(ending.end - runStart).trimStart();
  const skippedChars = run.length - rest.length;
  const nameWords = rest.split(/[ \t]+/);
  if (nameWords.length < 2 || nameWords.length > 4 || !isSurname(nameWords[0]!)) return null;
  return { name: rest, skippedChars };
}

/** First words of institutions and places, which a title is often followed by ("Giám đốc Sở Y tế", "Phó Chủ tịch Cảng Oakland"). */
const NOT_A_NAME_START = new Set(
  'Sở Bộ Bệnh Viện Trung Trường Đại Học Hội Cục Vụ Ủy Uỷ UBND HĐND Tỉnh Thành Công Tập Quỹ Tổ Ban Văn Phòng Khoa Trạm Đoàn Nhà Chính Quốc Đảng Liên Cảng Ngân Hãng Cơ Báo Đài Tàu Quân Hải'.split(
    ' ',
  ),
);

/**
 * A name without a Vietnamese family name ("Bộ trưởng Bounfeng Phoummalaysith",
 * "Đại sứ Marc Knapper", "ông Thomas Good - Giám đốc…"): accepted only right
 * after a title, an honorific or a form of address; a form of address alone
 * still needs a title after the name (see readContext).
 */
function nameAfterTitle(
  before: string,
  words: string[],
): { name: string; skippedChars: number } | null {
  // "Ông Thomas Good" at the start of a sentence: the address is capitalised inside the run.
  let skip = 0;
  while (skip < words.length - 1 && ADDRESS_WORDS_IN_A_NAME_RUN.has(words[skip]!)) skip++;
  const nameWords = words.slice(skip);
  const name = nameWords.join(' ');
  if (nameWords.length < 2 || nameWords.length > 4 || NOT_A_NAME_START.has(nameWords[0]!))
    return null;
  if (isPlaceName(name) || isPlaceName(nameWords.slice(0, 2).join(' ')) || COUNTRIES.has(name))
    return null;
  // The title's country before the name: "Đại sứ Nhật Bản Takio Yamada".
  const country = [2, 1].find((n) => COUNTRIES.has(nameWords.slice(0, n).join(' ')));
  if (country !== undefined) {
    if (nameWords.length - country < 2) return null;
    return addressedBefore(before)
      ? {
          name: nameWords.slice(country).join(' '),
          skippedChars: words.slice(0, skip + country).join(' ').length + 1,
        }
      : null;
  }
  return skip > 0 || addressedBefore(before)
    ? { name, skippedChars: words.slice(0, skip).join(' ').length }
    : null;
}

/** A title, an honorific or a form of address right before a name. */
function addressedBefore(before: string): boolean {
  const text = before.trimEnd();
  return HONORIFIC_AT_END.test(text) || TITLE_AT_END.test(text) || titleInApposition(text) !== null;
}

function readContext(
  sentence: string,
  name: string,
  start: number,
  end: number,
): PersonMention | null {
  let before = sentence.slice(0, start).trimEnd();
  let honorific: string | null = null;
  for (let h = HONORIFIC_AT_END.exec(before); h; h = HONORIFIC_AT_END.exec(before)) {
    honorific ??= h[1]!;
    if (!PLAIN_ADDRESS.has(h[1]!)) honorific = h[1]!;
    before = before
      .slice(0, h.index + (h[0].startsWith(' ') || h[0].startsWith('(') ? 1 : 0))
      .trimEnd();
    if (!before) break;
  }
  const titleBefore = titleEndingAt(before);
  let contextBefore = titleBefore
    ? before.slice(0, before.length - titleBefore.length).trimEnd()
    : before;
  for (
    let h = HONORIFIC_AT_END.exec(contextBefore);
    h && contextBefore;
    h = HONORIFIC_AT_END.exec(contextBefore)
  ) {
    contextBefore = contextBefore.slice(0, h.index).trimEnd();
  }
  if (PATIENT_BEFORE.test(contextBefore) && !titleBefore) return null;
  if (REFERRED_BEFORE.test(contextBefore) && !CONTRIBUTION_BEFORE.test(contextBefore)) return null;
  const title = titleBefore ?? titleAfter(sentence.slice(end)) ?? titleInApposition(contextBefore);
  const professional = honorific !== null && !PLAIN_ADDRESS.has(honorific);
  if (!title && !professional) return null;
  const organisation = title ? (findOrganisations(title)[0] ?? null) : null;
  return { name, title: title ?? null, organisation, start, end };
}

const TITLE_IN_BRACKETS = /^\s*\(([^()]{3,120})\)/u;
const APPOSITION_SEPARATOR = /\s*(?:,|\s[-–—])$/u;
const ENDS_IN_CAPITALISED_WORD = /\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * A title set apart before the name, opening its clause: "Giám đốc Bệnh viện
 * Nhi đồng II, Nguyễn Hồng Thu cho biết", "Chủ tịch Bệnh viện X - Martha
 * H.Marsh - cho biết". Not when the title follows another name ("Nguyễn Văn
 * A, Giám đốc Sở Y tế, Trần Văn B": that title is A's).
 */
function titleInApposition(before: string): string | null {
  const sep = APPOSITION_SEPARATOR.exec(before);
  if (!sep) return null;
  const head = before.slice(0, sep.index);
  const clauseStart = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  const clause = head.slice(clauseStart + 1).trim();
  if (!TITLE_AT_START.test(clause) || TITLE_END.test(clause)) return null;
  if (clauseStart >= 0 && ENDS_IN_CAPITALISED_WORD.test(head.slice(0, clauseStart).trimEnd()))
    return null;
  return clause;
}

/** A title written right before the name: "Thứ trưởng Bộ Y tế" in "Thứ trưởng Bộ Y tế Lê Đức Luận". */
function titleEndingAt(before: string): string | null {
  const clauseStart = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('('),
  );
  const clause = before.slice(clauseStart + 1);
  // The longest title that runs into the name: "đón Thứ trưởng Bộ Y tế" in "Giám đốc X đón Thứ trưởng Bộ Y tế A".
  TITLE_STARTS_IN.lastIndex = 0;
  for (let m = TITLE_STARTS_IN.exec(clause); m; m = TITLE_STARTS_IN.exec(clause)) {
    const title = clause.slice(m.index).trim();
    // "Title - Name -" is an apposition (titleInApposition), not a title run into the name.
    if (/[-–—]$/u.test(title)) return null;
    const lowerWords = title
      .split(/\s+/)
      .filter((w) => w && w[0] === w[0]!.toLowerCase() && /\p{L}/u.test(w[0]!));
    if (lowerWords.every((w) => NAME_LINK_WORDS.has(w) || TITLE_WORDS_LOWER.has(w))) return title;
  }
  return null;
}

/** A title written after the name: ", Phó Chủ tịch UBND tỉnh" or " – Giám đốc Bệnh viện Bạch Mai". */
function titleAfter(after: string): string | null {
  // "ông Hoàng Đức Thắng (Giám đốc Sở Y tế) cho biết": a title in brackets right after the name.
  // A caption's "(Phó Giám đốc Sở Y tế, người đứng thứ hai từ trái)": the title ends where no title follows a comma.
  const bracketed = TITLE_IN_BRACKETS.exec(after);
  if (bracketed && TITLE_AT_START.test(bracketed[1]!)) {
    const pieces = bracketed[1]!.split(',').map((piece) => piece.trim());
    const kept = pieces.findIndex(
      (piece, k) => k > 0 && !TITLE_AT_START.test(piece) && !ORG_AT_START.test(piece),
    );
    return pieces.slice(0, kept < 0 ? pieces.length : kept).join(', ');
  }
  const sep = /^\s*(?:[,–—-]|\s-\s)\s*/.exec(after);
  if (!sep) return null;
  let rest = after.slice(sep[0].length);
  if (!TITLE_AT_START.test(rest)) return null;
  const parts: string[] = [];
  for (;;) {
    // The title's own words ("Giám đốc điều hành") do not end it.
    const lead = TITLE_AT_START.exec(rest)?.[0].length ?? 0;
    const stopAfterLead = TITLE_END.exec(rest.slice(lead));
    const stop = stopAfterLead ? { index: stopAfterLead.index + lead } : null;
    const comma = rest.indexOf(',');
    const cut = Math.min(stop ? stop.index : rest.length, comma >= 0 ? comma : rest.length);
    parts.push(rest.slice(0, cut).trim());
    if (comma < 0 || comma !== cut) break;
    // A comma continues the title only when another title or an institution follows.
    const next = rest.slice(comma + 1).trimStart();
    if (!TITLE_AT_START.test(next) && !ORG_AT_START.test(next)) break;
    rest = next;
  }
  const title = parts
    .filter(Boolean)
    .join(', ')
    .replace(/[\s,–—-]+$/, '');
  return title || null;
}
