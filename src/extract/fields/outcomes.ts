/**
 * Outcomes: numbers that state results or commitments (patients treated,
 * staff trained, experts sent, techniques transferred, money, goods given,
 * rates), each with what it counts. A number without such a unit (a year,
 * "Đề án 1816", an age, beds) is not an outcome, nor is a statistic about a
 * disease, a target, a price or the same money converted to another currency.
 * The units and cue words are in outcome-units.ts.
 */
import {
  COUNT_WORD_STARTS_SOURCE,
  COUNT_WORDS_SOURCE,
  NUMBER_SOURCE,
  isArticleOne,
  parseCountWords,
  parseVietnameseNumber,
  scaleOf,
} from './numbers.ts';
import {
  CAPACITY_CUES,
  CARE_VERBS,
  CASE_UNITS,
  COST_CUES,
  CURRENCIES,
  DISEASE_CUES,
  DONOR_VERBS,
  NEED_CUES,
  GIVING_VERBS,
  MIN_FUNDING,
  NOT_FUNDING_CUES,
  NOT_YET_WORDS,
  PURPOSE_WORDS,
  OUTCOME_UNITS,
  PROJECT_MONEY_CUES,
  QUALIFIERS,
  SENT_VERBS,
  RATE_PLAN_CUES,
  RATE_RESULT_AFTER_CUES,
  RATE_RESULT_CUES,
  STANDING_CUES,
  STUDY_CUES,
  TEAM_LINKS,
  TEAM_WORDS,
  TARGET_CUES,
  TRAINED_VERBS,
  USUAL_CUES,
  WORTH_CUES,
  type UnitKind,
} from './outcome-units.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import type { OutcomeKind, Qualifier } from '../../lib/schema.ts';
import { alternation, wordAlternation } from '../../lib/regex.ts';

export interface OutcomeMention {
  kind: OutcomeKind;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  unit: string;
  period: string | null;
  text: string;
}

const UNITS: ReadonlyArray<readonly [string, UnitKind]> = [
  ...OUTCOME_UNITS,
  ...CURRENCIES.map((c) => [c, 'funding'] as const),
];
const UNIT_KIND = new Map(UNITS);
const QUALIFIER_KIND = new Map(QUALIFIERS);

const NUMBER = `${NUMBER_SOURCE}|${COUNT_WORDS_SOURCE}`;
/**
 * Where a figure may start: a digit or a count word. Scanning for these
 * (case-sensitive, no look-around: measured the fastest) and trying the full
 * pattern only there is cheaper than letting the full pattern, optional
 * qualifier first, try every position of every sentence.
 */
const FIGURE_START = new RegExp(`\\d|${COUNT_WORD_STARTS_SOURCE}`, 'g');
/** A figure and its unit, tried where FIGURE_START found one (sticky). */
const FIGURE = new RegExp(
  `(?<![\\d.,/\\p{L}\\p{M}-])(${NUMBER})` +
    // A range: "150-200 ca", "từ 10 đến 15 người".
    `(?:\\s*(?:-|–|\\s(?:đến|tới)\\s)\\s*(${NUMBER}))?` +
    `(?![\\d/])\\s*(nghìn|ngàn|triệu|tỷ|tỉ)?\\s*(${alternation(UNITS.map(([u]) => u))})(?![\\p{L}\\p{M}])`,
  'yiu',
);
/** The qualifier right before a figure ("hơn 8.000", "khoảng 15"). */
const QUALIFIER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${alternation(QUALIFIERS.map(([q]) => q))})\\s+$`,
  'iu',
);
const PERIOD_AFTER =
  /^[^.;]{0,12}?\(\s*(?:năm\s+)?((?:19|20)\d{2})\s*\)|^\s*(?:năm|trong năm)\s+((?:19|20)\d{2})/u;

/** Words as whole words (not inside another word), case-insensitive. */
const anyWord = (list: readonly string[]) => new RegExp(wordAlternation(list), 'iu');
const CARE = anyWord(CARE_VERBS);
const DISEASE = anyWord(DISEASE_CUES);
const STANDING = anyWord(STANDING_CUES);
const TARGET = anyWord(TARGET_CUES);
/** "Thông thường, …", "…, thông thường họ …": a usual practice opening a clause (not "bệnh thông thường"). */
const USUALLY = new RegExp(
  `(?:^|[,;:(]|\\s(?:thì|mà|và|nhưng))\\s*(?:${alternation(USUAL_CUES)})(?![\\p{L}\\p{M}])`,
  'iu',
);
const SENT = anyWord(SENT_VERBS);
const TRAINED = anyWord(TRAINED_VERBS);
const GIVING = anyWord(GIVING_VERBS);
const WORTH = anyWord(WORTH_CUES);
const STUDY = anyWord(STUDY_CUES);
const RATE_PLAN = anyWord(RATE_PLAN_CUES);
const DONOR = anyWord(DONOR_VERBS);
const PROJECT_MONEY = anyWord(PROJECT_MONEY_CUES);
const COST = anyWord(COST_CUES);
/**
 * A rate moved or what care achieved, said in the figure's own clause. Case-sensitive, so that a name
 * ("Tăng Chí Thượng") is not "tăng"; the clause's first letter is lowered before the test.
 */
const RATE_RESULT = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(RATE_RESULT_CUES)})(?![\\p{L}\\p{M}])`,
  'u',
);
const RATE_RESULT_AFTER = new RegExp(
  `^[^,;:.]{0,40}?(?<![\\p{L}\\p{M}])(?:${alternation(RATE_RESULT_AFTER_CUES)})(?![\\p{L}\\p{M}])`,
  'iu',
);
/**
 * The rest of a clause up to the figure: no clause mark, though a number's own comma or point is no
 * break ("doanh thu … tăng từ 1,8 tỷ lên 2,7 tỷ USD" is one clause).
 */
const REST_OF_CLAUSE = '(?:[^,;:.()]|(?<=\\d)[.,](?=\\d))*$';
/** Standing words in the clause of a sum: "ngân sách 20 tỷ USD hàng năm", "doanh thu trên toàn thế giới". */
const STANDING_CLAUSE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(STANDING_CUES)})(?![\\p{L}\\p{M}])${REST_OF_CLAUSE}`,
  'iu',
);
/** Money for a purpose: "25 triệu USD cho phòng chống AIDS", "57 triệu đồng để phẫu thuật". */
const FOR_PURPOSE_AFTER = new RegExp(`^\\s*(?:${alternation(PURPOSE_WORDS)})\\s`, 'u');
/** "trị giá" and "giá trị" hold "giá" (price): blanked before the price test. */
const WORTH_PHRASE = new RegExp(alternation(WORTH_CUES), 'giu');
/**
 * Passive care after the people counted: "1.200 bệnh nhân nghèo sẽ được phẫu thuật", "50 bệnh nhân mắc
 * lao sẽ được điều trị" (a commitment of care whatever the disease); not those who "cần được khám".
 */
const CARE_AFTER = new RegExp(
  `^(?:\\s+[^\\s.;:!?,]+){0,8}?\\s+(?:(?:đã|sẽ|đều|cũng)\\s+)*(?<!(?:${alternation(NOT_YET_WORDS)})\\s+)được\\s+(?:${alternation(CARE_VERBS)})(?![\\p{L}\\p{M}])`,
  'iu',
);
/** A care verb right before the people counted, or two words before: "khám 500 người", "điều trị HIV/AIDS 1.500 người". */
const CARE_DIRECT = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(CARE_VERBS)})(?:\\s+[^\\s,;:.]+){0,2}\\s*$`,
  'iu',
);
/** A sentence about each item ("Mỗi suất quà gồm … trị giá 300.000 đồng") gives per-item sums, not totals. */
const EACH_ITEM_SENTENCE = /^\s*(?:trung bình\s+)?mỗi\s/iu;
/** Staff counted as what a team is made of: "ê kíp gồm hơn 50 giáo sư", "đoàn công tác gồm 12 bác sĩ". */
const TEAM_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(TEAM_WORDS)})(?![\\p{L}\\p{M}])[^,;.:]{0,40}?\\s(?:${alternation(TEAM_LINKS)})\\s*$`,
  'iu',
);
/** A count right after a sum is what the sum is per: "80 triệu đồng 1 ca". */
const CURRENCY_BEFORE = new RegExp(`(?:${alternation(CURRENCIES)})\\s*$`, 'iu');
const CAPACITY = anyWord(CAPACITY_CUES);
const CASE_UNIT = new Set(CASE_UNITS);
/** A need in the clause before the goods ("cần xây dựng", "còn thiếu"). */
const NEED_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(NEED_CUES)})(?![\\p{L}\\p{M}])${REST_OF_CLAUSE}`,
  'iu',
);
/** A need right after the goods: "3.600 trạm y tế cần xây dựng mới". */
const NEED_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}\\p{M}]+){0,2}?\\s+(?:${alternation(NEED_CUES)})(?![\\p{L}\\p{M}])`,
  'iu',
);
/** "cùng hai trường hợp khác": more patients given the same care as the one just named. */
const OTHERS_AFTER = /^\s+khác(?![\p{L}\p{M}])/iu;
/** Kinds a count in words may state: "hai người" in a story is narrative, "ba bệnh nhân" a count. */
const WORD_COUNT_KINDS = new Set<OutcomeKind>([
  'patients',
  'surgeries',
  'procedures',
  'consultations',
  'experts-sent',
  'staff-trained',
  'techniques',
  'other',
]);
/** "một" is a count only of care given: "phẫu thuật cho một bệnh nhân". */
const ONE_KINDS = new Set<OutcomeKind>(['patients', 'surgeries', 'procedures', 'consultations']);
/** A price or a need in the clause before the money ("mỗi ca … khoảng", "cần", "phải trả"). */
const NOT_FUNDING_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(NOT_FUNDING_CUES)})(?![\\p{L}\\p{M}])${REST_OF_CLAUSE}`,
  'iu',
);
/** The number is what a care verb was given to: "phẫu thuật cho 15 trẻ sơ sinh mắc bệnh tim" is a result whatever the disease. */
const CARED_FOR = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(CARE_VERBS)})(?![\\p{L}\\p{M}])[^.;:!?]{0,60}?\\s(?:cho|giúp)\\s+$`,
  'iu',
);
/** Per-unit figures ("2 triệu đồng/ca", "5 bệnh nhân/ngày", "300.000 đồng một lần") are prices and paces, not totals. */
const PER_UNIT_AFTER =
  /^\s*(?:\/\s*(\p{L}*)|(?:mỗi|một)\s+(ca|lần|người|ngày|tháng|năm|bệnh nhân|liều)(?![\p{L}\p{M}]))/iu;
/** Money in brackets right after money is the same sum converted: "15 triệu CAD (tương đương 12,8 triệu USD)". */
const CONVERSION_BEFORE = new RegExp(
  `(?:${alternation(CURRENCIES)})\\s*\\(\\s*(?:tương đương|khoảng|gần|hơn|trên|tức|~)?\\s*(?:với\\s+)?$`,
  'iu',
);
/** Staff followed by a foreign origin came from abroad: "5 bác sĩ Bỉ", "6 chuyên gia đến từ ĐH Toulouse". */
const FOREIGN_AFTER = new RegExp(
  `^(?:\\s+[\\p{Ll}\\p{M}]+){0,3}?\\s+(?:đến từ|(?:người\\s+)?(?:${alternation(Object.keys(COUNTRY_NAMES))})(?![\\p{L}\\p{M}])|nước ngoài|quốc tế)`,
  'u',
);
/** "thứ hai" is second, not two. */
const ORDINAL_BEFORE = /(?<![\p{L}\p{M}])thứ\s*$/iu;

/** The outcomes stated in one sentence. */
export function findOutcomes(sentence: string): OutcomeMention[] {
  const out: OutcomeMention[] = [];
  FIGURE_START.lastIndex = 0;
  for (let start = FIGURE_START.exec(sentence); start; start = FIGURE_START.exec(sentence)) {
    FIGURE.lastIndex = start.index;
    const m = FIGURE.exec(sentence);
    if (!m) continue;
    FIGURE_START.lastIndex = m.index + m[0].length;
    const [whole, first, second, scaleWord, unitWritten] = m;
    const unitKind = UNIT_KIND.get(unitWritten!) ?? UNIT_KIND.get(unitWritten!.toLowerCase());
    if (!unitKind) continue;
    const qualifier = QUALIFIER_BEFORE.exec(sentence.slice(Math.max(0, m.index - 20), m.index));
    const qualifierWord = qualifier?.[1];
    // The words before the figure, without its qualifier: "phẫu thuật cho | hơn 100 bệnh nhân".
    const beforeEnd = m.index - (qualifier ? qualifier[0].length : 0);
    const before = sentence.slice(Math.max(0, beforeEnd - 80), beforeEnd);
    const sentenceBefore = sentence.slice(0, beforeEnd);
    const after = sentence.slice(m.index + whole.length);
    const integerExpected = unitKind !== 'rate' && unitKind !== 'funding';
    const value = readNumber(first!, integerExpected);
    if (value === null) continue;
    // "200.000 ngàn" repeats the thousand: the number is already written out.
    const scale =
      /^(nghìn|ngàn)$/i.test(scaleWord ?? '') && /\.\d{3}/.test(first!) ? 1 : scaleOf(scaleWord);
    const valueMax = second ? readNumber(second, integerExpected) : null;
    const kind = resolveKind(unitKind, before.slice(-40), after, sentence, before);
    if (!kind) continue;
    if (parseCountWords(first!) !== null) {
      if (!WORD_COUNT_KINDS.has(kind) || ORDINAL_BEFORE.test(before)) continue;
      // "một bệnh nhân" is "a patient" unless it is whom care was given to ("phẫu thuật cho một bệnh nhân").
      if (isArticleOne(first!) && !second && !(ONE_KINDS.has(kind) && CARED_FOR.test(before)))
        continue;
    }
    if (
      CASE_UNIT.has(unitWritten!.toLowerCase()) &&
      !CARED_FOR.test(before) &&
      !(OTHERS_AFTER.test(after) && CARE.test(sentence))
    )
      continue;
    if (isYear(first!, scaleWord, unitKind)) continue;
    if (value === 1 && !second && CURRENCY_BEFORE.test(before)) continue;
    const perUnit = PER_UNIT_AFTER.exec(after);
    // Money given each year is a commitment ("tài trợ 2,5 triệu USD/năm"); other per-unit figures are prices.
    if (
      perUnit &&
      !(
        kind === 'funding' &&
        (perUnit[1] ?? perUnit[2])?.toLowerCase() === 'năm' &&
        GIVING.test(sentence)
      )
    )
      continue;
    if (!isResult(kind, value * scale, { before, sentenceBefore, after, sentence })) continue;
    const period = PERIOD_AFTER.exec(after);
    const mention: OutcomeMention = {
      kind,
      value: value * scale,
      valueMax: valueMax === null ? null : valueMax * scale,
      qualifier: qualifierWord
        ? (QUALIFIER_KIND.get(qualifierWord.toLowerCase()) ?? 'exact')
        : valueMax !== null
          ? 'about'
          : 'exact',
      // The scale word is already in the value: "200 tỷ đồng" is 2e11 đồng.
      unit: unitWritten!,
      period: period ? (period[1] ?? period[2] ?? null) : null,
      text: sentence,
    };
    out.push(mention);
    // Both ends of a range are figures the text states: "150-200 ca" is at least 150 and up to 200.
    if (mention.valueMax !== null && mention.valueMax > mention.value) {
      out.push({ ...mention, value: mention.valueMax, valueMax: null, qualifier: 'up-to' });
    }
  }
  return out;
}

function readNumber(text: string, integerExpected: boolean): number | null {
  return parseVietnameseNumber(text, integerExpected) ?? parseCountWords(text);
}

interface FigureContext {
  /** Up to 80 characters before the figure (its qualifier left out). */
  before: string;
  /** The sentence up to the figure (its qualifier left out). */
  sentenceBefore: string;
  after: string;
  sentence: string;
}

/**
 * The words just before a rate, back to the last comma, semicolon or colon. A decimal comma ends them
 * too ("giảm từ 4,5% xuống còn 3,5%" gives "5% xuống còn"): a rate's verb stands next to it, and read
 * up to the clause's start a study's "tăng từ 0,84% tới 2,15%" would count (measured on the corpus:
 * 6 statistics taken, none gained).
 */
const clauseOf = (text: string) =>
  text.slice(Math.max(...[',', ';', ':'].map((c) => text.lastIndexOf(c))) + 1);

/** Whether a figure of this kind, in this sentence, is a result or commitment of the cooperation. */
function isResult(kind: OutcomeKind, value: number, context: FigureContext): boolean {
  const { before, sentenceBefore, after, sentence } = context;
  // A sum that "có thể lên đến" is still a ceiling committed; people and rates that could be reached are not results.
  if (kind !== 'funding' && CAPACITY.test(sentence)) return false;
  // Money a donor gives each year is still given; any other standing figure is not this event's.
  if (kind !== 'funding' && (STANDING.test(sentence) || USUALLY.test(sentenceBefore))) return false;
  // Money set as a target is still committed; people and rates aimed at are not results.
  if (kind !== 'funding' && TARGET.test(sentence)) return false;
  switch (kind) {
    case 'patients':
    case 'consultations':
      if (CARED_FOR.test(before) || CARE_AFTER.test(after)) return true;
      return CARE.test(sentence) && !DISEASE.test(sentence) && !STUDY.test(sentence);
    // "người" is anyone: people are reached only when the care is said of them, not anywhere in the
    // sentence, and a study's subjects ("nghiên cứu trên 900 người") are not reached.
    case 'people-reached':
      if (STUDY.test(sentence)) return false;
      return CARED_FOR.test(before) || CARE_AFTER.test(after) || CARE_DIRECT.test(before);
    case 'rate': {
      if (RATE_PLAN.test(sentence) || STUDY.test(sentence)) return false;
      const clause = clauseOf(sentenceBefore).trimStart();
      return (
        RATE_RESULT.test(clause.charAt(0).toLowerCase() + clause.slice(1)) ||
        RATE_RESULT_AFTER.test(after)
      );
    }
    case 'funding':
      return isFunding(value, context);
    case 'other':
      return GIVING.test(sentence) && !NEED_BEFORE.test(before) && !NEED_AFTER.test(after);
    default:
      return true;
  }
}

/**
 * Money given or committed by a party, or what a project or gift is worth; not a price or a cost
 * (unless a donor pays it), a need, a salary, the state's own budget, a yearly or world-wide figure,
 * or the same sum converted.
 */
function isFunding(value: number, { before, sentenceBefore, after, sentence }: FigureContext) {
  if (value < MIN_FUNDING) return false;
  if (CONVERSION_BEFORE.test(before) || EACH_ITEM_SENTENCE.test(sentence)) return false;
  const unworthed = sentenceBefore.replace(WORTH_PHRASE, (w) => '_'.repeat(w.length));
  if (NOT_FUNDING_BEFORE.test(unworthed) || STANDING_CLAUSE.test(sentenceBefore)) return false;
  if (COST.test(sentence) && !DONOR.test(sentence)) return false;
  return (
    DONOR.test(sentence) ||
    PROJECT_MONEY.test(sentence) ||
    WORTH.test(sentence) ||
    FOR_PURPOSE_AFTER.test(after)
  );
}

/** Staff are trained or sent depending on the verb; the words just before the number decide first, then a foreign origin after it. */
function resolveKind(
  unit: UnitKind,
  before: string,
  after: string,
  sentence: string,
  wideBefore: string,
): OutcomeKind | null {
  if (unit === 'patients' && /hội chẩn/iu.test(before)) return 'consultations';
  if (unit === 'goods') return 'other';
  // Students are trained, or are patients when care is given to them ("điều trị cho 50 học viên").
  if (unit === 'trainee') {
    if (CARED_FOR.test(wideBefore)) return 'people-reached';
    return TRAINED.test(sentence) ? 'staff-trained' : null;
  }
  if (unit !== 'staff') return unit;
  if (SENT.test(before)) return 'experts-sent';
  if (TRAINED.test(before)) return 'staff-trained';
  if (TEAM_BEFORE.test(wideBefore)) return 'experts-sent';
  if (FOREIGN_AFTER.test(after)) return 'experts-sent';
  if (SENT.test(sentence)) return 'experts-sent';
  if (TRAINED.test(sentence)) return 'staff-trained';
  return null;
}

function isYear(number: string, scaleWord: string | undefined, unit: UnitKind): boolean {
  return !scaleWord && unit !== 'rate' && unit !== 'funding' && /^(19|20)\d{2}$/.test(number);
}
