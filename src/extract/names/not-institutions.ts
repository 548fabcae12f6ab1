/**
 * Strings the recogniser reads as institutions that name none (NAMES.md):
 * - a name that opens with a word for an event, a venue, a law or decision,
 *   or an honour ("Hội nghị …", "Triển lãm …", "Luật Dược", "Huân chương Lao
 *   động"; name-openings.ts), or a kind of establishment and a country
 *   only ("phòng khám Trung Quốc");
 * - a head of state's or an envoy's title and a country ("Tổng thống Mỹ"):
 *   the country is named, no institution;
 * - a news outlet cited as the source of what follows ("Theo báo Người Lao
 *   Động, …", "Trao đổi với Tuổi Trẻ, …"); an outlet acting as a party is a
 *   name and stays;
 * - a brand after a word for a product ("sữa Milo");
 * - the bracket of a byline ("Đào Vũ (Tổng hợp)");
 * - a place: written alone ("Nam Mỹ"), or with no head before its country
 *   ("Memphis, Tennessee, Mỹ", "tại Las Vegas (Mỹ)"), or after a word for a
 *   kind of place or in a list opened by one ("4 huyện Chư Sê, Ia Grai");
 * - a name with no head after a word for a programme ("chương trình Mừng
 *   xuân Kỷ Hợi"), a generic field alone ("Quốc tế"), a ship ("tàu bệnh viện
 *   Khánh Hoà", "USNS Mercy");
 * - a head and words for its kind or a level only ("Bệnh viện vệ tinh", "UBND
 *   cấp xã"), the centre of a place ("trung tâm tỉnh Tiền Giang"), a count or
 *   an address opened by "số" ("một số quốc gia", "số 2 Tràng Tiền"), people
 *   of a nationality ("Việt kiều Mỹ").
 * A dropped institution still names the provinces and countries written
 * inside it (nested-places.ts).
 */
import {
  COUNTRY_NAMES,
  FOREIGN_INSTITUTIONS,
  FOREIGN_PLACES,
  REGIONS_NAMED_AFTER_COUNTRIES,
} from '../gazetteer/foreign.ts';
import {
  ENGLISH_INSTITUTION_WORDS,
  ADMINISTRATIVE_LEVELS,
  HEADS_NEEDING_A_FIELD,
  LOWER_CASE_HEADS,
  NOT_BEFORE_BENH_VIEN,
  ORGANISATION_HEADS,
  SHIP_PREFIXES,
} from '../gazetteer/institutions.ts';
import {
  GENERIC_NAME_FIELDS,
  KIND_ABBREVIATIONS,
  KIND_DESCRIPTIONS,
  OUTLET_KINDS,
  PRODUCT_WORDS,
  PROGRAMME_WORDS,
} from '../gazetteer/institution-words.ts';
import { isPlaceName } from '../gazetteer/place-names.ts';
import { NATIONALITY_NOUNS, PLACE_KIND_WORDS } from '../gazetteer/place-context.ts';
import { TITLE_STARTS } from '../gazetteer/titles.ts';
import { SOURCE_CUES } from '../gazetteer/event-verbs.ts';
import { KNOWN_PUBLISHERS } from '../clean/noise.ts';
import { describesByCountry, namesDocumentOrHonour, namesEventOrVenue } from './name-openings.ts';
import { alternation, wordAlternation } from '../../lib/regex.ts';
import type { Mention } from './institution-joins.ts';
import { namesInsideInstitutions } from './nested-places.ts';

export interface NotInstitutionOptions {
  eventOrVenue: boolean;
  byCountry: boolean;
  titleAndCountry: boolean;
  citedOutlet: boolean;
  placeAlone: boolean;
  product: boolean;
  byline: boolean;
  placeBeforeCountry: boolean;
  afterPlaceWord: boolean;
  programme: boolean;
  genericAlone: boolean;
  ship: boolean;
  kindDescription: boolean;
  levelDescription: boolean;
  placeCentre: boolean;
  numberOpening: boolean;
  legalForm: boolean;
  symbolOpening: boolean;
  nationality: boolean;
}

export const ALL_CHECKS: NotInstitutionOptions = {
  eventOrVenue: true,
  byCountry: true,
  titleAndCountry: true,
  citedOutlet: true,
  placeAlone: true,
  product: true,
  byline: true,
  placeBeforeCountry: true,
  afterPlaceWord: true,
  programme: true,
  genericAlone: true,
  ship: true,
  kindDescription: true,
  levelDescription: true,
  placeCentre: true,
  numberOpening: true,
  legalForm: true,
  symbolOpening: true,
  nationality: true,
};

const COUNTRIES: readonly string[] = [...Object.keys(COUNTRY_NAMES), 'Việt Nam'];
const TITLES = TITLE_STARTS.map((t) => t.toLowerCase());

/** A title that states a person's role, then a country only ("Tổng thống Mỹ", "Đại sứ Nhật Bản"). */
export function isTitleAndCountry(name: string): boolean {
  const lower = name.toLowerCase();
  return TITLES.some(
    (t) => lower.startsWith(`${t} `) && COUNTRIES.includes(name.slice(t.length + 1)),
  );
}

const OUTLET_NAMES: ReadonlySet<string> = new Set(
  [...Object.keys(KNOWN_PUBLISHERS), ...Object.values(KNOWN_PUBLISHERS)].map((n) =>
    n.toLowerCase(),
  ),
);
const OUTLET_KIND = new RegExp(
  `^(?:(?:${alternation(OUTLET_KINDS)})\\s+)?(.+?)(?:\\s+online)?$`,
  'iu',
);
const SOURCE_BEFORE = new RegExp(
  `(?:^|[\\s(,:;"“])(?:${alternation(SOURCE_CUES)})(?:\\s+(?:phóng viên|PV))?\\s*:?\\s*$`,
  'iu',
);

/** A known news outlet, with or without the word for its kind ("báo Người Lao Động", "Tuổi Trẻ Online"). */
export function isOutlet(name: string): boolean {
  const bare = OUTLET_KIND.exec(name.trim())?.[1];
  return !!bare && OUTLET_NAMES.has(bare.toLowerCase());
}

/** True where the text before `start` cites a source ("Theo", "trao đổi với phóng viên"). */
export const citesSource = (sentence: string, start: number): boolean =>
  SOURCE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));

/** Places written alone, with Việt Nam's short form ("JICA tại VN"). */
const PLACES: ReadonlySet<string> = new Set([
  ...Object.keys(FOREIGN_PLACES),
  ...REGIONS_NAMED_AFTER_COUNTRIES,
  ...COUNTRIES,
  'VN',
]);

const HEADS = [...ORGANISATION_HEADS, ...KIND_ABBREVIATIONS]
  .filter((h) => !HEADS_NEEDING_A_FIELD.has(h))
  .map((h) => h.toLowerCase());
const ENGLISH_WORDS: ReadonlySet<string> = new Set(ENGLISH_INSTITUTION_WORDS);
/** True where the name holds an institution's head or an English institution word, or is a known foreign body. */
const hasHead = (name: string): boolean => {
  const lower = name.toLowerCase();
  return (
    HEADS.some(
      (h) =>
        lower === h ||
        lower.startsWith(`${h} `) ||
        lower.includes(` ${h} `) ||
        lower.endsWith(` ${h}`),
    ) ||
    name.split(/\s+/).some((w) => ENGLISH_WORDS.has(w)) ||
    Object.hasOwn(FOREIGN_INSTITUTIONS, name)
  );
};

const PRODUCT_BEFORE = new RegExp(
  `(?:^|\\s)(?<!(?:hãng|công ty|tập đoàn)\\s)${wordAlternation(PRODUCT_WORDS)}\\s+$`,
  'iu',
);
/** A brand right after a word for a product ("sữa Milo"), opening with no institution's head; "hãng sữa Anmum" is a company. */
const isProduct = (m: Mention, sentence: string): boolean =>
  PRODUCT_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start)) && !hasHead(m.text);

/** A line that is a byline: one to four capitalised words and a bracket ("Đào Vũ (Tổng hợp)"). */
const BYLINE = /^(?:\p{Lu}[\p{L}.]*\s+){1,4}\(([^()]+)\)\.?$/u;
const inBylineBracket = (m: Mention, sentence: string): boolean => {
  const line = BYLINE.exec(sentence.trim());
  return !!line && sentence.indexOf(`(${m.text})`) >= 0;
};

const COUNTRY_AFTER = new RegExp(
  `^\\s*(?:,\\s*|\\(\\s*)(?:${alternation(COUNTRIES)})(?![\\p{L}\\p{M}])`,
  'u',
);
/** Where a place is named: after "tại", "ở" and the like, or after another place and a comma ("ở Memphis, …"). */
const LOCATIVE_BEFORE =
  /(?:^|\s)(?:tại|ở|đến|tới)\s+(?:\p{Lu}[\p{L}]*\s+)*(?:\p{Lu}[\p{L}]*\s*,\s*)?$/u;
/** A name with no head after "tại", "ở", before its country (", Mỹ", " (Mỹ)"): a place abroad ("ở Memphis, Tennessee, Mỹ"). */
const isPlaceBeforeCountry = (m: Mention, sentence: string): boolean =>
  COUNTRY_AFTER.test(sentence.slice(m.end, m.end + 40)) &&
  LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start)) &&
  !hasHead(m.text);

const PLACE_WORD_BEFORE = new RegExp(
  `${wordAlternation(PLACE_KIND_WORDS)}(?:\\s+\\p{Lu}[\\p{L}]*)*(?:\\s*(?:,|và)(?:\\s+\\p{Lu}[\\p{L}]*)+)*\\s*(?:,|và|\\()?\\s*$`,
  'u',
);
/** A capitalised name with no head right after a word for a kind of place, or in a list opened by one ("4 huyện Chư Sê, Chư Prông, Ia Grai"). */
const isAfterPlaceWord = (m: Mention, sentence: string): boolean =>
  /^\p{Lu}/u.test(m.text) &&
  PLACE_WORD_BEFORE.test(sentence.slice(Math.max(0, m.start - 80), m.start)) &&
  !hasHead(m.text);

const PROGRAMME_BEFORE = new RegExp(`${wordAlternation(PROGRAMME_WORDS)}\\s+$`, 'iu');
/** A name with no head right after a word for a programme ("chương trình Mừng xuân Kỷ Hợi"). */
const isProgramme = (m: Mention, sentence: string): boolean =>
  PROGRAMME_BEFORE.test(sentence.slice(Math.max(0, m.start - 20), m.start)) && !hasHead(m.text);

const GENERIC_FIELDS: ReadonlySet<string> = new Set(GENERIC_NAME_FIELDS);

const SHIP_WORDS = [...NOT_BEFORE_BENH_VIEN];
const SHIP_BEFORE = new RegExp(`${wordAlternation(SHIP_WORDS)}\\s+$`, 'iu');
const SHIP_OPENING = new RegExp(
  `^(?:${wordAlternation(SHIP_WORDS)}|${wordAlternation(SHIP_PREFIXES)}(?=\\s+\\p{Lu}))`,
  'iu',
);
/**
 * A ship: a name opening with "tàu" or a navy's prefix ("USNS Mercy"), or after "tàu" a hospital or a name
 * with no head ("tàu bệnh viện Khánh Hoà"); "tàu Hải quân Nhật Bản" names the navy.
 */
const isShip = (m: Mention, sentence: string): boolean =>
  SHIP_OPENING.test(m.text) ||
  (SHIP_BEFORE.test(sentence.slice(Math.max(0, m.start - 10), m.start)) &&
    (!hasHead(m.text) || /^bệnh viện\s/iu.test(m.text)));

/** A kind of establishment and words for its kind only ("Bệnh viện vệ tinh", "BV tuyến trung ương"). */
const KIND_DESCRIPTION = new RegExp(
  `^(?:${alternation([...LOWER_CASE_HEADS, 'bv'])})(?:\\s+(?:${alternation(KIND_DESCRIPTIONS)}))+$`,
  'iu',
);
/** Bodies of a level of the state, not one of them ("UBND cấp xã"). */
const LEVEL_DESCRIPTION = new RegExp(
  `\\scấp\\s+(?:${alternation(ADMINISTRATIVE_LEVELS)}|xã|phường)$`,
  'iu',
);

/** The centre of a place, in lower case ("trung tâm tỉnh Tiền Giang"): where, not which body. */
const PLACE_CENTRE = new RegExp(`^trung tâm\\s+${wordAlternation(PLACE_KIND_WORDS)}`, 'u');
/** "số" or "nửa", a number or a quantity, opens an address or a count ("số 2 Tràng Tiền", "một số quốc gia"), not a name. */
const NUMBER_OPENING = /^(?:số|nửa)\s/u;
/** A head and the abbreviations of its legal form or kind only ("các công ty TNHH", "một Trường THPT"). */
const LEGAL_FORM_ONLY = new RegExp(
  `^(?:${alternation(HEADS)})(?:\\s+(?:${alternation([...KIND_ABBREVIATIONS, 'cổ phần'])}))+$`,
  'iu',
);

/** People of a nationality ("Việt kiều Mỹ", "chuyên gia Nhật Bản"): a noun for people and a country, no head. */
const NATIONALITY = new RegExp(
  `${wordAlternation(NATIONALITY_NOUNS)}\\s+(?:${alternation(COUNTRIES)})$`,
  'u',
);

/** True for an institution mention that names none (see the file's comment). */
export function namesNoInstitution(
  m: Mention,
  sentence: string,
  options: NotInstitutionOptions = ALL_CHECKS,
): boolean {
  if (m.kind !== 'ORG') return false;
  return (
    (options.eventOrVenue && (namesEventOrVenue(m.text) || namesDocumentOrHonour(m.text))) ||
    (options.byCountry && describesByCountry(m.text)) ||
    (options.titleAndCountry && isTitleAndCountry(m.text)) ||
    (options.citedOutlet && isOutlet(m.text) && citesSource(sentence, m.start)) ||
    (options.placeAlone && (PLACES.has(m.text) || isPlaceName(m.text))) ||
    (options.product && isProduct(m, sentence)) ||
    (options.byline && inBylineBracket(m, sentence)) ||
    (options.placeBeforeCountry && isPlaceBeforeCountry(m, sentence)) ||
    (options.afterPlaceWord && isAfterPlaceWord(m, sentence)) ||
    (options.programme && isProgramme(m, sentence)) ||
    (options.genericAlone && GENERIC_FIELDS.has(m.text.toLowerCase())) ||
    (options.ship && isShip(m, sentence)) ||
    (options.kindDescription && KIND_DESCRIPTION.test(m.text)) ||
    (options.levelDescription && LEVEL_DESCRIPTION.test(m.text)) ||
    (options.placeCentre && PLACE_CENTRE.test(m.text)) ||
    (options.numberOpening && NUMBER_OPENING.test(m.text)) ||
    (options.legalForm && LEGAL_FORM_ONLY.test(m.text)) ||
    (options.symbolOpening && /^[^\p{L}\p{N}]/u.test(m.text)) ||
    (options.nationality && NATIONALITY.test(m.text) && !hasHead(m.text))
  );
}

/** The mentions without the institutions that name none, each replaced by the provinces and countries inside it. */
export function withoutNonInstitutions<M extends Mention>(
  mentions: readonly M[],
  sentences: readonly string[],
  options: NotInstitutionOptions = ALL_CHECKS,
): M[] {
  return mentions
    .map((m) => (options.ship ? withoutShipWord(m) : m))
    .flatMap((m) =>
      namesNoInstitution(m, sentences[m.sentence]!, options) ? namesInsideInstitutions([m]) : [m],
    );
}

const SHIP_WORD_OPENING = new RegExp(`^${wordAlternation(SHIP_WORDS)}\\s+`, 'iu');

/** "tàu Hải quân Nhật Bản" is a ship of the navy: the ship's word before a name with a head, not a hospital, is no part of it. */
function withoutShipWord<M extends Mention>(m: M): M {
  const word = SHIP_WORD_OPENING.exec(m.text)?.[0];
  if (m.kind !== 'ORG' || !word) return m;
  const rest = m.text.slice(word.length);
  if (!hasHead(rest) || /^bệnh viện\s/iu.test(rest)) return m;
  return { ...m, text: rest, start: m.start + word.length };
}
