/**
 * The two strata the labelled sets were drawn from (../shared/gold/README.md): `candidate`, a health article
 * that contains a cooperation word, and `random`, drawn from the rest of the health corpus. The README does not
 * list the words; this list is the smallest we found that reproduces the labels' own `origin`: every `random`
 * article of labels.tsv lacks all of them, and 368 of its 376 `candidate` articles have one (the other 8 were
 * drawn by cues not reproduced here: "khám chữa bệnh miễn phí", "chuyên gia nước ngoài", "WHO tập huấn").
 * Used to weigh the strata by their share of the corpus.
 */
export type Stratum = 'candidate' | 'random';

/** Cooperation words, lower case, NFC, each tone placement written out ("thỏa"/"thoả"). */
export const COOPERATION_WORDS = [
  'hợp tác',
  'chuyển giao',
  'viện trợ',
  'tài trợ',
  'ký kết',
  'đoàn công tác',
  'giúp đỡ',
  'bản ghi nhớ',
  'thỏa thuận',
  'thoả thuận',
  'đối tác',
  'hội chẩn',
  'vệ tinh',
  'từ thiện',
  'trao tặng',
  'luân phiên',
  'nhà hảo tâm',
  'oda',
];

const COOPERATION_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${COOPERATION_WORDS.join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** The stratum of a health article's text: `candidate` when it contains a cooperation word. */
export function stratumOf(text: string): Stratum {
  return COOPERATION_WORD.test(text.normalize('NFC').toLowerCase()) ? 'candidate' : 'random';
}
