/**
 * The words around a place name that tell whether the place takes part in
 * the event or is only background: a patient's home, a foreign mission's
 * seat, a disease or a language named after a country, the nationality of
 * people or of an organisation.
 */

/** Before a province: a person's home or address ("38 tuổi, ngụ tại Long An"), background to the event. */
export const HOME_CUES = [
  'ngụ',
  'ngụ ở',
  'ngụ tại',
  'trú ở',
  'trú tại',
  'thường trú',
  'thường trú tại',
  'tạm trú',
  'tạm trú tại',
  'cư trú tại',
  'quê ở',
  'quê tại',
  'quê quán',
  'sinh sống tại',
  'sinh sống ở',
  // "bệnh nhi 26 tháng tuổi ở Bắc Ninh": an age then "ở" is where the person lives.
  'tuổi ở',
  'tuổi, ở',
  'tuổi, tại',
  'tuổi,',
];

/** Words after "bệnh viện" for the country's big hospitals, whose city is said in passing ("các bệnh viện tuyến trên ở Hà Nội"). */
export const BIG_HOSPITAL_WORDS = [
  'lớn',
  'tuyến',
  'trên',
  'cuối',
  'đầu ngành',
  'trung ương',
  'Trung ương',
  'hàng đầu',
];

/**
 * After a province, a figure or a rate about it ("TP HCM 9,3%", "Thanh Hóa
 * (245 ca)", "Tại Hà Nội, tỷ lệ…"): the province is where a statistic was
 * counted, not a place taking part.
 */
export const STATISTIC_UNITS = ['%', 'ca', 'trường hợp', 'bệnh nhân', 'người'];
export const STATISTIC_SUBJECTS = [
  'tỷ lệ',
  'tỉ lệ',
  'con số',
  'số ca',
  'số người',
  'số bệnh nhân',
  'số trường hợp',
];

/** Before a province's name, what makes it the name of another place: a commune, a street, a newspaper ("phường Hà Nội", "báo Lào Cai"). */
export const NAMED_AFTER_A_PROVINCE = [
  'tàu bệnh viện',
  'Tàu bệnh viện',
  'tàu',
  'Tàu',
  'phường',
  'xã',
  'thị trấn',
  'thị xã',
  'đường',
  'phố',
  'quận',
  'huyện',
  'cầu',
  'chợ',
  'sông',
  'núi',
  'hồ',
  'đèo',
  'bến xe',
  'sân bay',
  'khách sạn',
  'trường',
  'báo',
  'đài',
  'Phường',
  'Xã',
  'Thị trấn',
  'Đường',
  'Phố',
  'Quận',
  'Huyện',
  'Báo',
  'Đài',
  'Trường',
  'Cảng',
  'cảng',
  'Chợ',
  'Sân bay',
];

/**
 * Before a capitalised name, words that make it a place or something named after a person or a place
 * rather than a person ("đường Nguyễn Thị Minh Khai", "THCS Trần Quốc Toản", "đảo Song Tử Tây",
 * "Chi nhánh Lý Thường Kiệt"): the words before a province's name that make it another place, and more.
 */
export const PLACE_BEFORE_A_NAME = [
  ...NAMED_AFTER_A_PROVINCE,
  'tỉnh',
  'Tỉnh',
  'bản',
  'đảo',
  'Đảo',
  'bang',
  'giao lộ',
  'vòng xoay',
  'tiểu học',
  'THCS',
  'THPT',
  'chi nhánh',
  'Chi nhánh',
];

/** Before a country's name, words that make it the country itself ("nước Pháp", "Đại sứ quán Nhật Bản", "với Hàn Quốc"). */
export const COUNTRY_CUES = [
  'nước',
  'của',
  'tại',
  'ở',
  'từ',
  'sang',
  'với',
  'phía',
  'người',
  'Chính phủ',
  'Đại sứ quán',
  'Đại sứ',
  'Tổng thống',
  'Hải quân',
  'Nhân dân',
  'bạn',
  'và',
  'cùng',
  'đến',
  'giữa',
  'Vương quốc',
];

/** A foreign mission "tại" a province ("Tổng Lãnh sự quán Mỹ tại TP.HCM"): the province is the mission's seat. */
export const FOREIGN_MISSIONS = [
  'Đại sứ quán',
  'Tổng Lãnh sự quán',
  'Tổng lãnh sự quán',
  'Lãnh sự quán',
  'Lãnh sự',
];

/** Before a country's name: a thing named after the country, not the country taking part. */
export const NAMED_AFTER_COUNTRY = [
  // Diseases: Japanese encephalitis, rubella ("sởi Đức"), the 1918 flu.
  'viêm não',
  'Viêm não',
  'sởi',
  'Sởi',
  'cúm',
  'Cúm',
  // Languages: "tiếng Anh", "Anh ngữ" comes after and is another word.
  'tiếng',
  'Tiếng',
];

/** Nouns for people whose nationality follows ("chuyên gia Pháp", "Việt kiều Mỹ", "người Bỉ"). */
export const NATIONALITY_NOUNS = [
  'người',
  'Người',
  'kiều',
  'chuyên gia',
  'nhà khoa học',
  'tình nguyện viên',
  'quốc tịch',
  'du khách',
  'nhà tài trợ',
];

/**
 * Nouns for people that also come before a given name ("bác sĩ Đức"); with a
 * number or a plural word before them ("5 bác sĩ Bỉ", "các giáo sư Pháp")
 * what follows is a nationality, not one person's name.
 */
export const GROUP_PERSON_NOUNS = [
  'bác sĩ',
  'giáo sư',
  'y tá',
  'điều dưỡng',
  'kỹ thuật viên',
  'y bác sĩ',
  'sinh viên',
  'thầy thuốc',
];
export const GROUP_WORDS = ['các', 'những', 'nhiều', 'đoàn', 'nhóm', 'vị'];

/**
 * A country opening a sentence or a clause is its subject when one of these
 * verbs follows ("Mỹ sẽ tài trợ 500.000 USD"), possibly after "sẽ", "đã"...
 */
export const SUBJECT_COUNTRY_VERBS = [
  'tài trợ',
  'viện trợ',
  'cam kết',
  'tặng',
  'trao tặng',
  'hỗ trợ',
  'cử',
  'ký',
  'giúp',
  'chuyển giao',
];
/** Words of tense and aspect: a verb follows them (names/clause-verbs.ts counts the corpus's verbs so). */
export const TENSE_WORDS = ['sẽ', 'đã', 'vừa', 'đang', 'cũng', 'tiếp tục'];

/** Words for a kind of place before its name ("huyện Ia Grai", "quần đảo Trường Sa", "bang Tennessee"). */
export const PLACE_KIND_WORDS = [
  'tỉnh',
  'thành phố',
  'thị xã',
  'thị trấn',
  'huyện',
  'quận',
  'xã',
  'phường',
  'bang',
  'đảo',
  'quần đảo',
];
