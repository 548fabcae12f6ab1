/**
 * The cue table: families of words that report cooperation, each with the
 * event type it points to (null when it says "cooperation" without saying
 * what kind). The classifier learns a weight for each family in each zone;
 * the type decision scores the families that name a type. One table, so a
 * cue added here reaches both.
 */
import type { EventType } from '../../lib/schema.ts';
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_NAMES } from '../gazetteer/foreign.ts';

export interface CueFamily {
  name: string;
  pattern: RegExp;
  /** The event type the family reports, or null. */
  type: EventType | null;
}

/** International bodies that fund, train or send teams: a party to cooperation by themselves. */
export const INTERNATIONAL_BODIES =
  /\b(?:WHO|UNICEF|UNFPA|UNAIDS|UNDP|USAID|JICA|KOICA|CDC|GAVI|PATH|ADB|AusAID|EU|Orbis|FHI)\b|Tổ chức Y tế Thế giới|Quỹ Toàn cầu|Ngân hàng Thế giới|World Bank|Liên minh châu Âu|Liên hợp quốc|Quỹ Gates|Quỹ Clinton|Operation Smile|Project HOPE|Fred Hollows|Hội Chữ thập đỏ quốc tế|Bác sĩ không biên giới|Hải quân Hoa Kỳ|Hải quân Mỹ/u;

/**
 * A party named by its role rather than its name: cooperation news often gives the other side as the level of
 * the health network it belongs to ("chuyển giao kỹ thuật cho tuyến dưới", "các bệnh viện tuyến tỉnh"), as
 * foreign partners or experts in general ("các đối tác nước ngoài", "chuyên gia quốc tế"), or as donors and
 * organisations of no name ("các tổ chức trong và ngoài nước"). The party finder names institutions only; a
 * sentence with one of these and a named institution relates two parties (`classify/input.ts`).
 */
export const GENERIC_PARTY =
  /tuyến (?:dưới|trên|tỉnh|huyện|xã|cơ sở|trung ương)|(?:đối tác|chuyên gia|tổ chức|bạn bè|nhà tài trợ) (?:nước ngoài|quốc tế)|tổ chức phi chính phủ|(?:tổ chức|đơn vị|nhà tài trợ) trong và ngoài nước/iu;

const ALL_COUNTRIES = Object.keys(COUNTRY_NAMES).join('|');
const COUNTRIES = Object.keys(COUNTRY_NAMES)
  .filter((c) => !AMBIGUOUS_COUNTRY_NAMES.has(c))
  .concat(['Mỹ', 'Pháp', 'Úc'])
  .join('|');

export const CUE_FAMILIES: CueFamily[] = [
  // Signing: an MoU, an agreement, a contract of cooperation.
  {
    name: 'agreement',
    type: 'agreement',
    pattern:
      /ký kết|ký biên bản|biên bản ghi nhớ|bản ghi nhớ|thỏa thuận hợp tác|thoả thuận hợp tác|ký thỏa thuận|ký thoả thuận|\bMOU\b|\bMoU\b|ký hợp tác|lễ ký|hiệp định|ký hợp đồng hợp tác|văn bản hợp tác/iu,
  },
  // A technique handed from one institution to another.
  { name: 'transfer', type: 'technology-transfer', pattern: /chuyển giao|tiếp nhận kỹ thuật/iu },
  // Satellite and core hospitals of the national network.
  { name: 'satellite', type: 'technology-transfer', pattern: /vệ tinh|bệnh viện hạt nhân/iu },
  // A hospital's new technique: transfer when another institution taught it, its own feat otherwise.
  {
    name: 'newTechnique',
    type: 'technology-transfer',
    pattern: /làm chủ kỹ thuật|lần đầu tiên thực hiện|triển khai thành công kỹ thuật/iu,
  },
  {
    name: 'conference',
    type: 'conference',
    pattern: /hội thảo|hội nghị|diễn đàn|tọa đàm|toạ đàm/iu,
  },
  {
    name: 'visit',
    type: 'working-visit',
    pattern:
      /đoàn công tác|thăm và làm việc|làm việc với|đoàn đại biểu|tiếp đoàn|chuyến thăm|tiếp và làm việc|thăm chính thức|đến thăm/iu,
  },
  {
    name: 'training',
    type: 'training',
    pattern: /đào tạo|tập huấn|bồi dưỡng|khóa học|khoá học|lớp học|học bổng/iu,
  },
  // Exchanges of staff or experience: cooperation, but of no one type.
  {
    name: 'exchange',
    type: null,
    pattern: /trao đổi (?:chuyên môn|kinh nghiệm|cán bộ|sinh viên)/iu,
  },
  // Guidance of lower levels by higher ones (Đề án 1816, chỉ đạo tuyến).
  { name: 'guidance', type: null, pattern: /đề án 1816|cầm tay chỉ việc|chỉ đạo tuyến/iu },
  // Staff rotated to or sent to support another institution.
  { name: 'rotation', type: 'medical-support', pattern: /luân phiên|hỗ trợ (?:về )?chuyên môn/iu },
  {
    name: 'telemedicine',
    type: 'medical-support',
    pattern:
      /hội chẩn|(?:khám|chữa|chẩn đoán|điều trị|tư vấn)[^.]{0,20}từ xa|cầu truyền hình|telemedicine|telehealth/iu,
  },
  {
    name: 'freeCare',
    type: 'medical-support',
    pattern:
      /khám(?:,)? (?:chữa bệnh |bệnh |sàng lọc )?(?:và phát thuốc )?miễn phí|phẫu thuật miễn phí|mổ miễn phí|tình nguyện|hỗ trợ điều trị|giúp đỡ[^.]{0,30}y tế/iu,
  },
  {
    name: 'medicalTeam',
    type: 'medical-support',
    pattern:
      /đoàn y bác sĩ|đoàn bác sĩ|đoàn chuyên gia|đối tác thái bình dương|pacific partnership|tàu bệnh viện/iu,
  },
  {
    name: 'aid',
    type: 'aid',
    // "sự tài trợ của X" names the sponsor of another activity (a free surgery camp, a visiting team): not aid by itself.
    pattern:
      /viện trợ|(?<!sự )tài trợ|trao tặng|bàn giao (?:trang thiết bị|thiết bị|máy)|hỗ trợ kinh phí|\bODA\b|nhà tài trợ|quỹ toàn cầu/iu,
  },
  { name: 'gift', type: 'aid', pattern: /tặng|quyên góp/iu },
  {
    name: 'review',
    type: 'programme-review',
    pattern:
      /tổng kết|sơ kết|nhìn lại|đánh giá kết quả|kết quả (?:hợp tác|thực hiện|triển khai)|đánh dấu|chặng đường|năm qua|những năm qua/iu,
  },
  // Help named as such: "với sự giúp đỡ của", "nhờ sự hỗ trợ của".
  {
    name: 'help',
    type: null,
    pattern: /sự (?:giúp đỡ|hỗ trợ|tài trợ|phối hợp) (?:trực tiếp )?(?:của|từ)/iu,
  },
  { name: 'cooperation', type: null, pattern: /hợp tác|phối hợp với|liên kết|đối tác|giao lưu/iu },
  {
    name: 'healthCooperation',
    type: null,
    pattern:
      /hợp tác (?:y tế|chuyên môn|toàn diện về y tế|đào tạo|khám,? chữa bệnh|phát triển y tế|hỗ trợ y tế|trong lĩnh vực y tế)/iu,
  },
  {
    name: 'partnership',
    type: null,
    pattern: /(?:hợp tác|phối hợp|liên kết|bắt tay)\s+(?:chặt chẽ\s+)?(?:với|giữa|cùng)\s/iu,
  },
  {
    name: 'leadership',
    type: null,
    pattern: /làm [Tt]rưởng [Đđ]oàn|[Tt]rưởng [Đđ]oàn là|(?:^|\s)do [^.]{3,90} dẫn đầu/u,
  },
  // Money given or committed, in a currency: donors and grants; foreign currencies mostly mean foreign funding.
  {
    name: 'money',
    type: null,
    pattern: /\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|VND)(?![\p{L}])/iu,
  },
  {
    name: 'foreignMoney',
    type: 'aid',
    pattern:
      /\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:USD|US\$|đô la|đôla|euro|EUR|yên|bảng Anh|won|AUD|đô la Úc)(?![\p{L}])|(?:US)?\$\s?\d/iu,
  },
  // Funding named by its source: "do … tài trợ", "vốn vay", "nguồn vốn viện trợ", a project "được tài trợ".
  {
    name: 'funding',
    type: 'aid',
    pattern:
      /(?:do|được) (?!sự )[^.]{0,80}(?<!sự )(?:tài trợ|viện trợ)|(?:vốn|nguồn vốn|khoản) (?:vay|viện trợ|tài trợ|không hoàn lại)|viện trợ không hoàn lại|kinh phí (?:do|từ|của) /iu,
  },
  // "NGO" only in capitals and as a word of its own: with the i flag \b would find it inside "ngoài".
  {
    name: 'donor',
    type: null,
    pattern:
      /[Nn]hà tài trợ|[Đđ]ơn vị tài trợ|[Nn]hà hảo tâm|[Pp]hi chính phủ|[Pp]hi lợi nhuận|[Mm]ạnh thường quân|(?<!\p{L})NGOs?(?!\p{L})/u,
  },
  {
    name: 'foreign',
    type: null,
    pattern: new RegExp(
      `(?:${COUNTRIES}|${INTERNATIONAL_BODIES.source})\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?(?:sẽ\\s+|đã\\s+)?(?:tài trợ|viện trợ|giúp|hỗ trợ|tặng|trao tặng|cam kết|ký|tập huấn|đào tạo|chuyển giao)(?![\\p{L}\\p{M}])` +
        `|(?:bác sĩ|chuyên gia|y bác sĩ|đoàn|tàu bệnh viện)[^.]{0,25}(?:từ|của|người|nước|Hải quân)\\s+(?:đất nước\\s+)?(?:${COUNTRIES})` +
        // "giáo sư người Bỉ", "chuyên gia Nhật Bản": a profession then a nationality ("bác sĩ Đức" may be a doctor called Đức).
        `|(?:bác sĩ|chuyên gia|giáo sư|y bác sĩ)\\s+(?:người|nước)\\s+(?:${ALL_COUNTRIES})(?![\\p{L}\\p{M}])` +
        `|(?:bác sĩ|chuyên gia|giáo sư|y bác sĩ)\\s+(?:${COUNTRIES})(?![\\p{L}\\p{M}])` +
        '|(?:chuyên gia|bác sĩ|y bác sĩ) nước ngoài',
      'u',
    ),
  },
];

/**
 * Families each match of which begins with a match of another family, at the same place: every cue of
 * healthCooperation starts with "hợp tác", a cue of cooperation. A search for whether or where any cue
 * stands need not look for them (the pre-filter, cue-search.ts): the joined pattern's cost grows faster
 * than its size, and leaving one family out of it saves a quarter.
 */
export const IMPLIED_CUE_FAMILIES: ReadonlySet<string> = new Set(['healthCooperation']);

export const HEALTH =
  /bệnh viện|\bBV|y tế|bác sĩ|bác sỹ|khám bệnh|khám chữa|chữa bệnh|điều trị|bệnh nhân|người bệnh|bệnh nhi|phẫu thuật|y khoa|y học|dược phẩm|ngành dược|y dược|vắc ?xin|vaccine|sức khỏe|sức khoẻ|HIV|AIDS|ung thư|bệnh lao|chống lao|sốt rét|dịch bệnh|điều dưỡng|phòng khám|trạm y tế|thầy thuốc|cấp cứu|bệnh tật|dịch tễ|Thalassemia/iu;

/** Headlines and leads about an incident, a crime, a scandal or a product are ordinary news. */
export const ORDINARY_NEWS =
  /tử vong|tử nạn|bị bắt|khởi tố|truy tố|điều tra|vi phạm|sai phạm|hối lộ|ngộ độc|tai nạn|hỏa hoạn|cháy|đình chỉ|kỷ luật|xét xử|lừa đảo|bê bối|tố cáo|hành hung|giảm giá|khuyến mãi|cổ phiếu|niêm yết|bất động sản|nghi vấn|phạt|phân phối|độc quyền|sản phẩm|thương hiệu|tuyển sinh|tinh giản|xuất khẩu lao động|sang làm việc|học ngành|ngành học|chê/iu;

/** Cooperation news names a Vietnamese party; foreign news about a foreign hospital does not. */
export const VIETNAMESE_PARTY =
  /Việt Nam|\bVN\b|nước ta|tỉnh|thành phố|TP\.? ?HCM|TPHCM|Hà Nội|Bộ Y tế|Sở Y tế|Bệnh viện Bạch Mai|Chợ Rẫy|Việt Đức/u;
