/**
 * What a counted figure counts, read from the words after it, and the words
 * around it that make it a result of the cooperation or something else
 * (a statistic, a target, a price). Data only; the rules are in outcomes.ts.
 */
import type { OutcomeKind, Qualifier } from '../../lib/schema.ts';

/**
 * `staff` is decided by the verb (trained or sent); `trainee` counts staff trained only beside a word of
 * teaching ("150 học viên" who gave blood are not trained); `goods` count only when something is given.
 */
export type UnitKind = OutcomeKind | 'staff' | 'trainee' | 'goods';

/** Unit phrases after a number and what they count. The longest phrase wins ("ca phẫu thuật" before "ca"). */
export const OUTCOME_UNITS: ReadonlyArray<readonly [string, UnitKind]> = [
  ['%', 'rate'],
  // Operations and procedures.
  ['ca phẫu thuật', 'surgeries'],
  ['ca mổ', 'surgeries'],
  ['cuộc phẫu thuật', 'surgeries'],
  ['ca ghép', 'surgeries'],
  ['ca can thiệp', 'procedures'],
  ['thủ thuật', 'procedures'],
  ['ca thủ thuật', 'procedures'],
  ['lượt xét nghiệm', 'procedures'],
  ['mẫu xét nghiệm', 'procedures'],
  ['ca sinh', 'procedures'],
  // Consultations and visits.
  ['ca hội chẩn', 'consultations'],
  ['cuộc hội chẩn', 'consultations'],
  ['lượt khám chữa bệnh', 'consultations'],
  ['lượt khám bệnh', 'consultations'],
  ['lượt khám', 'consultations'],
  ['ca khám', 'consultations'],
  ['lượt điều trị', 'consultations'],
  ['lượt bệnh nhân', 'consultations'],
  ['lượt người bệnh', 'consultations'],
  // Patients ("trường hợp" only under CASE_UNITS' condition).
  ['bệnh nhân', 'patients'],
  ['bệnh nhi', 'patients'],
  ['người bệnh', 'patients'],
  ['ca bệnh', 'patients'],
  ['trẻ em', 'patients'],
  ['trẻ', 'patients'],
  ['sản phụ', 'patients'],
  ['ca', 'patients'],
  ['trường hợp', 'patients'],
  // Experts; a delegation's size ("đoàn gồm 27 thành viên") is staff, sent or trained by the verb.
  ['chuyên gia', 'experts-sent'],
  ['đoàn chuyên gia', 'experts-sent'],
  ['lượt chuyên gia', 'experts-sent'],
  ['cán bộ y tế', 'staff'],
  ['cán bộ', 'staff'],
  ['nhân viên y tế', 'staff'],
  ['nhân viên', 'staff'],
  ['y bác sĩ', 'staff'],
  ['y, bác sĩ', 'staff'],
  ['bác sĩ', 'staff'],
  ['bác sỹ', 'staff'],
  ['BS', 'staff'],
  ['giáo sư', 'staff'],
  ['phó giáo sư', 'staff'],
  ['y tá', 'staff'],
  ['hộ lý', 'staff'],
  ['nha sĩ', 'staff'],
  ['điều dưỡng', 'staff'],
  ['kỹ thuật viên', 'staff'],
  ['thầy thuốc', 'staff'],
  ['dược sĩ', 'staff'],
  ['nữ hộ sinh', 'staff'],
  ['lượt cán bộ', 'staff'],
  ['thành viên', 'staff'],
  ['sĩ quan', 'staff'],
  ['lượt sĩ quan', 'staff'],
  ['tình nguyện viên', 'staff'],
  ['ê kíp', 'staff'],
  ['ê-kíp', 'staff'],
  ['êkíp', 'staff'],
  ['kíp', 'staff'],
  ['học viên', 'trainee'],
  ['sinh viên', 'trainee'],
  ['lớp tập huấn', 'staff-trained'],
  ['khóa đào tạo', 'staff-trained'],
  ['lớp đào tạo', 'staff-trained'],
  ['gói kỹ thuật', 'techniques'],
  ['dịch vụ kỹ thuật', 'techniques'],
  ['quy trình kỹ thuật', 'techniques'],
  ['kỹ thuật', 'techniques'],
  ['người dân', 'people-reached'],
  ['lượt người', 'people-reached'],
  ['người', 'people-reached'],
  ['hộ gia đình', 'people-reached'],
  ['thanh thiếu niên', 'people-reached'],
  ['thanh niên', 'people-reached'],
  ['học sinh', 'people-reached'],
  ['đối tượng', 'people-reached'],
  ['người cao tuổi', 'people-reached'],
  // Who else care reaches ("khám cho 500 công nhân", "tặng quà cho 40 hộ dân", "mổ cho 20 cháu").
  ['công nhân', 'people-reached'],
  ['phụ nữ', 'people-reached'],
  ['bà mẹ', 'people-reached'],
  ['hộ dân', 'people-reached'],
  ['hộ nghèo', 'people-reached'],
  ['gia đình', 'people-reached'],
  ['em', 'people-reached'],
  ['cháu', 'patients'],
  ['thai phụ', 'patients'],
  ['nạn nhân', 'patients'],
  // Things donated or built: counted only in a sentence that gives them (GIVING).
  ['suất quà', 'goods'],
  ['phần quà', 'goods'],
  ['xe cứu thương', 'goods'],
  ['xe lăn', 'goods'],
  ['liều vắc xin', 'goods'],
  ['liều vắc-xin', 'goods'],
  ['liều vaccine', 'goods'],
  ['liều vacxin', 'goods'],
  ['liều thuốc', 'goods'],
  // Pills given ("hỗ trợ 2.000 viên thuốc"); "viên" alone is too often a word's end ("học viên", "viên chức").
  ['viên thuốc', 'goods'],
  ['viên nang', 'goods'],
  ['tấn', 'goods'],
  ['hộp thuốc', 'goods'],
  ['hộp', 'goods'],
  ['lọ thuốc', 'goods'],
  ['cơ số thuốc', 'goods'],
  ['giác mạc', 'goods'],
  ['chiếc', 'goods'],
  ['máy', 'goods'],
  ['thiết bị', 'goods'],
  // "bộ" alone is too often "Bộ" (a ministry) or "bộ môn": only sets of things.
  ['bộ test', 'goods'],
  ['bộ xét nghiệm', 'goods'],
  ['bộ dụng cụ', 'goods'],
  ['bộ kit', 'goods'],
  ['bộ trang thiết bị', 'goods'],
  ['trường học', 'goods'],
  ['trạm y tế', 'goods'],
  ['phòng khám', 'goods'],
];

/**
 * Units that news uses as often for cases of a disease or an accident
 * ("1.000 trường hợp bị xơ teo cơ") as for patients treated: counted only
 * when care is given to them ("can thiệp cho 5 trường hợp", "cùng hai trường hợp khác").
 */
export const CASE_UNITS: readonly string[] = ['trường hợp'];

/** Currencies as Vietnamese news writes them; the scale word ("triệu", "tỷ") is read apart. */
export const CURRENCIES: readonly string[] = [
  'đồng',
  'VNĐ',
  'VND',
  'USD',
  'đô la Mỹ',
  'đô la',
  'đôla Mỹ',
  'đôla',
  'Euro',
  'euro',
  'EUR',
  'yên',
  'yên Nhật',
  'Yên Nhật',
  'yen',
  'nhân dân tệ',
  'NDT',
  'bảng Anh',
  'AUD',
  'đô la Úc',
  'đôla Úc',
  'CAD',
  'SGD',
  'baht',
  'won',
  'rupee',
  'franc',
];

/** Smaller sums are prices of small things, not funding news ("2 đồng", "500 USD"). */
export const MIN_FUNDING = 1000;

export const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['lên tới', 'up-to'],
  ['lên đến', 'up-to'],
  ['tối đa', 'up-to'],
  ['tới', 'up-to'],
  ['đến', 'up-to'],
  ['ít nhất', 'more-than'],
  ['hơn', 'more-than'],
  ['trên', 'more-than'],
  ['ngoài', 'more-than'],
  ['chưa đến', 'less-than'],
  ['chưa tới', 'less-than'],
  ['dưới', 'less-than'],
  ['ngót', 'less-than'],
  // "gần" (nearly) is an approximation, as the contract reads it.
  ['gần', 'about'],
  ['khoảng', 'about'],
  ['chừng', 'about'],
  ['xấp xỉ', 'about'],
  ['ước tính', 'about'],
  ['ước', 'about'],
  ['hàng', 'about'],
];

/** Care given to people: a count of people in such a sentence is a result, not a statistic. */
export const CARE_VERBS: readonly string[] = [
  'khám',
  'điều trị',
  'chữa trị',
  'phẫu thuật',
  'hỗ trợ',
  'tiếp cận',
  'cấp',
  'tặng',
  'trao',
  'đào tạo',
  'tập huấn',
  'chuyển giao',
  'thực hiện',
  'triển khai',
  'cử',
  'tiếp nhận',
  'hội chẩn',
  'giúp',
  'mổ',
  'tư vấn',
  'sàng lọc',
  'tiêm',
  'miễn phí',
  'cứu',
  'can thiệp',
  'ghép',
  'phục hồi',
  'hưởng lợi',
  'bồi dưỡng',
  'chăm sóc',
  'luân phiên',
  'tăng cường',
  'áp dụng',
  'phát thuốc',
  'cung cấp',
];

/** A state of the population, not what the cooperation did; a count given for it is a statistic unless care is given to it. */
export const DISEASE_CUES: readonly string[] = [
  'mắc',
  'tử vong',
  'chết',
  'nguy cơ',
  'nhiễm',
  'thiếu',
  // An accident's or an outbreak's toll: "12 người bị thương", "83 ca nhập viện", "ngộ độc".
  'bị thương',
  'thiệt mạng',
  'nhập viện',
  'ngộ độc',
  'được phát hiện',
  // People waiting for care or in it, not given it: "30 bệnh nhân đến đăng ký phẫu thuật", "5 ca đang điều trị".
  'đăng ký',
  'đang điều trị',
  'tình trạng',
  'nhu cầu',
];

/** A standing figure (yearly volume, population, the world): never the result of this cooperation. */
export const STANDING_CUES: readonly string[] = [
  'dân số',
  'thống kê',
  'khảo sát',
  'trên thế giới',
  'toàn cầu',
  'hiện có',
  'mỗi năm',
  'hằng năm',
  'hàng năm',
  // A daily pace is a hospital's routine, not an event's result.
  'mỗi ngày',
  'một ngày',
  'hằng ngày',
  'hàng ngày',
  'ngày thường',
  'trung bình',
  // A study's figures are knowledge, not what this cooperation did.
  'theo nghiên cứu',
  'các nghiên cứu',
  'báo cáo khoa học',
];

/**
 * What usually happens, said at the start of a clause ("Thông thường, đoàn mang theo 4 máy", "…, thông
 * thường họ gửi 2-3 giác mạc"), is not what happened this time. After a noun the same words are an
 * adjective ("các bệnh thông thường"), which outcomes.ts does not take for this.
 */
export const USUAL_CUES: readonly string[] = ['thông thường', 'thường thì', 'bình thường'];

/** A target is not a result ("phấn đấu đạt 90%", "mục tiêu đến năm 2030", "mục tiêu khám cho 5.000 người"). */
export const TARGET_CUES: readonly string[] = [
  'mục tiêu',
  'phấn đấu',
  'chỉ tiêu',
  'khống chế',
  'kỳ vọng',
];

/**
 * A rate in a purpose or a plan is a target too: "nhằm giúp Việt Nam giảm tỷ lệ nhiễm HIV xuống dưới
 * 0,3%", "dự kiến tăng lên 60%". Counts of people in such sentences stay: "dự kiến sẽ mổ cho 150 ca"
 * is what the cooperation commits to.
 */
export const RATE_PLAN_CUES: readonly string[] = ['nhằm', 'hướng tới', 'dự kiến', 'kế hoạch', 'sẽ'];

/** A rate a study found ("kết quả cho thấy … giảm 9,5%") is knowledge, not what this cooperation did. */
export const STUDY_CUES: readonly string[] = ['nghiên cứu', 'cho thấy', 'thử nghiệm lâm sàng'];

/**
 * A rate is a result when the text says it moved or what the care achieved
 * ("giảm từ 4,5% xuống còn 3,5%", "tỷ lệ thành công 95%"); a bare share
 * ("55% bệnh nhân thuộc lứa tuổi…") describes a population.
 */
export const RATE_RESULT_CUES: readonly string[] = [
  'giảm',
  'tăng',
  'nâng',
  'hạ',
  'xuống',
  'lên',
  'thành công',
  'khỏi',
  'hồi phục',
  'phục hồi',
  'sống',
  'cải thiện',
  'đạt',
];

/** After a share, what care achieved for it: "giúp 90% bệnh nhân khỏi bệnh". */
export const RATE_RESULT_AFTER_CUES: readonly string[] = [
  'khỏi bệnh',
  'hồi phục',
  'thành công',
  'sống sót',
];

/** What could happen ("có thể giúp phục hồi 30-40%", "có thể chữa cho 1.000 bệnh nhân") is a capacity, not a result. */
export const CAPACITY_CUES: readonly string[] = ['có thể', 'khả năng'];

/** Things still needed are not given: "tỉnh còn thiếu 40 máy thở". */
export const NEED_CUES: readonly string[] = ['cần', 'nhu cầu', 'thiếu'];

/** Money that is a price, a need or a cost borne by someone, not money given or committed. */
export const NOT_FUNDING_CUES: readonly string[] = [
  'mỗi',
  'cần',
  'nhu cầu',
  'phải trả',
  'chỉ phải',
  'tốn',
  'giá',
  'viện phí',
  'học phí',
  'lương',
  'thu nhập',
  'phạt',
  'bồi thường',
  'doanh thu',
  'thiệt hại',
  'tổn thất',
  // A prize is not money for cooperation.
  'giải thưởng',
  'lỗ',
  'thuế',
  // The state's own money is a budget, not what a partner gives: "nguồn vốn Trung ương 1.400 tỉ đồng".
  'ngân sách',
  'nhà nước',
  'vốn trung ương',
  'phân bổ',
  // Money asked for is not given: "kêu gọi các nhà tài trợ đóng góp 150 triệu USD".
  'kêu gọi',
  'đề nghị',
  'đề xuất',
  // The same sum in another currency: "130.000 yên, tương đương 28 triệu đồng".
  'tương đương',
  'quy đổi',
];

/** Words that make a sum money given or committed by a party (with or without a cost word in the sentence). */
export const DONOR_VERBS: readonly string[] = [
  'tài trợ',
  'viện trợ',
  'hỗ trợ',
  'tặng',
  'trao',
  'giúp',
  'ủng hộ',
  'cam kết',
  'quyên góp',
  'đóng góp',
  'dành',
  'cấp',
  'cho vay',
];

/** Words that make a sum what a project, a gift or an investment is worth. */
export const PROJECT_MONEY_CUES: readonly string[] = [
  'trị giá',
  'giá trị',
  'kinh phí',
  'vốn',
  'khoản',
  'số tiền',
  'đầu tư',
  'ngân quỹ',
  'giải ngân',
];

/**
 * What something costs, not what anyone gave: "chi phí ghép thận khoảng 150 triệu đồng", "giá thành
 * ống dẫn lưu rất đắt". Money in such a sentence is funding only beside a donor's verb ("tổng chi phí
 * 140 triệu đồng do Quỹ tài trợ").
 */
export const COST_CUES: readonly string[] = [
  'chi phí',
  'giá thành',
  'mức giá',
  'đắt',
  'rẻ',
  'tốn kém',
  'chi trả',
  'doanh thu',
];

/** "trị giá" (worth) and "tổng giá trị" state what a gift or project is worth: funding, although they contain "giá". */
export const WORTH_CUES: readonly string[] = ['trị giá', 'giá trị'];

/** Staff moved to another place: experts sent. */
export const SENT_VERBS: readonly string[] = [
  'cử',
  'luân phiên',
  'tăng cường',
  'biệt phái',
  'sang',
  'đến hỗ trợ',
  'về hỗ trợ',
  'xuống',
  'gửi',
  // Staff who go to serve somewhere: "300 bác sĩ trẻ tình nguyện đến làm việc ở các huyện nghèo".
  'tình nguyện đến',
  'tình nguyện về',
  'tình nguyện lên',
  'đến làm việc',
  'về làm việc',
];

/** A team the staff counted make up: "ê kíp gồm hơn 50 giáo sư, bác sĩ", "đoàn gồm 12 y, bác sĩ" are experts sent. */
export const TEAM_WORDS: readonly string[] = [
  'đoàn',
  'ê kíp',
  'ê-kíp',
  'êkíp',
  'êkip',
  'ekip',
  'kíp mổ',
  'nhóm',
  'đội',
];

/** Words that join a team to the staff it is made of: "ê kíp gồm 50 giáo sư", "kíp mổ có 12 bác sĩ". */
export const TEAM_LINKS: readonly string[] = ['gồm', 'gồm có', 'có', 'với'];

/** Words after a sum that say what it is for: "25 triệu USD cho phòng chống AIDS", "để phẫu thuật". */
export const PURPOSE_WORDS: readonly string[] = ['cho', 'để', 'nhằm'];

/** Words before "được" that make the care wished for, not given: "cần được khám", "chờ được mổ". */
export const NOT_YET_WORDS: readonly string[] = ['cần', 'chờ', 'chưa', 'muốn'];

/** Staff taught: staff trained. */
export const TRAINED_VERBS: readonly string[] = [
  'đào tạo',
  'tập huấn',
  'bồi dưỡng',
  'học tập',
  'chuyển giao kỹ thuật cho',
  'cấp chứng chỉ',
  'tốt nghiệp',
  'khóa học',
  'khoá học',
  'lớp học',
  'theo học',
  'học bổng',
];

/** Things handed over, bought for or built for the partner: a count of goods in such a sentence is an outcome. */
export const GIVING_VERBS: readonly string[] = [
  'tặng',
  'trao',
  'viện trợ',
  'bàn giao',
  'tiếp nhận',
  'quyên góp',
  'ủng hộ',
  'cấp phát',
  'cung cấp',
  'trang bị',
  'nâng cấp',
  'xây dựng',
  'xây mới',
  'sửa chữa',
  'tài trợ',
  'hỗ trợ',
  'quà',
  'gửi',
];
