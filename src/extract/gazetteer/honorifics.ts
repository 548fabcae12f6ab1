/**
 * What is written before a person's name without stating their role: degrees (GS.TS, BSCKII), state honours
 * (NSND), military ranks (Đại tá), forms of address (ông, đồng chí). Titles, which state a role ("Giám đốc
 * Sở Y tế"), are in titles.ts. Each spelling is listed as written; matching is case-sensitive.
 */

/** Doctors' and scientists' degrees as one short word before a name ("PGS Nguyễn Văn A"); such a word also ends an institution's name. */
export const SHORT_DEGREES = ['GS', 'PGS', 'TS', 'ThS', 'Ths', 'BS', 'BSCKII', 'BSCKI'];

/** Other one-word degrees: pharmacist, nurse, engineer, bachelor ("CN" is also "công nghệ" inside names, so these do not end one). */
export const OTHER_SHORT_DEGREES = ['DS', 'ĐD', 'KS', 'CN'];

/** Degrees written joined or spelled out ("GS.TS.BS", "Bác sĩ CK2", "thạc sĩ"), in the spellings articles use. */
export const DEGREES = [
  'GS.TS.BS',
  'PGS.TS.BS',
  'GS.TSKH',
  'PGS.TSKH',
  'GS.TS',
  'PGS.TS',
  'PGS. TS',
  'GS. TS',
  'TS.BS',
  'TS. BS',
  'ThS.BS',
  'ThS. BS',
  'Ths.Bs',
  'Ths Bs',
  'ThS BS',
  'BS.CKII',
  'BS.CKI',
  'BS CKII',
  'BS CKI',
  'BSCK II',
  'BSCK I',
  'Dr.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Prof.',
  'Giáo sư',
  'Phó Giáo sư',
  'Tiến sĩ',
  'Tiến sỹ',
  'Thạc sĩ',
  'Thạc sỹ',
  'Bác sĩ',
  'Bác sỹ',
  'bác sĩ',
  'bác sỹ',
  'Dược sĩ',
  'Điều dưỡng',
  'chuyên gia',
  'Chuyên gia',
  'bác sĩ chuyên khoa II',
  'bác sĩ chuyên khoa I',
  'Bác sĩ chuyên khoa II',
  'Bác sĩ chuyên khoa I',
  // Written lower-case in running text ("giáo sư Michel Henry", "thạc sĩ Nguyễn Đăng Hiếu").
  'giáo sư',
  'phó giáo sư',
  'tiến sĩ',
  'tiến sỹ',
  'thạc sĩ',
  'thạc sỹ',
  'dược sĩ',
  // Specialist degrees written after "Bác sĩ"/"BS" ("Bác sĩ CK2 Phù Chí Dũng").
  'CKII',
  'CKI',
  'CK2',
  'CK1',
  'BSCK2',
  'BSCK1',
  'BS.CK2',
  'BS.CK1',
];

/** State honours for doctors and artists: Thầy thuốc Nhân dân / Ưu tú, Nghệ sĩ Nhân dân / Ưu tú. */
export const STATE_HONOURS = [
  'TTND',
  'TTƯT',
  'TTUT',
  'NSND',
  'NSƯT',
  'Thầy thuốc Nhân dân',
  'Thầy thuốc Ưu tú',
];

/** Military ranks, from sergeant to general ("Đại tá Nguyễn Văn A", head of a military hospital's team). */
export const MILITARY_RANKS = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Thượng sĩ',
  'Trung sĩ',
];

/**
 * The ranks as running text writes them, lower-case mid-sentence ("đại tá Peter Roberts - chỉ huy trưởng
 * tàu", "thiếu tướng Nguyễn Văn A"). Read by the people rules only: the recogniser's gazetteer keeps the
 * capitalised spellings it was trained with.
 */
export const MILITARY_RANKS_IN_RUNNING_TEXT = MILITARY_RANKS.map(
  (rank) => rank[0]!.toLowerCase() + rank.slice(1),
);

/** Forms of address: they say nothing of a person's role ("đồng chí Nguyễn Văn A" is only named). */
export const FORMS_OF_ADDRESS = [
  'đồng chí',
  'Đồng chí',
  'ông',
  'Ông',
  'bà',
  'Bà',
  'các đồng chí',
  'Các đồng chí',
  'Ngài',
  'ngài',
];

/** Every honorific, longest first when matched. */
export const HONORIFICS = [
  ...SHORT_DEGREES,
  ...OTHER_SHORT_DEGREES,
  ...DEGREES,
  ...STATE_HONOURS,
  ...MILITARY_RANKS,
  ...FORMS_OF_ADDRESS,
];

/** Forms of address that give no role by themselves. */
export const PLAIN_ADDRESS: ReadonlySet<string> = new Set(FORMS_OF_ADDRESS);

/**
 * Honorifics and forms of address as one capitalised word inside a run of capitalised words, which is not yet
 * the name ("Ths Bs Phạm Thị Hằng", "Ông Hoàng Quốc Hương", "Cô Lan").
 */
export const ADDRESS_WORDS_IN_A_NAME_RUN: ReadonlySet<string> = new Set([
  'Ths',
  'Bs',
  'Ts',
  'Gs',
  'Pgs',
  'Ông',
  'Bà',
  'Bác',
  'Anh',
  'Chị',
  'Đồng',
  'Ngài',
  'Cô',
  'Thầy',
  'Em',
]);
