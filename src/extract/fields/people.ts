/**
 * People who take part, with their titles: `Name – Title`, `Name, Title`,
 * `Title Name`, after honorifics (GS.TS, BSCKII, đồng chí). People without a
 * stated role, patients, and people only referred to ("chỉ đạo của đồng chí
 * Tổng Bí thư …") are not participants.
 */
import { HONORIFICS, PATIENT_WORDS, PLAIN_ADDRESS, TITLE_STARTS } from '../gazetteer/titles.ts';
import { ORGANISATION_HEADS, NAME_LINK_WORDS } from '../gazetteer/institutions.ts';
import { isPlaceName } from '../gazetteer/place-names.ts';
import { escapeRegExp } from '../../lib/regex.ts';
import { isSurname } from '../gazetteer/surnames.ts';
import { findOrganisations, type OrganisationMention } from './organisations.ts';

export interface PersonMention {
  name: string;
  title: string | null;
  /** The institution in the title, as found there. */
  organisation: OrganisationMention | null;
  start: number;
  end: number;
}

const byLength = (a: string, b: string) => b.length - a.length;
const CAPITALISED_RUN = /(?<![\p{L}\p{M}\p{N}.])\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,6}(?![\p{L}\p{M}\p{N}])/gu;
const HONORIFIC_AT_END = new RegExp(`(?:^|[\\s(])(${[...HONORIFICS].sort(byLength).map(escapeRegExp).join('|')})\\.?\\s*$`, 'u');
const TITLE_START = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...TITLE_STARTS].sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const TITLE_AT_END = new RegExp(`(?:^|\\s)(?:${[...TITLE_STARTS].sort(byLength).map(escapeRegExp).join('|')})$`, 'iu');
const TITLE_AT_START = new RegExp(`^(?:${[...TITLE_STARTS].sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const ORG_AT_START = new RegExp(`^(?:${[...ORGANISATION_HEADS].sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, 'u');
const PATIENT_BEFORE = new RegExp(`(?:^|\\s)(?:${PATIENT_WORDS.map(escapeRegExp).join('|')})\\s*$`, 'iu');
const REFERRED_BEFORE = /(?:^|\s)(?:của|theo|gửi|tặng|mang tên|tên|thời)\s*$/iu;
/** Words that end a title written after a name: a verb or a new clause. */
const TITLE_END = /;|:|\.(?=\s|$)|\(|\s(?:và|cùng|đã|đang|sẽ|làm|dẫn đầu|phát biểu|cho biết|khẳng định|nhấn mạnh|chia sẻ|nói|đề nghị|yêu cầu|trao|tặng|ký|thăm|tham dự|chủ trì|có|được|đánh giá|ghi nhận|biểu dương|cảm ơn|mong muốn|bày tỏ|báo cáo|tiếp|kiểm tra|chúc mừng|trình bày|giới thiệu|thông tin|tham gia|đến|tới|về|với|tại|trong|khi|vì|đi|để|nêu|lưu ý|hoan nghênh|là|thay mặt|trực tiếp|cũng|vừa|lên|phụ trách|nhận|gửi|kêu gọi|quyết định|chỉ đạo|thực hiện|điều hành)(?=[\s:,.;!?]|$)/u;
/** Honorifics and forms of address written capitalised inside a run ("Ths Bs Phạm Thị Hằng", "Ông Hoàng Quốc Hương"). */
const CAPITALISED_ADDRESS = new Set(['Ths', 'Bs', 'Ts', 'Gs', 'Pgs', 'Ông', 'Bà', 'Bác', 'Anh', 'Chị', 'Đồng', 'Ngài', 'Cô', 'Thầy', 'Em']);
const TITLE_WORDS_LOWER = new Set('trưởng phó giám đốc chủ tịch bí thư viên ủy uỷ khoa phòng ban thường trực vụ hội đồng quản trị điều hành đoàn cấp cao cục tổng thứ bộ sở lãnh sự đại sứ hiệu nhiệm chánh văn'.split(' '));

/** Participants named in one sentence. */
export function findPeople(sentence: string, organisations: OrganisationMention[] = findOrganisations(sentence)): PersonMention[] {
  const out: PersonMention[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(sentence); m; m = CAPITALISED_RUN.exec(sentence)) {
    const runStart = m.index;
    const words = m[0].split(/[ \t]+/);
    const found = nameInRun(words) ?? nameAfterTitle(sentence.slice(0, runStart), words);
    if (!found) continue;
    const offset = m[0].indexOf(found.name, found.skippedChars);
    const start = runStart + offset;
    const end = start + found.name.length;
    if (organisations.some((o) => start < o.end && end > o.start)) continue;
    const person = readContext(sentence, found.name, start, end);
    if (person) out.push(person);
  }
  return out;
}

/** The person's name inside a capitalised run ("Hà Tĩnh Trần Báu Hà" → "Trần Báu Hà"). */
function nameInRun(words: string[]): { name: string; skippedChars: number } | null {
  for (let i = 0; i < words.length - 1; i++) {
    if (!isSurname(words[i]!)) continue;
    const before = words.slice(0, i).join(' ');
    if (i > 0 && !isPlaceName(before) && !words.slice(0, i).every((w) => CAPITALISED_ADDRESS.has(w))) continue;
    const nameWords = words.slice(i, i + 4);
    if (words.length - i > 4) continue;
    const name = nameWords.join(' ');
    if (isPlaceName(name) || isPlaceName(nameWords.slice(0, 2).join(' ')) && nameWords.length === 2) return null;
    return { name, skippedChars: before.length };
  }
  return null;
}

/** First words of institutions and places, which a title is often followed by ("Giám đốc Sở Y tế"). */
const NOT_A_NAME_START = new Set('Sở Bộ Bệnh Viện Trung Trường Đại Học Hội Cục Vụ Ủy Uỷ UBND HĐND Tỉnh Thành Công Tập Quỹ Tổ Ban Văn Phòng Khoa Trạm Đoàn Nhà Chính Quốc Đảng Liên'.split(' '));

/**
 * A name without a Vietnamese family name ("Bộ trưởng Bounfeng Phoummalaysith",
 * "Đại sứ Marc Knapper"): accepted only right after a title or a professional honorific.
 */
function nameAfterTitle(before: string, words: string[]): { name: string; skippedChars: number } | null {
  if (words.length > 4 || NOT_A_NAME_START.has(words[0]!) || isPlaceName(words.join(' ')) || isPlaceName(words.slice(0, 2).join(' '))) return null;
  const honorific = HONORIFIC_AT_END.exec(before.trimEnd());
  const titled = TITLE_AT_END.test(before.trimEnd()) || (honorific !== null && !PLAIN_ADDRESS.has(honorific[1]!));
  return titled ? { name: words.join(' '), skippedChars: 0 } : null;
}

function readContext(sentence: string, name: string, start: number, end: number): PersonMention | null {
  let before = sentence.slice(0, start).trimEnd();
  let honorific: string | null = null;
  for (let h = HONORIFIC_AT_END.exec(before); h; h = HONORIFIC_AT_END.exec(before)) {
    honorific ??= h[1]!;
    if (!PLAIN_ADDRESS.has(h[1]!)) honorific = h[1]!;
    before = before.slice(0, h.index + (h[0].startsWith(' ') || h[0].startsWith('(') ? 1 : 0)).trimEnd();
    if (!before) break;
  }
  const titleBefore = titleEndingAt(before);
  let contextBefore = titleBefore ? before.slice(0, before.length - titleBefore.length).trimEnd() : before;
  for (let h = HONORIFIC_AT_END.exec(contextBefore); h && contextBefore; h = HONORIFIC_AT_END.exec(contextBefore)) {
    contextBefore = contextBefore.slice(0, h.index).trimEnd();
  }
  if (PATIENT_BEFORE.test(contextBefore) && !titleBefore) return null;
  if (REFERRED_BEFORE.test(contextBefore)) return null;
  const title = titleBefore ?? titleAfter(sentence.slice(end));
  const professional = honorific !== null && !PLAIN_ADDRESS.has(honorific);
  if (!title && !professional) return null;
  const organisation = title ? (findOrganisations(title)[0] ?? null) : null;
  return { name, title: title ?? null, organisation, start, end };
}

/** A title written right before the name: "Thứ trưởng Bộ Y tế" in "Thứ trưởng Bộ Y tế Lê Đức Luận". */
function titleEndingAt(before: string): string | null {
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('));
  const clause = before.slice(clauseStart + 1);
  const m = TITLE_START.exec(clause);
  if (!m) return null;
  const title = clause.slice(m.index).trim();
  const lowerWords = title.split(/\s+/).filter((w) => w && w[0] === w[0]!.toLowerCase() && /\p{L}/u.test(w[0]!));
  if (!lowerWords.every((w) => NAME_LINK_WORDS.has(w) || TITLE_WORDS_LOWER.has(w))) return null;
  return title;
}

/** A title written after the name: ", Phó Chủ tịch UBND tỉnh" or " – Giám đốc Bệnh viện Bạch Mai". */
function titleAfter(after: string): string | null {
  const sep = /^\s*(?:[,–—-]|\s-\s)\s*/.exec(after);
  if (!sep) return null;
  let rest = after.slice(sep[0].length);
  if (!TITLE_AT_START.test(rest)) return null;
  const parts: string[] = [];
  for (;;) {
    const stop = TITLE_END.exec(rest);
    const comma = rest.indexOf(',');
    const cut = Math.min(stop ? stop.index : rest.length, comma >= 0 ? comma : rest.length);
    parts.push(rest.slice(0, cut).trim());
    if (comma < 0 || comma !== cut) break;
    // A comma continues the title only when another title or an institution follows.
    const next = rest.slice(comma + 1).trimStart();
    if (!TITLE_AT_START.test(next) && !ORG_AT_START.test(next)) break;
    rest = next;
  }
  const title = parts.filter(Boolean).join(', ').replace(/[\s,–—-]+$/, '');
  return title || null;
}
