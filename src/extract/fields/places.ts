/**
 * Vietnamese provinces and foreign countries named in an article, told apart
 * from the communes, streets, hospitals and people that share their names.
 */
import { NEEDS_PREFIX, PROVINCE_ALIASES } from '../gazetteer/provinces.ts';
import {
  AMBIGUOUS_COUNTRY_NAMES,
  COUNTRY_NAMES,
  FOREIGN_INSTITUTIONS,
  FOREIGN_PLACES,
  REGIONS_NAMED_AFTER_COUNTRIES,
} from '../gazetteer/foreign.ts';
import {
  BIG_HOSPITAL_WORDS,
  FOREIGN_MISSIONS,
  STATISTIC_SUBJECTS,
  STATISTIC_UNITS,
  COUNTRY_CUES,
  SUBJECT_COUNTRY_VERBS,
  NAMED_AFTER_A_PROVINCE,
  GROUP_PERSON_NOUNS,
  GROUP_WORDS,
  HOME_CUES,
  NAMED_AFTER_COUNTRY,
  NATIONALITY_NOUNS,
  TENSE_WORDS,
} from '../gazetteer/place-context.ts';
import { NATIONAL_INSTITUTIONS } from '../gazetteer/national-institutions.ts';
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
  /** Named only as a national institution's city ("Bệnh viện Trung ương Huế"): kept when no other place is. */
  fallback?: boolean;
  /** Named in a sentence about a later stage: a partner to come, not a party to the event. */
  planned?: boolean;
}

const PROVINCE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${alternation(PROVINCE_ALIASES.keys())})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
/** One scan finds countries, foreign places, the regions named after countries and foreign bodies; longest first. */
const REGIONS = new Set(REGIONS_NAMED_AFTER_COUNTRIES.map(normaliseToneMarks));
const COUNTRY_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${alternation([...Object.keys(COUNTRY_NAMES), ...Object.keys(FOREIGN_PLACES), ...REGIONS_NAMED_AFTER_COUNTRIES, ...Object.keys(FOREIGN_INSTITUTIONS)].map(normaliseToneMarks))})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
const STRONG_BEFORE = /(?:^|\s)(?:tỉnh|thành phố|Tỉnh|Thành phố|TP\.?|Tp\.?)\s*$/u;
/** A commune, street or newspaper carrying a province's name is not the province ("phố Huế" is a street, "thành phố Huế" the city). */
const NOT_PROVINCE_BEFORE = new RegExp(
  `(?:^|\\s)(?<![Tt]hành\\s)(?:${alternation(NAMED_AFTER_A_PROVINCE)})\\s*$`,
  'u',
);
/** Words for a commune or a district, which head a list of their names. */
const LOCAL_KINDS = ['xã', 'phường', 'huyện', 'quận', 'thị trấn', 'thôn'];
const COUNTRY_CUE_BEFORE = new RegExp(`(?:^|\\s|\\()(?:${alternation(COUNTRY_CUES)})\\s*$`, 'u');
/**
 * A list under a plural word for communes or districts ("6 xã: Quảng Thái, Quảng Lĩnh, Quảng Bình", "các
 * huyện Mường Tè, Sìn Hồ và Phong Thổ"): each name of it is of that kind, the ones that share a province's
 * name too. Not an address ("xã Tân Lập, huyện Đan Phượng, Hà Nội"): no count or "các" before the word.
 */
const LISTED_AFTER_LOCAL_KIND = new RegExp(
  `(?:^|\\s)(?:các|những|\\d+)\\s+(?:${alternation(LOCAL_KINDS)})\\s*:?\\s+(?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+[\\p{L}\\p{M}]+){0,3}?(?:\\s*,\\s*(?:và\\s+)?|\\s+và\\s+))+$`,
  'u',
);
/** A person's home or address just before the province ("ngụ tại Q.5, TP.HCM"). */
const HOME_BEFORE = new RegExp(
  `(?:^|[\\s(,])(?:${alternation(HOME_CUES)})\\s+(?:[^;()]{0,40}?,\\s*)?$`,
  'u',
);
/** The big or central hospitals "ở"/"tại" a city (the city may be the second of a pair). */
const BIG_HOSPITALS_AT_BEFORE = new RegExp(
  `(?:bệnh viện|BV)(?:\\s+(?:${alternation(BIG_HOSPITAL_WORDS)}))+[^.;,]{0,25}\\s(?:ở|tại)\\s+(?:[^.;]{1,25}(?:,|\\svà))?\\s*$`,
  'u',
);
/** "TP HCM 9,3%", "Thanh Hóa (245 ca)", "Tại Hà Nội, tỷ lệ…": a statistic counted in the province. */
const STATISTIC_AFTER = new RegExp(
  `^(?:\\s*[(:]?\\s*\\d[\\d.,]*\\s*(?:${alternation(STATISTIC_UNITS)})(?![\\p{L}\\p{M}])|\\s*,\\s*(?:${alternation(STATISTIC_SUBJECTS)})(?![\\p{L}\\p{M}]))`,
  'u',
);
const MEDICAL_UNIVERSITY_BEFORE =
  /(?:^|[\s(])(?:ĐH|Đại học|đại học)\s+(?:[Yy](?:\s+[Dd]ược|\s+khoa)?|[Dd]ược)\s+$/u;
/** A foreign mission's seat: "Tổng Lãnh sự quán Mỹ tại TP.HCM". */
const MISSION_SEAT_BEFORE = new RegExp(
  `(?:${alternation(FOREIGN_MISSIONS)})\\s+[^,.;()]{1,30}?\\s+tại\\s+$`,
  'u',
);
const NAMED_AFTER_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(NAMED_AFTER_COUNTRY)})\\s+$`, 'u');
/** "chuyên gia Pháp", "Việt kiều Mỹ", "5 bác sĩ Bỉ", "các giáo sư của Pháp": people of that nationality. */
const NATIONALITY_BEFORE = new RegExp(
  `(?:(?:^|\\s)(?:${alternation(NATIONALITY_NOUNS)})|(?:\\d+|${alternation(GROUP_WORDS)})\\s+(?:${alternation(GROUP_PERSON_NOUNS)})(?:\\s+của)?)\\s+$`,
  'u',
);
/** An acronym in parentheses next to the name ("Kiểm soát bệnh tật Mỹ (CDC)", "Médecins du Monde (MDM) Pháp"): an organisation's nationality. */
const ACRONYM_AFTER = /^\s*\([A-Z][A-Z0-9&]{1,9}\)/u;
const ACRONYM_BEFORE = /\([A-Z][A-Z0-9&]{1,9}\)\s*$/u;
const UNAMBIGUOUS_COUNTRIES = alternation(
  [...Object.keys(COUNTRY_NAMES).filter((n) => !AMBIGUOUS_COUNTRY_NAMES.has(n)), 'Việt Nam'].map(
    normaliseToneMarks,
  ),
);
/** "Thái Lan, Indonesia, Anh, Mỹ và Việt Nam": a short name listed next to a country is one too. */
const LISTED_AFTER_COUNTRY = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${UNAMBIGUOUS_COUNTRIES})(?:\\s*,\\s*|\\s+và\\s+)$`,
  'u',
);
const LISTED_BEFORE_COUNTRY = new RegExp(
  `^(?:\\s*,\\s*|\\s+và\\s+)(?:${UNAMBIGUOUS_COUNTRIES})(?![\\p{L}\\p{M}])`,
  'u',
);
/** Representatives of countries at the event: "đại diện của nhiều quốc gia đối tác như Australia, Singapore". */
const REPRESENTATIVES_BEFORE = /(?:đại diện|Đại diện|phái đoàn|Phái đoàn)[^.;:()]{0,80}$/u;
/** "Mỹ sẽ tài trợ…" opening a sentence or a clause: the country acts. */
const CLAUSE_START = /(?:^|[,;:]\s*)$/u;
const GIVING_AFTER = new RegExp(
  `^\\s+(?:(?:${alternation(TENSE_WORDS)})\\s+)*(?:${alternation(SUBJECT_COUNTRY_VERBS)})(?![\\p{L}\\p{M}])`,
  'u',
);
/**
 * Words that open a later stage ("Ngoài Nhật Bản, tới đây bệnh viện sẽ hợp tác với các trung tâm ở Úc"): the
 * countries named after them are plans, not parties. "tới đây" counts only opening a clause, since "đoàn
 * chuyên gia Nhật Bản tới đây làm việc" means "came here"; a pledge ("Mỹ sẽ tài trợ …") is the event itself,
 * so "sẽ" alone makes no plan.
 */
const PLANNED =
  /(?:^|[,;:]\s*)tới đây(?![\p{L}\p{M}])|(?:^|[^\p{L}\p{M}])(?:sắp tới|thời gian tới|trong tương lai|có kế hoạch)(?![\p{L}\p{M}])/iu;
/** "Anh" opening a clause is far more often the pronoun "he" than the United Kingdom. */
const PRONOUNS = new Set(['Anh']);
const HOSPITAL_WORDS = alternation(['Bệnh viện', 'bệnh viện', 'BV', 'BVĐK', 'Bệnh viện Đa khoa']);
const FRIENDSHIP_HOSPITAL_BEFORE = new RegExp(
  `(?:${HOSPITAL_WORDS})\\s+(?:[Hh]ữu nghị\\s+)?Việt(?:\\s+Nam)?\\s*[-–]?\\s*$`,
  'u',
);
const HOSPITAL_BEFORE = new RegExp(`(?:${HOSPITAL_WORDS})\\s+$`, 'u');
const VIET_AFTER = /^\s*[-–]?\s*Việt(?![\p{L}\p{M}])/u;
const COUNTRY_FOLLOWERS = new Set(
  'và đã cũng trong tại sang về là có hỗ tài viện với để cho đến thì nhằm đang sẽ vừa tặng trao giúp hợp ký cử phối'.split(
    ' ',
  ),
);

/** Province mentions in one sentence, skipping those inside national institutions' names. */
export function findProvinceMentions(
  sentence: string,
  index: number,
  organisations: OrganisationMention[],
): PlaceMention[] {
  const text = normaliseToneMarks(sentence);
  const out: PlaceMention[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  const add = (start: number, end: number, mention: PlaceMention) => {
    out.push(mention);
    spans.push({ start, end });
  };
  PROVINCE_PATTERN.lastIndex = 0;
  for (let m = PROVINCE_PATTERN.exec(text); m; m = PROVINCE_PATTERN.exec(text)) {
    const name = PROVINCE_ALIASES.get(m[1]!)!;
    const before = text.slice(0, m.index);
    const end = m.index + m[1]!.length;
    const strongPrefix = STRONG_BEFORE.test(before) || /^(TP|Tp|Thành phố|thành phố)/.test(m[1]!);
    if (NOT_PROVINCE_BEFORE.test(before) || LISTED_AFTER_LOCAL_KIND.test(before)) continue;
    // A patient's home or a foreign mission's seat is background, not a place taking part.
    if (HOME_BEFORE.test(before) || MISSION_SEAT_BEFORE.test(before)) continue;
    // "các bệnh viện lớn ở Hà Nội và TP.HCM": where the big hospitals are, said in passing.
    if (BIG_HOSPITALS_AT_BEFORE.test(before) || STATISTIC_AFTER.test(text.slice(end))) continue;
    // "Thái Bình Dương" is the Pacific, "Điện Biên Phủ" a street: a capitalised word after the name makes another name.
    const nextWord = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(end))?.[1];
    const continuesName =
      nextWord !== undefined && isCapitalised(nextWord) && !/^[\p{Lu}Đ]{2,}$/u.test(nextWord);
    // "ĐH Y Hà Nội", "đại học Y dược TP.HCM" written short or lower-case: a national medical university named after its city.
    if (MEDICAL_UNIVERSITY_BEFORE.test(before)) {
      add(m.index, end, { name, sentence: index, strong: true, via: null, fallback: true });
      continue;
    }
    const org = organisations.find((o) => m!.index >= o.start && m!.index < o.end);
    if (org) {
      // "Bệnh viện Đại học Y Hà Nội" is not Hà Nội taking part; "Sở Y tế tỉnh Quảng Ninh" is Quảng Ninh.
      if (continuesName && !strongPrefix) continue;
      // "Bệnh viện Trung ương Huế": a national body's city is where the event is only when no other province is.
      if (isNationalInstitution(org.name))
        add(m.index, end, { name, sentence: index, strong: true, via: null, fallback: true });
      else add(m.index, end, { name, sentence: index, strong: true, via: null });
      continue;
    }
    if (NEEDS_PREFIX.has(m[1]!) && !strongPrefix) continue;
    if (!strongPrefix && continuesName) continue;
    const previousWord = /([\p{L}\p{M}]+)\s+$/u.exec(before)?.[1];
    if (
      !strongPrefix &&
      previousWord &&
      isCapitalised(previousWord) &&
      before.trimEnd().length > previousWord.length
    )
      continue;
    // "Bệnh viện Việt Tiệp (Hải Phòng)", "Bệnh viện Việt Tiệp, Hải Phòng": where the institution is. A
    // national hospital's city is not where the event is; a local institution's is its province taking part.
    const owner = organisations.find(
      (o) => o.end <= m!.index && /^\s*[(,]\s*$/u.test(text.slice(o.end, m!.index)),
    );
    if (owner && isNationalInstitution(owner.name)) {
      if (/\(\s*$/u.test(before)) continue;
    } else if (owner) {
      add(m.index, end, { name, sentence: index, strong: true, via: null });
      continue;
    }
    add(m.index, end, { name, sentence: index, strong: strongPrefix, via: null });
  }
  return listedWithStrong(text, out, spans);
}

/** A comma or "và" between two provinces of one list, either with its administrative word. */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:và\s+)?|và\s+)(?:(?:tỉnh|thành phố|TP\.?)\s*)?$/u;

/**
 * A province listed beside one written with its administrative word is named the same way: "ở Hà Nội,
 * TP HCM và tỉnh Thái Bình", "tại TP.HCM và Hà Nội" list the places of one thing. Strength spreads
 * along the list both ways; a national institution's city (a fallback) neither gives nor takes it.
 */
function listedWithStrong(
  text: string,
  mentions: PlaceMention[],
  spans: ReadonlyArray<{ start: number; end: number }>,
): PlaceMention[] {
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k + 1 < mentions.length; k++) {
      const [a, b] = [mentions[k]!, mentions[k + 1]!];
      if (a.strong === b.strong || a.fallback || b.fallback) continue;
      if (!LIST_SEPARATOR.test(text.slice(spans[k]!.end, spans[k + 1]!.start))) continue;
      a.strong = b.strong = true;
      changed = true;
    }
  }
  return mentions;
}

/** Country mentions in one sentence (foreign regions count for their country). */
export function findCountryMentions(
  sentence: string,
  index: number,
  organisations: OrganisationMention[],
): PlaceMention[] {
  const text = normaliseToneMarks(sentence);
  const out: PlaceMention[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  // Where the sentence turns to what is planned: looked for only in a sentence that names a country.
  let plannedFrom: number | undefined;
  const isPlanned = (at: number) => at > (plannedFrom ??= PLANNED.exec(text)?.index ?? Infinity);
  COUNTRY_PATTERN.lastIndex = 0;
  for (let m = COUNTRY_PATTERN.exec(text); m; m = COUNTRY_PATTERN.exec(text)) {
    const written = m[1]!;
    // "Ấn Độ Dương", "Mỹ Latinh" are an ocean and a region.
    if (REGIONS.has(written)) continue;
    // JICA, Johns Hopkins: a foreign body that stands for its country.
    const institutionCountry = FOREIGN_INSTITUTIONS[written];
    if (institutionCountry) {
      spans.push({ start: m.index, end: m.index + written.length });
      out.push({
        name: institutionCountry,
        sentence: index,
        strong: false,
        via: null,
        planned: isPlanned(m.index),
      });
      continue;
    }
    const org = organisations.find((o) => m!.index >= o.start && m!.index < o.end);
    // "Bệnh viện Hữu nghị Việt Nam - Cuba", "Bệnh viện Việt Pháp" are Vietnamese hospitals.
    if (org && /Việt/.test(org.name)) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + written.length);
    // "viêm não Nhật Bản" is a disease, "tiếng Anh" a language.
    if (NAMED_AFTER_BEFORE.test(before)) continue;
    // "bệnh viện hữu nghị Việt Nam - Cuba", "Bệnh viện Pháp Việt": a Vietnamese friendship hospital.
    if (
      FRIENDSHIP_HOSPITAL_BEFORE.test(before) ||
      (HOSPITAL_BEFORE.test(before) && VIET_AFTER.test(after))
    )
      continue;
    // "chuyên gia Mỹ, Anh", "Mỹ và Pháp": a short name listed right after a country found is one too.
    const listedAfterFound =
      spans.length > 0 &&
      LIST_SEPARATOR.test(text.slice(spans.at(-1)!.end, m.index)) &&
      !/^\s+\p{Lu}/u.test(after);
    if (
      AMBIGUOUS_COUNTRY_NAMES.has(written) &&
      !listedAfterFound &&
      !isCountryInContext(written, before, after)
    )
      continue;
    const country = COUNTRY_NAMES[written] ?? FOREIGN_PLACES[written];
    if (!country) continue;
    spans.push({ start: m.index, end: m.index + written.length });
    out.push({
      name: country,
      sentence: index,
      strong: namesParticipants(before, after),
      via: FOREIGN_PLACES[written] ? written : null,
      planned: isPlanned(m.index),
    });
  }
  // "chuyên gia Mỹ, Anh": a country listed beside one named as a party's is a party's too.
  return listedWithStrong(text, out, spans);
}

/**
 * Whether the country is named as the nationality of people or of a body
 * that takes part ("chuyên gia Pháp", "ORBIS (Mỹ)", "đại diện của Australia,
 * Singapore"), not as a place talked about.
 */
function namesParticipants(before: string, after: string): boolean {
  if (NATIONALITY_BEFORE.test(before) || REPRESENTATIVES_BEFORE.test(before)) return true;
  if (ACRONYM_AFTER.test(after) || ACRONYM_BEFORE.test(before)) return true;
  return /\(\s*$/u.test(before) && /^\s*\)/u.test(after);
}

/**
 * Whether a short name that is also a word or a given name ("Đức", "Anh",
 * "Pháp") is the country here: its nationality is told by the words around it.
 */
function isCountryInContext(written: string, before: string, after: string): boolean {
  const next = /^\s+([\p{L}\p{M}]+)/u.exec(after)?.[1];
  // "Lê Đức Luận", "Anh Tuấn": a capitalised word after it makes a person's name.
  const continuesName = next !== undefined && isCapitalised(next);
  const previousWord = /([\p{L}\p{M}]+)\s+$/u.exec(before)?.[1];
  if (previousWord && isCapitalised(previousWord) && !COUNTRY_CUE_BEFORE.test(before)) return false;
  // "ORBIS (Mỹ)", "(Servier, Pháp)": a nationality in parentheses.
  if (/[(,]\s*$/u.test(before) && /^\s*\)/u.test(after) && /\(\s*$|\([^()]*$/u.test(before))
    return true;
  if (ACRONYM_AFTER.test(after) || ACRONYM_BEFORE.test(before)) return true;
  if (LISTED_AFTER_COUNTRY.test(before) || LISTED_BEFORE_COUNTRY.test(after)) return true;
  if (continuesName) return false;
  if (NATIONALITY_BEFORE.test(before)) return true;
  if (CLAUSE_START.test(before) && GIVING_AFTER.test(after)) return !PRONOUNS.has(written);
  return COUNTRY_CUE_BEFORE.test(before) && (next === undefined || COUNTRY_FOLLOWERS.has(next));
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
  const firm = selectFrom(
    mentions.filter((m) => !m.fallback),
    leadSentences,
  );
  return firm.length
    ? firm
    : selectFrom(
        mentions.filter((m) => m.fallback),
        leadSentences,
      );
}

function selectFrom(mentions: PlaceMention[], leadSentences: number): string[] {
  const byName = new Map<
    string,
    { first: number; count: number; lead: boolean; strong: boolean; via: boolean }
  >();
  for (const m of mentions) {
    const entry = byName.get(m.name) ?? {
      first: m.sentence,
      count: 0,
      lead: false,
      strong: false,
      via: false,
    };
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
