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
