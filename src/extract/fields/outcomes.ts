/**
 * Outcomes: numbers that state results or commitments (patients treated,
 * staff trained, experts sent, techniques transferred, money, rates), each
 * with what it counts. A number without such a unit (a year, "Đề án 1816",
 * an age, beds) is not an outcome.
 */
import { NUMBER_SOURCE, parseVietnameseNumber, scaleOf } from './numbers.ts';
import type { OutcomeKind, Qualifier } from '../../lib/schema.ts';
import { alternation } from '../../lib/regex.ts';

export interface OutcomeMention {
  kind: OutcomeKind;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  unit: string;
  period: string | null;
  text: string;
}

type UnitKind = OutcomeKind | 'staff';

/** Unit phrases and what they count; `staff` is decided by the verb (trained or sent). */
const UNITS: Array<[string, UnitKind]> = [
  ['%', 'rate'],
  ['ca phẫu thuật', 'surgeries'], ['ca mổ', 'surgeries'], ['cuộc phẫu thuật', 'surgeries'], ['ca ghép', 'surgeries'],
  ['ca can thiệp', 'procedures'], ['thủ thuật', 'procedures'], ['ca thủ thuật', 'procedures'], ['lượt xét nghiệm', 'procedures'],
  ['mẫu xét nghiệm', 'procedures'], ['ca sinh', 'procedures'],
  ['ca hội chẩn', 'consultations'], ['cuộc hội chẩn', 'consultations'], ['lượt khám chữa bệnh', 'consultations'],
  ['lượt khám bệnh', 'consultations'], ['lượt khám', 'consultations'], ['ca khám', 'consultations'], ['lượt điều trị', 'consultations'],
  ['bệnh nhân', 'patients'], ['bệnh nhi', 'patients'], ['người bệnh', 'patients'], ['ca bệnh', 'patients'], ['trẻ em', 'patients'],
  ['trẻ', 'patients'], ['sản phụ', 'patients'], ['ca', 'patients'], ['lượt bệnh nhân', 'consultations'], ['lượt người bệnh', 'consultations'],
  ['chuyên gia', 'experts-sent'], ['đoàn chuyên gia', 'experts-sent'], ['lượt chuyên gia', 'experts-sent'],
  ['cán bộ y tế', 'staff'], ['cán bộ', 'staff'], ['nhân viên y tế', 'staff'], ['nhân viên', 'staff'], ['y bác sĩ', 'staff'],
  ['y, bác sĩ', 'staff'], ['bác sĩ', 'staff'], ['bác sỹ', 'staff'], ['điều dưỡng', 'staff'], ['học viên', 'staff-trained'],
  ['kỹ thuật viên', 'staff'], ['thầy thuốc', 'staff'], ['dược sĩ', 'staff'], ['nữ hộ sinh', 'staff'], ['lượt cán bộ', 'staff'],
  ['sinh viên', 'staff-trained'], ['lớp tập huấn', 'staff-trained'], ['khóa đào tạo', 'staff-trained'], ['lớp đào tạo', 'staff-trained'],
  ['gói kỹ thuật', 'techniques'], ['dịch vụ kỹ thuật', 'techniques'], ['quy trình kỹ thuật', 'techniques'], ['kỹ thuật', 'techniques'],
  ['người dân', 'people-reached'], ['lượt người', 'people-reached'], ['người', 'people-reached'], ['hộ gia đình', 'people-reached'],
  ['học sinh', 'people-reached'], ['đối tượng', 'people-reached'], ['người cao tuổi', 'people-reached'],
  ['đồng', 'funding'], ['VNĐ', 'funding'], ['VND', 'funding'], ['USD', 'funding'], ['đô la Mỹ', 'funding'], ['đô la', 'funding'],
  ['Euro', 'funding'], ['euro', 'funding'], ['EUR', 'funding'], ['yên', 'funding'], ['nhân dân tệ', 'funding'], ['NDT', 'funding'],
  ['suất quà', 'other'], ['phần quà', 'other'], ['xe cứu thương', 'other'], ['liều vắc xin', 'other'], ['tấn', 'other'],
];

const QUALIFIERS: Array<[string, Qualifier]> = [
  ['lên tới', 'up-to'], ['lên đến', 'up-to'], ['tối đa', 'up-to'], ['tới', 'up-to'], ['đến', 'up-to'],
  ['ít nhất', 'more-than'], ['hơn', 'more-than'], ['trên', 'more-than'], ['ngoài', 'more-than'],
  ['chưa đến', 'less-than'], ['chưa tới', 'less-than'], ['gần', 'less-than'], ['dưới', 'less-than'], ['ngót', 'less-than'],
  ['khoảng', 'about'], ['chừng', 'about'], ['xấp xỉ', 'about'], ['ước tính', 'about'], ['ước', 'about'], ['hàng', 'about'],
];

const UNIT_KIND = new Map(UNITS);
const QUALIFIER_KIND = new Map(QUALIFIERS);

const OUTCOME_PATTERN = new RegExp(
  `(?:(${alternation(QUALIFIERS.map(([q]) => q))})\\s+)?(?<![\\d.,/\\p{L}-])(${NUMBER_SOURCE})(?:\\s*(?:-|–)\\s*(${NUMBER_SOURCE}))?` +
    `(?![\\d/])\\s*(nghìn|ngàn|triệu|tỷ|tỉ)?\\s*(${alternation(UNITS.map(([u]) => u))})(?![\\p{L}\\p{M}])`,
  'giu',
);
const PERIOD_AFTER = /^[^.;]{0,12}?\(\s*(?:năm\s+)?((?:19|20)\d{2})\s*\)|^\s*(?:năm|trong năm)\s+((?:19|20)\d{2})/u;

/** Verbs that make a count of people a result of the cooperation, not a statistic. */
const ACTION = /khám|điều trị|phẫu thuật|hỗ trợ|tiếp cận|cấp|tặng|trao|đào tạo|tập huấn|chuyển giao|thực hiện|triển khai|cử|tiếp nhận|hội chẩn|giúp|mổ|tư vấn|sàng lọc|tiêm|miễn phí|cứu|can thiệp|ghép|phục hồi|hưởng lợi|bồi dưỡng|chăm sóc|luân phiên|tăng cường/iu;
const STATISTIC = /mắc|tử vong|chết|dân số|theo thống kê|trên thế giới|toàn cầu|hiện có|mỗi năm|hằng năm|hàng năm|nguy cơ|bị nhiễm|nhiễm bệnh|thiếu/iu;
const TRAINED = /đào tạo|tập huấn|bồi dưỡng|học tập|chuyển giao kỹ thuật cho|cấp chứng chỉ|tốt nghiệp/iu;
const SENT = /(?<!\p{L})(?:cử|luân phiên|tăng cường|biệt phái|sang|đến hỗ trợ|về hỗ trợ|xuống)(?!\p{L})/iu;

/** The outcomes stated in one sentence. */
export function findOutcomes(sentence: string): OutcomeMention[] {
  const out: OutcomeMention[] = [];
  OUTCOME_PATTERN.lastIndex = 0;
  for (let m = OUTCOME_PATTERN.exec(sentence); m; m = OUTCOME_PATTERN.exec(sentence)) {
    const [, qualifierWord, first, second, scaleWord, unitWritten] = m;
    const unitKind = UNIT_KIND.get(unitWritten!) ?? UNIT_KIND.get(unitWritten!.toLowerCase());
    if (!unitKind) continue;
    const integerExpected = unitKind !== 'rate' && unitKind !== 'funding';
    // "200.000 ngàn" repeats the thousand: the number is already written out.
    const scale = /^(nghìn|ngàn)$/i.test(scaleWord ?? '') && /\.\d{3}/.test(first!) ? 1 : scaleOf(scaleWord);
    const value = parseVietnameseNumber(first!, integerExpected);
    if (value === null) continue;
    const valueMax = second ? parseVietnameseNumber(second, integerExpected) : null;
    const kind = resolveKind(unitKind, sentence.slice(Math.max(0, m.index - 40), m.index), sentence);
    if (!kind) continue;
    if (kind === 'funding' && scale === 1 && value < 1000) continue; // "2 đồng" is not funding news
    if (isYear(first!, scaleWord, unitKind)) continue;
    if ((kind === 'patients' || kind === 'people-reached' || kind === 'consultations') && (STATISTIC.test(sentence) || !ACTION.test(sentence))) continue;
    const period = PERIOD_AFTER.exec(sentence.slice(m.index + m[0].length));
    out.push({
      kind,
      value: value * scale,
      valueMax: valueMax === null ? null : valueMax * scale,
      qualifier: qualifierWord ? (QUALIFIER_KIND.get(qualifierWord.toLowerCase()) ?? 'exact') : valueMax !== null ? 'about' : 'exact',
      // The scale word is already in the value: "200 tỷ đồng" is 2e11 đồng.
      unit: unitWritten!,
      period: period ? (period[1] ?? period[2] ?? null) : null,
      text: sentence,
    });
  }
  return out;
}

/** Staff are trained or sent depending on the verb; the words just before the number decide first. */
function resolveKind(unit: UnitKind, before: string, sentence: string): OutcomeKind | null {
  if (unit === 'patients' && /hội chẩn/iu.test(before)) return 'consultations';
  if (unit !== 'staff') return unit;
  for (const text of [before, sentence]) {
    if (SENT.test(text)) return 'experts-sent';
    if (TRAINED.test(text)) return 'staff-trained';
  }
  return null;
}

function isYear(number: string, scaleWord: string | undefined, unit: UnitKind): boolean {
  return !scaleWord && unit !== 'rate' && unit !== 'funding' && /^(19|20)\d{2}$/.test(number);
}
