/**
 * Honorifics written before a name (GS.TS, BSCKII, đồng chí) and the titles
 * that state a person's role (Phó Giám đốc Sở Y tế, Thứ trưởng Bộ Y tế).
 */

/** Academic and professional honorifics, and forms of address; longest first when matched. */
export const HONORIFICS = [
  'GS.TS.BS', 'PGS.TS.BS', 'GS.TSKH', 'PGS.TSKH', 'GS.TS', 'PGS.TS', 'PGS. TS', 'GS. TS', 'TS.BS', 'TS. BS', 'ThS.BS',
  'ThS. BS', 'Ths.Bs', 'Ths Bs', 'ThS BS', 'BSCKII', 'BSCKI', 'BS.CKII', 'BS.CKI', 'BS CKII', 'BS CKI', 'BSCK II', 'BSCK I',
  'TTND', 'TTƯT', 'TTUT', 'NSND', 'NSƯT', 'GS', 'PGS', 'TS', 'ThS', 'Ths', 'BS', 'DS', 'ĐD', 'KS', 'CN', 'Dr.', 'Mr.',
  'Mrs.', 'Ms.', 'Prof.', 'Thầy thuốc Nhân dân', 'Thầy thuốc Ưu tú', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Tiến sỹ',
  'Thạc sĩ', 'Thạc sỹ', 'Bác sĩ', 'Bác sỹ', 'bác sĩ', 'bác sỹ', 'Dược sĩ', 'Điều dưỡng', 'đồng chí', 'Đồng chí', 'ông',
  'Ông', 'bà', 'Bà', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Thiếu tướng', 'Trung tướng', 'Thượng tướng',
  'Đại tướng', 'chuyên gia', 'Chuyên gia', 'Ngài', 'ngài', 'bác sĩ chuyên khoa II', 'bác sĩ chuyên khoa I',
  'Bác sĩ chuyên khoa II', 'Bác sĩ chuyên khoa I', 'các đồng chí', 'Các đồng chí',
  // Written lower-case in running text ("giáo sư Michel Henry", "thạc sĩ Nguyễn Đăng Hiếu").
  'giáo sư', 'phó giáo sư', 'tiến sĩ', 'tiến sỹ', 'thạc sĩ', 'thạc sỹ', 'dược sĩ',
  // Specialist degrees written after "Bác sĩ"/"BS" ("Bác sĩ CK2 Phù Chí Dũng").
  'CKII', 'CKI', 'CK2', 'CK1', 'BSCK2', 'BSCK1', 'BS.CK2', 'BS.CK1',
];

/** Forms of address that give no role by themselves. */
export const PLAIN_ADDRESS = new Set(['đồng chí', 'Đồng chí', 'ông', 'Ông', 'bà', 'Bà', 'các đồng chí', 'Các đồng chí', 'Ngài', 'ngài']);

/** Words that start a title (matched case-insensitively, on word boundaries). */
export const TITLE_STARTS = [
  'Bộ trưởng', 'Thứ trưởng', 'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Giám đốc', 'Phó Giám đốc', 'Chủ tịch', 'Phó Chủ tịch',
  'Tổng Bí thư', 'Bí thư', 'Phó Bí thư', 'Trưởng khoa', 'Phó Trưởng khoa', 'Trưởng phòng', 'Phó Trưởng phòng', 'Viện trưởng',
  'Phó Viện trưởng', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng',
  'Tổng cục trưởng', 'Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Tham tán', 'Trưởng đoàn', 'Phó Trưởng đoàn', 'Trưởng ban',
  'Phó Trưởng ban', 'Ủy viên', 'Uỷ viên', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Tổng thư ký', 'Chánh Văn phòng', 'Phó Chánh Văn phòng',
  'Thủ tướng', 'Phó Thủ tướng', 'Trưởng đại diện', 'Điều phối viên', 'Điều dưỡng trưởng', 'Trưởng trạm', 'Đại biểu Quốc hội',
  'Người phát ngôn', 'Giám đốc điều hành', 'Trưởng bộ môn', 'Phó Trưởng bộ môn', 'Trưởng nhóm', 'Chủ tịch Hội', 'Trưởng Đại diện',
  'Tư lệnh', 'Chính ủy', 'Phó Chính ủy', 'Phó Tư lệnh', 'Chánh thanh tra', 'Phó Chánh thanh tra', 'Trưởng Ban', 'Phó Trưởng Ban',
  // Heads of state on visits.
  'Tổng thống', 'Phó Tổng thống', 'Chủ tịch nước',
  // Heads of military medical teams and of foreign delegations.
  'Chỉ huy trưởng', 'Phó Chỉ huy trưởng', 'Trưởng phái đoàn',
];

/**
 * Nouns of a contribution before "của": "với sự hỗ trợ của GS X", "chuyển giao
 * kỹ thuật của giáo sư Y" name a participant, where "chỉ đạo của đồng chí Z"
 * only refers to one.
 */
export const CONTRIBUTION_NOUNS = [
  'hỗ trợ', 'giúp đỡ', 'tài trợ', 'tham gia', 'hướng dẫn', 'chuyển giao', 'tư vấn', 'phối hợp', 'cộng tác',
  'trợ giúp', 'chủ trì', 'điều phối',
];

/**
 * Titles that only follow a name: "bà X, phu nhân Tổng thống Pháp" is a
 * participant; the name after "phu nhân Tổng thống" is the spouse, only mentioned.
 */
export const SPOUSE_TITLES = ['Phu nhân'];

/** Words right before a person that say they are a patient, not a participant. */
export const PATIENT_WORDS = ['bệnh nhân', 'bệnh nhi', 'cháu', 'sản phụ', 'người bệnh', 'bé', 'em', 'chị', 'anh', 'cụ', 'nạn nhân', 'thai phụ'];
