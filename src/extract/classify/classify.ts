/**
 * Stage 5: does the article report medical cooperation (an agreement, a
 * working visit, a technique transfer, training or expert rotation between
 * institutions, telemedicine, aid or a foreign medical team)? Ordinary health
 * news and non-health news that merely says "hợp tác" are not.
 *
 * Rules, weighted by where the cue stands: the headline and lead say what the
 * article is about; the body only supports.
 */
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_NAMES } from '../gazetteer/foreign.ts';

export interface ClassifierInput {
  headline: string;
  /** The first sentences after the headline. */
  lead: string;
  body: string;
  /** Distinct institutions named in the cleaned text. */
  organisationCount: number;
  /** Foreign countries or places named. */
  foreignPartner: boolean;
  /** International bodies (WHO, JICA…) named. */
  internationalBodies: number;
}

export interface Classification {
  cooperation: boolean;
  score: number;
  /** The cues that decided, for the build report and for tuning. */
  cues: string[];
}

/** International bodies that fund, train or send teams: a party to cooperation by themselves. */
export const INTERNATIONAL_BODIES = /\b(?:WHO|UNICEF|UNFPA|UNAIDS|UNDP|USAID|JICA|KOICA|CDC|GAVI|PATH|ADB|AusAID|EU|Orbis|FHI)\b|Tổ chức Y tế Thế giới|Quỹ Toàn cầu|Ngân hàng Thế giới|World Bank|Liên minh châu Âu|Liên hợp quốc|Quỹ Gates|Quỹ Clinton|Operation Smile|Project HOPE|Fred Hollows|Hội Chữ thập đỏ quốc tế|Bác sĩ không biên giới|Hải quân Hoa Kỳ|Hải quân Mỹ/u;

const COUNTRIES = Object.keys(COUNTRY_NAMES).filter((c) => !AMBIGUOUS_COUNTRY_NAMES.has(c)).concat(['Mỹ', 'Pháp', 'Úc']).join('|');

/** Cue families: each counts once per zone. */
export const COOPERATION_CUES: Record<string, RegExp> = {
  agreement: /ký kết|ký biên bản|biên bản ghi nhớ|bản ghi nhớ|thỏa thuận hợp tác|thoả thuận hợp tác|ký thỏa thuận|ký thoả thuận|\bMOU\b|\bMoU\b|ký hợp tác|lễ ký|hiệp định|ký hợp đồng hợp tác|văn bản hợp tác/iu,
  transfer: /chuyển giao (?:kỹ thuật|công nghệ|gói kỹ thuật|các kỹ thuật)|tiếp nhận (?:chuyển giao|kỹ thuật)|nhận chuyển giao|bệnh viện vệ tinh|đề án 1816|luân phiên (?:cán bộ|bác sĩ)|cầm tay chỉ việc|hỗ trợ chuyên môn|chỉ đạo tuyến|bệnh viện hạt nhân/iu,
  telemedicine: /hội chẩn (?:trực tuyến|từ xa)|(?:khám|chữa|chẩn đoán|điều trị|tư vấn)[^.]{0,20}từ xa|cầu truyền hình|telemedicine|telehealth/iu,
  visit: /đoàn công tác|thăm và làm việc|làm việc với|đoàn đại biểu|tiếp đoàn|chuyến thăm|tiếp và làm việc|đoàn chuyên gia|đoàn y bác sĩ|đoàn bác sĩ|đối tác thái bình dương|pacific partnership/iu,
  aid: /viện trợ|tài trợ|trao tặng|bàn giao (?:trang thiết bị|thiết bị|máy)|hỗ trợ kinh phí|vốn ODA|\bODA\b|nhà tài trợ|quỹ toàn cầu/iu,
  support: /khám(?:,)? (?:chữa bệnh |bệnh |sàng lọc )?(?:và phát thuốc )?miễn phí|phẫu thuật miễn phí|mổ miễn phí|tình nguyện|hỗ trợ điều trị|hỗ trợ (?:về )?chuyên môn|giúp đỡ[^.]{0,30}y tế/iu,
  training: /đào tạo|tập huấn|bồi dưỡng|học bổng|trao đổi (?:chuyên môn|kinh nghiệm|cán bộ|sinh viên)/iu,
  cooperation: /hợp tác|phối hợp với|liên kết|đối tác|giao lưu/iu,
  leadership: /làm [Tt]rưởng [Đđ]oàn|[Tt]rưởng [Đđ]oàn là|(?:^|\s)do [^.]{3,90} dẫn đầu/u,
  healthCooperation: /hợp tác (?:y tế|chuyên môn|toàn diện về y tế|đào tạo|khám,? chữa bệnh|phát triển y tế|hỗ trợ y tế|trong lĩnh vực y tế)/iu,
  partnership: /(?:hợp tác|phối hợp|liên kết|bắt tay)\s+(?:chặt chẽ\s+)?(?:với|giữa|cùng)\s/iu,
  foreign: new RegExp(
    `(?:${COUNTRIES}|${INTERNATIONAL_BODIES.source})\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?(?:sẽ\\s+|đã\\s+)?(?:tài trợ|viện trợ|giúp|hỗ trợ|tặng|trao tặng|cam kết|ký|tập huấn|đào tạo|chuyển giao)(?![\\p{L}\\p{M}])` +
      `|(?:bác sĩ|chuyên gia|y bác sĩ|đoàn|tàu bệnh viện)[^.]{0,25}(?:từ|của|người|nước|Hải quân)\\s+(?:đất nước\\s+)?(?:${COUNTRIES})` +
      '|(?:chuyên gia|bác sĩ|y bác sĩ) nước ngoài',
    'u',
  ),
};

const HEALTH = /bệnh viện|\bBV|y tế|bác sĩ|bác sỹ|khám bệnh|khám chữa|chữa bệnh|điều trị|bệnh nhân|người bệnh|bệnh nhi|phẫu thuật|y khoa|y học|dược phẩm|ngành dược|y dược|vắc ?xin|vaccine|sức khỏe|sức khoẻ|HIV|AIDS|ung thư|bệnh lao|chống lao|sốt rét|dịch bệnh|điều dưỡng|phòng khám|trạm y tế|thầy thuốc|cấp cứu|bệnh tật|dịch tễ|Thalassemia/iu;
const HEALTH_GLOBAL = new RegExp(HEALTH.source, 'giu');
/** Below this many health words in the whole article, it is not health news at all. */
const MIN_HEALTH_WORDS = 2;

/** Headlines and leads about an incident, a crime, a scandal or a product are ordinary news. */
const ORDINARY_NEWS = /tử vong|tử nạn|bị bắt|khởi tố|truy tố|điều tra|vi phạm|sai phạm|hối lộ|ngộ độc|tai nạn|hỏa hoạn|cháy|đình chỉ|kỷ luật|xét xử|lừa đảo|bê bối|tố cáo|hành hung|giảm giá|khuyến mãi|cổ phiếu|niêm yết|bất động sản|nghi vấn|phạt|phân phối|độc quyền|sản phẩm|thương hiệu|tuyển sinh|tinh giản|xuất khẩu lao động|sang làm việc|học ngành|ngành học|chê/iu;
/** Cooperation news names a Vietnamese party; foreign news about a foreign hospital does not. */
const VIETNAMESE_PARTY = /Việt Nam|\bVN\b|nước ta|tỉnh|thành phố|TP\.? ?HCM|TPHCM|Hà Nội|Bộ Y tế|Sở Y tế|Bệnh viện Bạch Mai|Chợ Rẫy|Việt Đức/u;

const ZONE_WEIGHT = { headline: 3, lead: 2, body: 0.5 } as const;
const FAMILY_WEIGHT: Record<string, number> = {
  agreement: 1.5, transfer: 1.5, telemedicine: 1.5, visit: 1, aid: 1, support: 0.8, training: 0.6, cooperation: 0.8, leadership: 1, healthCooperation: 1, partnership: 0.7, foreign: 1.5,
};
/** At this score and above an article reports cooperation: set on labels-dev and the corpus's other/ folder. */
export const COOPERATION_THRESHOLD = 4;

/** Scores an article's cues and decides. */
export function classifyCooperation(input: ClassifierInput): Classification {
  const zones = { headline: input.headline, lead: input.lead, body: input.body } as const;
  let score = 0;
  const cues: string[] = [];
  for (const [zone, text] of Object.entries(zones) as Array<[keyof typeof zones, string]>) {
    for (const [family, pattern] of Object.entries(COOPERATION_CUES)) {
      if (!pattern.test(text)) continue;
      score += ZONE_WEIGHT[zone] * FAMILY_WEIGHT[family]!;
      cues.push(`${family}@${zone}`);
    }
  }
  const opening = `${input.headline}\n${input.lead}`;
  const healthWords = (`${opening}\n${input.body}`.match(HEALTH_GLOBAL) ?? []).length;
  // "hợp tác y tế" is health news by itself.
  if (healthWords < MIN_HEALTH_WORDS && !COOPERATION_CUES.healthCooperation!.test(`${opening}\n${input.body}`)) return { cooperation: false, score: Math.round(score * 100) / 100, cues: [...cues, 'not-health-news'] };
  if (!VIETNAMESE_PARTY.test(`${opening}\n${input.body}`)) return { cooperation: false, score: Math.round(score * 100) / 100, cues: [...cues, 'no-vietnamese-party'] };
  if (!HEALTH.test(opening)) {
    score -= 3;
    cues.push('no-health-in-lead');
  }
  if (ORDINARY_NEWS.test(input.headline)) {
    score -= 3;
    cues.push('ordinary-news-headline');
  }
  const parties = input.organisationCount + input.internationalBodies + (input.foreignPartner ? 1 : 0);
  if (parties < 2) {
    score -= 2;
    cues.push('fewer-than-two-parties');
  }
  return { cooperation: score >= COOPERATION_THRESHOLD, score: Math.round(score * 100) / 100, cues };
}

/** Cheap test on the whole text: an article with no cue at all cannot report cooperation. */
export function mayReportCooperation(text: string): boolean {
  return Object.values(COOPERATION_CUES).some((p) => p.test(text));
}
