/**
 * Institutions named in a sentence: a head word ("Bệnh viện", "Sở Y tế",
 * "UBND") followed by the capitalised words and name syllables that complete it.
 */
import {
  GENERIC_NAME_WORDS,
  LOWER_CASE_HEADS,
  NAME_ENDINGS,
  NOT_AFTER_TO_CHUC,
  NAME_LINK_WORDS,
  NAME_STOP_WORDS,
  ORGANISATION_HEADS,
  PLACE_TYPE_WORDS,
} from '../gazetteer/institutions.ts';
import { isPlaceName, startsWithPlaceName } from '../gazetteer/place-names.ts';
import { escapeRegExp } from '../../lib/regex.ts';
import { isSurname } from '../gazetteer/surnames.ts';
import { isCapitalised } from '../../lib/vietnamese.ts';
import { expandHead } from './organisation-key.ts';

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

const HEAD_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${[...ORGANISATION_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);
const WORD = /^\s+([\p{L}\p{M}\p{N}]+(?:[.\-&'][\p{L}\p{M}\p{N}]+)*)/u;
const ABBREVIATION_IN_PARENS = /^\s*\(([\p{Lu}Đ]{2,8})\)/u;

/** All institution names in one sentence, left to right, not overlapping. */
export function findOrganisations(sentence: string): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  HEAD_PATTERN.lastIndex = 0;
  for (let m = HEAD_PATTERN.exec(sentence); m; m = HEAD_PATTERN.exec(sentence)) {
    const mention = extendName(sentence, m.index, m[1]!);
    if (mention) {
      out.push(mention);
      HEAD_PATTERN.lastIndex = mention.end;
    }
  }
  return out;
}

function extendName(sentence: string, start: number, head: string): OrganisationMention | null {
  const next = WORD.exec(sentence.slice(start + head.length))?.[1];
  if (LOWER_CASE_HEADS.has(head) && (!next || !isCapitalised(next) || NAME_STOP_WORDS.has(next))) return null;
  if (head === 'Tổ chức' && (!next || NOT_AFTER_TO_CHUC.has(next))) return null;
  const words: string[] = [head];
  let pos = start + head.length;
  let lastKeptWords = 1;
  let properWords = 0;
  let afterPlaceType = false;
  let run: string[] = [];
  for (;;) {
    const rest = sentence.slice(pos);
    const abbreviation = ABBREVIATION_IN_PARENS.exec(rest);
    if (abbreviation) {
      pos += abbreviation[0].length;
      continue;
    }
    const w = WORD.exec(rest);
    if (!w) break;
    const word = w[1]!;
    const capital = isCapitalised(word) || /^\d/.test(word);
    if (capital) {
      if (NAME_STOP_WORDS.has(word)) break;
      if (isSurname(word) && startsPerson(words, run, properWords, afterPlaceType, rest)) break;
      if (!GENERIC_NAME_WORDS.has(word)) properWords++;
      afterPlaceType = false;
      run.push(word);
    } else if (!NAME_LINK_WORDS.has(word.toLowerCase())) break;
    else {
      afterPlaceType = PLACE_TYPE_WORDS.has(word);
      run = [];
    }
    words.push(word);
    pos += w[0].length;
    if (capital || !PLACE_TYPE_WORDS.has(word)) lastKeptWords = words.length;
  }
  // Trailing place-type words ("Sở Y tế tỉnh") do not belong to the name.
  const trailing = words.slice(lastKeptWords);
  const kept = words.slice(0, lastKeptWords);
  while (kept.length > 1 && !isCapitalised(kept[kept.length - 1]!) && !/^\d/.test(kept[kept.length - 1]!) && !completesName(kept)) {
    kept.pop();
  }
  const raw = sentence.slice(start, start + rawLength(sentence.slice(start), kept));
  const name = canonicalName(kept.join(' '));
  const provincial = properWords === 0 ? provincialBody(name, trailing) : null;
  if (properWords === 0 && !provincial && !isCompleteFixedName(name)) return null;
  return { name: provincial ?? name, raw, start, end: start + raw.length, needsProvince: provincial !== null };
}

/**
 * A surname after a complete name starts a person: "Bộ Y tế Lê Đức Luận",
 * "UBND tỉnh Hà Tĩnh Trần Báu Hà"; but "Quảng Ninh" and "Đại học Y Hà Nội" go on.
 */
function startsPerson(words: string[], run: string[], properWords: number, afterPlaceType: boolean, rest: string): boolean {
  if (run.length > 0) return isPlaceName(run.join(' '));
  if (afterPlaceType || startsWithPlaceName(rest)) return false;
  return properWords > 0 || isCompleteFixedName(canonicalName(words.join(' ')));
}

/** "Bộ Y tế", "Bộ Công an": complete names without a place. */
function isCompleteFixedName(name: string): boolean {
  return /^Bộ \p{Lu}/u.test(name) || /^Bảo hiểm xã hội/.test(name);
}

/** A provincial body named without its province: "Sở Y tế", "UBND tỉnh", "Bệnh viện Đa khoa tỉnh". */
function provincialBody(name: string, trailing: string[]): string | null {
  if (name === 'Sở Y tế' || name === 'Tỉnh ủy') return name;
  if (trailing[0] !== 'tỉnh') return null;
  if (/^(UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Bệnh viện Đa khoa|Trung tâm Kiểm soát bệnh tật|Sở Y tế)$/.test(name)) return `${name} tỉnh`;
  return null;
}

/** Lower-case syllables that finish a capitalised word ("Y tế", "Đa khoa", "Trung ương"). */
function completesName(words: string[]): boolean {
  // The lower-case tail and the capitalised word before it must make a known ending ("Y tế", "Trung ương").
  let first = words.length - 1;
  while (first > 0 && !isCapitalised(words[first]!) && !/^\d/.test(words[first]!)) first--;
  const ending = words.slice(first).join(' ').toLowerCase();
  return NAME_ENDINGS.has(ending) || NAME_ENDINGS.has(words.slice(Math.max(0, first - 1)).join(' ').toLowerCase());
}

function rawLength(text: string, words: string[]): number {
  // Walk the original text word by word so parenthesised abbreviations stay inside the raw span.
  let pos = 0;
  for (const word of words) {
    const at = text.indexOf(word, pos);
    if (at < 0) break;
    pos = at + word.length;
  }
  return pos;
}

const canonicalName = expandHead;

export { organisationKey } from './organisation-key.ts';
