/**
 * Vietnamese provinces and foreign countries named in an article, told apart
 * from the communes, streets, hospitals and people that share their names.
 */
import { NEEDS_PREFIX, PROVINCE_ALIASES } from '../gazetteer/provinces.ts';
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_NAMES, FOREIGN_PLACES } from '../gazetteer/foreign.ts';
import { NATIONAL_INSTITUTIONS } from '../gazetteer/institutions.ts';
import type { OrganisationMention } from './organisations.ts';
import { alternation } from '../../lib/regex.ts';
import { foldVietnamese, isCapitalised, normaliseToneMarks } from '../../lib/vietnamese.ts';

export interface PlaceMention {
  /** Pre-merger province name, or country name. */
  name: string;
  sentence: number;
  /** Written with its administrative word ("tỉnh Lào Cai", "TP.HCM") or as a province's own body's name. */
  strong: boolean;
  /** For countries named through a foreign place ("Quảng Tây"), that place. */
  via: string | null;
}

const PROVINCE_PATTERN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${alternation(PROVINCE_ALIASES.keys())})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
const COUNTRY_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${alternation([...Object.keys(COUNTRY_NAMES), ...Object.keys(FOREIGN_PLACES)].map(normaliseToneMarks))})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
const STRONG_BEFORE = /(?:^|\s)(?:tỉnh|thành phố|Tỉnh|Thành phố|TP\.?|Tp\.?)\s*$/u;
/** A commune, street or newspaper carrying a province's name is not the province. */
const NOT_PROVINCE_BEFORE = /(?:^|\s)(?:phường|xã|thị trấn|thị xã|đường|phố|quận|huyện|cầu|chợ|sông|núi|hồ|đèo|bến xe|sân bay|khách sạn|trường|báo|đài|Phường|Xã|Thị trấn|Đường|Phố|Quận|Huyện|Báo|Đài|Trường|Cảng|cảng|Chợ|Sân bay)\s*$/u;
const COUNTRY_CUE_BEFORE = /(?:^|\s|\()(?:nước|của|tại|ở|từ|sang|với|phía|người|Chính phủ|Đại sứ quán|Đại sứ|Tổng thống|Hải quân|Nhân dân|bạn|và|cùng|đến|giữa)\s*$/u;
const COUNTRY_FOLLOWERS = new Set('và đã cũng trong tại sang về là có hỗ tài viện với để cho đến thì nhằm đang sẽ vừa tặng trao giúp hợp ký cử phối'.split(' '));

/** Province mentions in one sentence, skipping those inside national institutions' names. */
export function findProvinceMentions(sentence: string, index: number, organisations: OrganisationMention[]): PlaceMention[] {
  const text = normaliseToneMarks(sentence);
  const out: PlaceMention[] = [];
  PROVINCE_PATTERN.lastIndex = 0;
  for (let m = PROVINCE_PATTERN.exec(text); m; m = PROVINCE_PATTERN.exec(text)) {
    const name = PROVINCE_ALIASES.get(m[1]!)!;
    const before = text.slice(0, m.index);
    const end = m.index + m[1]!.length;
    const strongPrefix = STRONG_BEFORE.test(before) || /^(TP|Tp|Thành phố|thành phố)/.test(m[1]!);
    if (NOT_PROVINCE_BEFORE.test(before)) continue;
    const org = organisations.find((o) => m!.index >= o.start && m!.index < o.end);
    if (org) {
      // "Bệnh viện Đại học Y Hà Nội" is not Hà Nội taking part; "Sở Y tế tỉnh Quảng Ninh" is Quảng Ninh.
      if (isNationalInstitution(org.name)) continue;
      out.push({ name, sentence: index, strong: true, via: null });
      continue;
    }
    if (NEEDS_PREFIX.has(m[1]!) && !strongPrefix) continue;
    // "Thái Bình Dương" is the Pacific, not Thái Bình: a capitalised word after the name makes another name.
    const nextWord = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(end))?.[1];
    if (!strongPrefix && nextWord && isCapitalised(nextWord) && !/^[\p{Lu}Đ]{2,}$/u.test(nextWord)) continue;
    const previousWord = /([\p{L}\p{M}]+)\s+$/u.exec(before)?.[1];
    if (!strongPrefix && previousWord && isCapitalised(previousWord) && before.trimEnd().length > previousWord.length) continue;
    // "(Hà Nội)" after a national hospital says where the hospital is, not where the event is.
    const parenthesised = /\(\s*$/.test(before) && /^\s*\)/.test(text.slice(end));
    if (parenthesised) {
      const owner = organisations.find((o) => text.slice(o.end, m!.index).trim() === '(');
      if (owner && isNationalInstitution(owner.name)) continue;
    }
    out.push({ name, sentence: index, strong: strongPrefix, via: null });
  }
  return out;
}

/** Country mentions in one sentence (foreign regions count for their country). */
export function findCountryMentions(sentence: string, index: number, organisations: OrganisationMention[]): PlaceMention[] {
  const text = normaliseToneMarks(sentence);
  const out: PlaceMention[] = [];
  COUNTRY_PATTERN.lastIndex = 0;
  for (let m = COUNTRY_PATTERN.exec(text); m; m = COUNTRY_PATTERN.exec(text)) {
    const written = m[1]!;
    const org = organisations.find((o) => m!.index >= o.start && m!.index < o.end);
    if (org && /Việt/.test(org.name)) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + written.length);
    if (AMBIGUOUS_COUNTRY_NAMES.has(written)) {
      const next = /^\s+([\p{L}\p{M}]+)/u.exec(after)?.[1];
      if (!COUNTRY_CUE_BEFORE.test(before)) continue;
      if (next && (isCapitalised(next) || !COUNTRY_FOLLOWERS.has(next))) continue;
    }
    const country = COUNTRY_NAMES[written] ?? FOREIGN_PLACES[written];
    if (!country) continue;
    out.push({ name: country, sentence: index, strong: false, via: FOREIGN_PLACES[written] ? written : null });
  }
  return out;
}

function isNationalInstitution(name: string): boolean {
  const key = foldVietnamese(name);
  return NATIONAL_INSTITUTIONS.some((n) => key.includes(n));
}

/**
 * The places that matter to the event: named in the lead, written with their
 * administrative word, or named more than once. Ordered by first mention.
 */
export function selectPlaces(mentions: PlaceMention[], leadSentences: number): string[] {
  const byName = new Map<string, { first: number; count: number; lead: boolean; strong: boolean; via: boolean }>();
  for (const m of mentions) {
    const entry = byName.get(m.name) ?? { first: m.sentence, count: 0, lead: false, strong: false, via: false };
    entry.count++;
    entry.lead ||= m.sentence < leadSentences;
    entry.strong ||= m.strong;
    entry.via ||= m.via !== null;
    byName.set(m.name, entry);
  }
  return [...byName.entries()]
    .filter(([, e]) => e.lead || e.strong || e.via || e.count >= 2)
    .sort((a, b) => Number(b[1].lead) - Number(a[1].lead) || a[1].first - b[1].first)
    .map(([name]) => name);
}
