/**
 * The main event's type, from cue words weighted by where they stand: the
 * headline names the event, the lead confirms it, the body only breaks ties.
 */
import type { EventType } from '../../lib/schema.ts';

const TYPE_CUES: Array<[EventType, RegExp]> = [
  ['agreement', /ký kết|ký biên bản|biên bản ghi nhớ|bản ghi nhớ|thỏa thuận hợp tác|thoả thuận hợp tác|ký thỏa thuận|ký thoả thuận|\bMOU\b|\bMoU\b|ký hợp tác|lễ ký|hiệp định/iu],
  ['technology-transfer', /chuyển giao (?:kỹ thuật|công nghệ|gói kỹ thuật|các kỹ thuật)|tiếp nhận (?:chuyển giao|kỹ thuật)|nhận chuyển giao|bệnh viện vệ tinh|làm chủ kỹ thuật|lần đầu tiên thực hiện|triển khai thành công kỹ thuật/iu],
  ['conference', /hội thảo|hội nghị|diễn đàn|tọa đàm|toạ đàm|hội thảo khoa học/iu],
  ['working-visit', /đoàn công tác|thăm và làm việc|làm việc với|tiếp đoàn|chuyến thăm|tiếp và làm việc|đoàn đại biểu|thăm chính thức|đến thăm/iu],
  ['training', /đào tạo|tập huấn|bồi dưỡng|khóa học|khoá học|lớp học|học bổng/iu],
  ['medical-support', /khám(?:,)? (?:chữa bệnh |bệnh |sàng lọc )?(?:và phát thuốc )?miễn phí|phẫu thuật miễn phí|luân phiên|hỗ trợ chuyên môn|đoàn y bác sĩ|đoàn bác sĩ|hội chẩn|từ xa|cầu truyền hình|tình nguyện|đối tác thái bình dương|tàu bệnh viện/iu],
  ['aid', /viện trợ|tài trợ|trao tặng|bàn giao (?:trang thiết bị|thiết bị|máy)|hỗ trợ kinh phí|\bODA\b|tặng|quyên góp/iu],
  ['programme-review', /tổng kết|sơ kết|nhìn lại|đánh giá kết quả|kết quả (?:hợp tác|thực hiện|triển khai)|đánh dấu|chặng đường|năm qua|những năm qua|thời gian qua/iu],
];

const ZONE_WEIGHT = { headline: 3, lead: 2, body: 0.25 };

export interface TypeDecision {
  type: EventType;
  /** The sentence with the cue that decided. */
  evidence: string;
}

/**
 * Scores each type over the headline, lead and body sentences; ties go to the
 * type listed first (an agreement signed at a conference is an agreement).
 */
export function decideEventType(headline: string[], lead: string[], body: string[], precision: 'day' | 'month' | 'year' | null): TypeDecision {
  const scores = new Map<EventType, { score: number; evidence: string }>();
  const zones: Array<[keyof typeof ZONE_WEIGHT, string[]]> = [['headline', headline], ['lead', lead], ['body', body]];
  for (const [type, pattern] of TYPE_CUES) {
    for (const [zone, sentences] of zones) {
      for (const sentence of sentences) {
        if (!pattern.test(sentence)) continue;
        const entry = scores.get(type) ?? { score: 0, evidence: sentence };
        entry.score += ZONE_WEIGHT[zone];
        scores.set(type, entry);
        if (zone !== 'body') break;
      }
    }
  }
  // A review of results over a year or a period has no single day.
  const review = scores.get('programme-review');
  if (review && precision !== 'day') review.score += 2;
  else if (review) review.score = Math.min(review.score, 1);
  let best: TypeDecision | null = null;
  let bestScore = 0;
  for (const [type] of TYPE_CUES) {
    const entry = scores.get(type);
    if (entry && entry.score > bestScore) {
      best = { type, evidence: entry.evidence };
      bestScore = entry.score;
    }
  }
  return best ?? { type: 'working-visit', evidence: headline[0] ?? lead[0] ?? body[0] ?? '' };
}
