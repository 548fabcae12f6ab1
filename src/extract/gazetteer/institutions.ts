/**
 * Words that build Vietnamese institution names, and the words that end one.
 */
import { FORMS_OF_ADDRESS, MILITARY_RANKS, SHORT_DEGREES } from './honorifics.ts';

/**
 * Heads an institution is often named without, longest first: "Bạch Mai" for Bệnh viện Bạch Mai,
 * "Việt Đức" for Bệnh viện Hữu nghị Việt Đức (search offers the short name).
 */
export const HEADS_NAMED_WITHOUT = ['bệnh viện đa khoa', 'bệnh viện hữu nghị', 'bệnh viện', 'bv'];

/**
 * Words that name a level of the state or a place, not one institution: what follows a head after
 * them ("Bệnh viện Tỉnh Quảng Ninh", "Bệnh viện Trung ương Huế") is no short name of its own.
 */
export const ADMINISTRATIVE_LEVELS = [
  'tỉnh',
  'thành phố',
  'tp',
  'huyện',
  'trung ương',
  'quận',
  'sở',
];

/** Heads also written lower-case in running text: they count only when a capitalised name follows. */
const LOWER_CASE_HEAD_WORDS = [
  'bệnh viện',
  'trường đại học',
  'đại học',
  'viện',
  'trung tâm',
  'học viện',
  'phòng khám',
] as const;

/** Capitalised words that open an institution's name. Longest first where they overlap. */
export const ORGANISATION_HEADS = [
  'Bệnh viện',
  'BVĐKTW',
  'BVĐK',
  'BVHN',
  'BV',
  'Sở Y tế',
  'Sở',
  'Bộ Y tế',
  'Bộ',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'UBND',
  'Ủy ban',
  'Uỷ ban',
  'HĐND',
  'Hội đồng nhân dân',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Thành ủy',
  'Thành uỷ',
  'Trung tâm',
  'TTYT',
  'Viện',
  'Trường Đại học',
  'Trường',
  'Đại học',
  'Học viện',
  'Hội',
  'Cục',
  'Tổng cục',
  'Vụ',
  'Tổ chức',
  'Quỹ',
  'Phòng khám',
  'Trạm Y tế',
  'Công ty',
  'Tập đoàn',
  'Đại sứ quán',
  'Tổng Lãnh sự quán',
  'Bảo hiểm xã hội',
  'Quân y viện',
  'Liên minh',
  'Cơ quan',
  'Ngân hàng',
  'Chính phủ',
  'Văn phòng',
  'Hải quân',
  'Bệnh Viện',
  'Quĩ',
  'Hiệp hội',
  'Liên đoàn',
  // Written lower-case in running text ("bệnh viện Pháp Việt", "phòng khám An Hòa"): a name must follow.
  ...LOWER_CASE_HEAD_WORDS,
] as const;

/** Heads written lower-case only count when a capitalised name follows right away. */
export const LOWER_CASE_HEADS: ReadonlySet<string> = new Set(LOWER_CASE_HEAD_WORDS);

/**
 * Heads after which the name must go on with a capitalised word: "Tổ chức
 * khám bệnh…" is the verb, lower-case heads are common nouns. After other
 * heads a lower-case name word may follow ("Viện nghiên cứu…", "Hội chống đau…").
 */
export const NO_LOWER_CASE_AFTER = new Set([
  ...LOWER_CASE_HEADS,
  'Tổ chức',
  'Bộ',
  'Sở',
  'Sở Y tế',
  'Bộ Y tế',
  'Bệnh viện',
  'BV',
  'Bệnh Viện',
  'Trường',
  'Chính phủ',
  'Hải quân',
  'Ngân hàng',
  'Văn phòng',
]);

/**
 * Heads that start another institution when met inside a name ("Bộ Y tế và
 * Bệnh viện…", "Viện Chiến lược Chính sách Bộ Y tế"); not "Trung tâm" or
 * "Đại học", which are also words of names ("Bệnh viện Đa khoa Trung tâm…").
 */
export const HEADS_THAT_END_A_NAME = [
  'Bệnh viện',
  'BVĐK',
  'BV',
  'Sở',
  'Bộ',
  'UBND',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'HĐND',
  'Tỉnh ủy',
  'Cục',
  'Tổng cục',
  'Vụ',
  'Viện',
  'Học viện',
  'Công ty',
  'Tổ chức',
  'Quỹ',
  'Hội',
  'Đại sứ quán',
  'Phòng khám',
  'Khoa',
  'Ban',
  'Đoàn',
];

/** "tàu bệnh viện Khánh Hoà" is a hospital ship, not a hospital. */
export const NOT_BEFORE_BENH_VIEN = new Set(['tàu']);

/** Prefixes of navies' ship names ("USNS Mercy", "JSDS Shimokita"): a ship is no institution. */
export const SHIP_PREFIXES = ['USNS', 'USS', 'HMS', 'HMAS', 'JS', 'JSDS', 'INS', 'KRI', 'RSS'];

/** "Tổ chức" is also the verb "to hold": "Tổ chức Lễ…", "Tổ chức Hội nghị…" are not institutions. */
export const NOT_AFTER_TO_CHUC = new Set([
  'Lễ',
  'Hội',
  'Chương',
  'Ngày',
  'Tết',
  'Đoàn',
  'Tuần',
  'Cuộc',
  'Buổi',
  'Khóa',
  'Lớp',
]);

/** Abbreviations written out in canonical names. */
export const HEAD_EXPANSIONS: Record<string, string> = {
  BVĐKTW: 'Bệnh viện Đa khoa Trung ương',
  BVĐK: 'Bệnh viện Đa khoa',
  BVHN: 'Bệnh viện Hữu nghị',
  BV: 'Bệnh viện',
  'Bệnh Viện': 'Bệnh viện',
  'bệnh viện': 'Bệnh viện',
  'trường đại học': 'Trường Đại học',
  'đại học': 'Đại học',
  viện: 'Viện',
  'trung tâm': 'Trung tâm',
  'học viện': 'Học viện',

  TTYT: 'Trung tâm Y tế',
  'Uỷ ban nhân dân': 'Ủy ban nhân dân',
  'Uỷ ban': 'Ủy ban',
  'Tỉnh uỷ': 'Tỉnh ủy',
  'Thành uỷ': 'Thành ủy',
};

/** Lower-case syllables that may continue an institution's name ("Bệnh viện Đa khoa tỉnh …", "Sở Y tế"). */
export const NAME_LINK_WORDS = new Set(
  (
    'tỉnh huyện thành phố quận thị xã khu vực đa khoa y tế số nhân dân trung ương quốc gia học cổ truyền dược sức khỏe khoẻ ' +
    'sản nhi mắt phổi tâm thần ung bướu răng hàm mặt da liễu nội tiết chữ thập đỏ hữu nghị đại phụ tim mạch nhiệt đới chấn thương ' +
    'chỉnh hình phục hồi chức năng lão quân đội dự phòng kiểm soát bệnh tật vệ sinh dịch tễ môi trường an toàn thực phẩm kế hoạch ' +
    'hóa hoá đình chăm sóc máu huyết nghiên cứu lao cấp ngoại thư tự trị công nghệ kỹ thuật giáo dục đào tạo giao quản lý khám chữa ' +
    'đồng tuyến tư vấn xã hội phát triển bảo hiểm thường trực nhân đạo từ thiện y khoa hộ sinh điều dưỡng thuốc trẻ'
  ).split(' '),
);

/** Capitalised words and phrases that start a title or a person, not the rest of a name ("Đồng chí", not "Lâm Đồng"). */
export const NAME_STOP_WORDS = new Set([
  'Giám',
  'Phó',
  'Thứ',
  'Chủ',
  'Trưởng',
  'Bí',
  ...SHORT_DEGREES,
  ...FORMS_OF_ADDRESS,
  ...MILITARY_RANKS,
  'Tổng',
  'Viện trưởng',
  'Hiệu',
  'Cục trưởng',
  'Vụ trưởng',
  'Đoàn',
  'Tại',
  'Theo',
  'Sáng',
  'Chiều',
  'Ngày',
  'Tối',
  'Hôm',
  'Trong',
  'Với',
  'Và',
  'Các',
  'Những',
  'Ủy viên',
  // Another institution begins: "Vụ Dân số - Ủy ban Dân số", "Văn phòng Uỷ ban nhân dân tỉnh" (phrases are
  // matched in one tone-mark style, so "Ủy" stands for "Uỷ" too).
  'Ủy ban',
]);

/** Descriptive capitalised words that do not make a name specific ("Bệnh viện Đa khoa" alone is any hospital). */
export const GENERIC_NAME_WORDS = new Set(['Đa', 'Y', 'Trung', 'Quốc', 'Nhân', 'Sở', 'Bộ']);

/** Names that stay bare in a text and mean the article's own province ("Sở Y tế", "UBND tỉnh"). */
export const PROVINCIAL_BODIES = [
  'Sở Y tế',
  'UBND tỉnh',
  'Ủy ban nhân dân tỉnh',
  'HĐND tỉnh',
  'Tỉnh ủy',
  'Bệnh viện Đa khoa tỉnh',
  'Trung tâm Kiểm soát bệnh tật tỉnh',
];

/** Heads of a university: after a dash they name the university a hospital belongs to. */
export const UNIVERSITY_HEADS = ['Đại học', 'Trường Đại học', 'Trường đại học', 'Học viện', 'ĐH'];

/** Heads that are also the first syllable of places ("Trường Sa"): a word of kind must follow ("Trường Đại học", "Trường THPT"). */
export const HEADS_NEEDING_A_FIELD = new Set(['Trường']);

/**
 * Words that make an English name an institution's, wherever they stand in it ("Baptist Memorial Hospital
 * East", "Zuellig Pharma", "Gates Foundation"): no person's name holds one.
 */
export const ENGLISH_INSTITUTION_WORDS = [
  'Hospital',
  'Clinic',
  'Pharma',
  'Pharmaceutical',
  'Pharmaceuticals',
  'Foundation',
  'University',
  'Institute',
  'College',
  'Center',
  'Centre',
  'Medical',
  'Healthcare',
  'Group',
  'Corporation',
  'Corp',
  'Company',
  'Inc',
  'Ltd',
  'Fund',
  'Association',
  'Society',
  'Laboratories',
  'Bank',
  'Council',
  'Agency',
  'Organization',
  'Organisation',
];

/**
 * Names that open like an institution's but name an event or a place where one is held: a head whose
 * syllable makes one word with the next ("Hội nghị", "Hội thảo": a conference, not an association), a
 * centre named for what goes on in its building ("Trung tâm Thương mại", "Trung tâm Triển lãm Giảng
 * Võ"), a congress or an exhibition ("Đại hội Thanh niên tiên tiến", "Triển lãm sản phẩm …"), a park
 * or an industrial zone ("Công viên Biển Đông", "Khu công nghiệp Tân Thới Hiệp"; its management board,
 * "Ban Quản lý Khu công nghiệp …", is a name). Folded, matched at the start of a name.
 */
export const EVENT_AND_VENUE_OPENINGS = [
  'hội nghị',
  'hội thảo',
  'hội chợ',
  'hội thi',
  'hội diễn',
  'trung tâm thương mại',
  'trung tâm triển lãm',
  'trung tâm hội nghị',
  'đại hội',
  'triển lãm',
  'công viên',
  'khu công nghiệp',
  'khu chế xuất',
];

/**
 * Names that open like an institution's but name a law, a decision or an honour ("Luật Dược", "Quyết
 * định số 287", "Huân chương Lao động"). Folded, matched at the start of a name.
 */
export const DOCUMENT_AND_HONOUR_OPENINGS = [
  'luật',
  'bộ luật',
  'dự thảo',
  'nghị định',
  'nghị quyết',
  'quyết định',
  'thông tư',
  'chỉ thị',
  'công văn',
  'huân chương',
  'huy chương',
  'kỷ niệm chương',
  'bằng khen',
  'giải thưởng',
];

/** Calls that close a name written as a call ("Quỹ Bầu ơi", "Mái ấm Mẹ ơi"): the call is the name's. */
export const VOCATIVE_PARTICLES = ['ơi'];

/** Words that close the name of a central or national institution ("… T.Ư", "… Trung ương", "… quốc gia"). */
export const NATIONAL_LEVEL_ENDINGS = [
  'T.Ư',
  'TƯ',
  'TW',
  'Trung ương',
  'trung ương',
  'Quốc gia',
  'quốc gia',
];
