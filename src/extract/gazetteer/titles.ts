/**
 * The titles that state a person's role (Phó Giám đốc Sở Y tế, Thứ trưởng Bộ
 * Y tế) and the words around them; honorifics (GS.TS, đồng chí) are in honorifics.ts.
 */
import { alternation } from '../../lib/regex.ts';

/** Words that start a title (matched case-insensitively, on word boundaries). */
export const TITLE_STARTS = [
  'Bộ trưởng',
  'Thứ trưởng',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Giám đốc',
  'Phó Giám đốc',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Tổng Bí thư',
  'Bí thư',
  'Phó Bí thư',
  'Trưởng khoa',
  'Phó Trưởng khoa',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Tổng cục trưởng',
  'Đại sứ',
  'Tổng Lãnh sự',
  'Lãnh sự',
  'Tham tán',
  'Trưởng đoàn',
  'Phó Trưởng đoàn',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Ủy viên',
  'Uỷ viên',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Tổng thư ký',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Trưởng đại diện',
  'Điều phối viên',
  'Điều dưỡng trưởng',
  'Trưởng trạm',
  'Đại biểu Quốc hội',
  'Người phát ngôn',
  'Giám đốc điều hành',
  'Trưởng bộ môn',
  'Phó Trưởng bộ môn',
  'Trưởng nhóm',
  'Chủ tịch Hội',
  'Trưởng Đại diện',
  'Tư lệnh',
  'Chính ủy',
  'Phó Chính ủy',
  'Phó Tư lệnh',
  'Chánh thanh tra',
  'Phó Chánh thanh tra',
  'Trưởng Ban',
  'Phó Trưởng Ban',
  // Heads of state on visits.
  'Tổng thống',
  'Phó Tổng thống',
  'Chủ tịch nước',
  // Heads of military medical teams and of foreign delegations.
  'Chỉ huy trưởng',
  'Phó Chỉ huy trưởng',
  'Trưởng phái đoàn',
];

/** A title that ends the text: the title before a name, or before the institution whose head the name is. */
export const TITLE_AT_END = new RegExp(`(?:^|\\s)(?:${alternation(TITLE_STARTS)})$`, 'iu');

/**
 * Verbs and clause words that end a title written after a name: "Nguyễn Văn A, Giám đốc Sở Y tế cho biết" —
 * the title is "Giám đốc Sở Y tế".
 */
export const TITLE_ENDING_WORDS = [
  'và',
  'cùng',
  'đã',
  'đang',
  'sẽ',
  'làm',
  'dẫn đầu',
  'phát biểu',
  'cho biết',
  'cho hay',
  'khẳng định',
  'nhấn mạnh',
  'chia sẻ',
  'nói',
  'đề nghị',
  'yêu cầu',
  'trao',
  'tặng',
  'ký',
  'thăm',
  'tham dự',
  'chủ trì',
  'có',
  'được',
  'đánh giá',
  'ghi nhận',
  'biểu dương',
  'cảm ơn',
  'mong muốn',
  'bày tỏ',
  'báo cáo',
  'tiếp',
  'kiểm tra',
  'chúc mừng',
  'trình bày',
  'giới thiệu',
  'thông tin',
  'tham gia',
  'đến',
  'tới',
  'về',
  'với',
  'tại',
  'trong',
  'khi',
  'vì',
  'đi',
  'để',
  'nêu',
  'lưu ý',
  'hoan nghênh',
  'là',
  'thay mặt',
  'trực tiếp',
  'cũng',
  'vừa',
  'lên',
  'phụ trách',
  'nhận',
  'gửi',
  'kêu gọi',
  'quyết định',
  'chỉ đạo',
  'thực hiện',
  'điều hành',
];

/**
 * Nouns of a contribution before "của": "với sự hỗ trợ của GS X", "chuyển giao
 * kỹ thuật của giáo sư Y" name a participant, where "chỉ đạo của đồng chí Z"
 * only refers to one.
 */
export const CONTRIBUTION_NOUNS = [
  'hỗ trợ',
  'giúp đỡ',
  'tài trợ',
  'tham gia',
  'hướng dẫn',
  'chuyển giao',
  'tư vấn',
  'phối hợp',
  'cộng tác',
  'trợ giúp',
  'chủ trì',
  'điều phối',
];

/**
 * Titles that only follow a name: "bà X, phu nhân Tổng thống Pháp" is a
 * participant; the name after "phu nhân Tổng thống" is the spouse, only mentioned.
 */
export const SPOUSE_TITLES = ['Phu nhân'];

/** Words right before a person that say they are a patient, not a participant. */
export const PATIENT_WORDS = [
  'bệnh nhân',
  'bệnh nhi',
  'cháu',
  'sản phụ',
  'người bệnh',
  'bé',
  'em',
  'chị',
  'anh',
  'cụ',
  'nạn nhân',
  'thai phụ',
];
