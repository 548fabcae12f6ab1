/**
 * Verbs that date a sentence: one that reports the event itself ("ký kết", "khai mạc") or one that only
 * reports what someone said about it ("cho biết"). Matched case-insensitively anywhere in the text.
 */

/** The event happens in this sentence. "ký " keeps its space, so that it is the verb and not part of a word. */
export const EVENT_VERBS = [
  'tổ chức',
  'ký kết',
  'ký ',
  'diễn ra',
  'làm việc',
  'khai mạc',
  'tiếp',
  'thăm',
  'hội thảo',
  'hội nghị',
  'trao',
  'bàn giao',
  'tiến hành',
  'phối hợp',
  'đã có buổi',
  'công bố',
  'đón',
  'khánh thành',
  'ra mắt',
  'khởi động',
  'thực hiện',
  'tham dự',
  'đến',
  'cam kết',
  'tài trợ',
  'viện trợ',
  'tặng',
  'nhận',
];

/** Verbs of saying: a day before one of these dates the statement, not the event. */
export const REPORTING_VERBS = [
  'cho biết',
  'cho hay',
  'thông tin',
  'thông báo',
  'khẳng định',
  'chia sẻ',
  'trả lời',
  'xác nhận',
];

/**
 * Words right before a news outlet that cite it as the source of what follows ("Theo báo Người Lao
 * Động, …", "đăng trên báo Lao Động", "Trao đổi với phóng viên Tuổi Trẻ, …", "phóng viên Tuổi Trẻ Online được biết"): the outlet
 * is cited, not a party (NAMES.md).
 */
export const SOURCE_CUES = [
  'theo',
  'trên',
  'nguồn',
  'trao đổi với',
  'chia sẻ với',
  'nói với',
  'trả lời',
  'cho biết với',
  'thông tin với',
  'tiết lộ với',
  'phỏng vấn của',
  'trả lời phỏng vấn',
  'ghi nhận của',
  'phóng viên',
];
