/**
 * Kinds of health news that are not cooperation however many cooperation words they carry: the false
 * positives of the published corpus site (../shared/gold/labels-published.tsv). Each pattern is a general
 * statement about how Vietnamese news of that kind is written, with a test sentence in
 * test/extract/classify/genres.test.ts. The classifier learns how much each weighs, in the opening (headline
 * and lead).
 */

/**
 * A study reported as news: "các nhà khoa học", "một nghiên cứu mới", "theo tạp chí", "thử nghiệm trên
 * người", "công bố trên". Cooperation news reports what institutions do together, not what a study found.
 */
export const STUDY_NEWS =
  /nhà khoa học|nhà nghiên cứu|(?:một|các|cuộc|công trình) nghiên cứu|nghiên cứu (?:mới|cho thấy|của)|theo (?:tạp chí|nghiên cứu)|tạp chí|thử nghiệm (?:trên|lâm sàng|vắc)|công bố trên|phát hiện (?:ra )?(?:rằng|mới)/iu;

/**
 * Health advice and readers' questions: an imperative to the reader ("hãy", "nên", "đừng"), "bạn", a question
 * column ("Hỏi:", "bác sĩ tư vấn", "xin hỏi"), a question mark in the headline.
 */
export const ADVICE =
  /(?<!\p{L})(?:hãy|đừng|bạn|xin hỏi|cách (?:phòng|chữa|giảm|trị)|mẹo|bí quyết|lời khuyên)(?!\p{L})|\?|hỏi:|bác sĩ tư vấn/iu;
