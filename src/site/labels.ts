/** Vietnamese labels for the contract's codes. */
import type { EventType, OutcomeKind, Qualifier } from '../lib/schema.ts';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  'working-visit': 'Thăm và làm việc',
  conference: 'Hội nghị, hội thảo',
  agreement: 'Ký kết hợp tác',
  'technology-transfer': 'Chuyển giao kỹ thuật',
  training: 'Đào tạo, tập huấn',
  'medical-support': 'Hỗ trợ khám chữa bệnh',
  aid: 'Viện trợ, tài trợ',
  'programme-review': 'Tổng kết chương trình',
};

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  patients: 'Người bệnh',
  procedures: 'Thủ thuật',
  surgeries: 'Ca phẫu thuật',
  consultations: 'Lượt khám, hội chẩn',
  'staff-trained': 'Cán bộ được đào tạo',
  'experts-sent': 'Chuyên gia được cử',
  techniques: 'Kỹ thuật',
  'people-reached': 'Người dân được tiếp cận',
  rate: 'Tỷ lệ',
  funding: 'Kinh phí',
  other: 'Khác',
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'hơn',
  'less-than': 'gần, dưới',
  about: 'khoảng',
  'up-to': 'đến',
};

/**
 * An event's fields as a reader knows them: the evidence under each event and the fields staff corrected
 * are labelled with these (a field without a label shows its code).
 */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  summary: 'Tóm tắt',
  type: 'Loại sự kiện',
  date: 'Ngày',
  provinces: 'Địa phương',
  countries: 'Quốc gia',
  organisations: 'Cơ quan, đơn vị',
  people: 'Thành phần tham dự',
  delegation: 'Đoàn công tác',
  outcomes: 'Kết quả',
  topics: 'Chủ đề',
  evidence: 'Câu trích dẫn',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;
