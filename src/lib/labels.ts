/** Vietnamese labels for the contract's codes. */
import type { EventType, OutcomeKind, Qualifier } from './schema.ts';

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
