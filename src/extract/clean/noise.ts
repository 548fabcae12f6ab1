/**
 * Stage 3: strip what the scraper brought along before anything is extracted:
 * image file names and the caption under them, photo credits, related-news
 * blocks to the end of the article, social footers, login and comment
 * prompts, and source datelines (whose publisher is kept).
 */
import type { Block } from '../read/parse.ts';
import { escapeRegExp } from '../../lib/regex.ts';

export interface CleanArticle {
  blocks: Block[];
  /** Publisher named by a source dateline such as `(ĐCSVN) –`, expanded when known. */
  datelinePublisher: string | null;
  /** Headline recovered when it ran into the first line before the dateline. */
  datelineHeadline: string | null;
}

const IMAGE_LINE = /^\S.{0,200}?\.(?:png|jpe?g|gif|webp|bmp|svg|tiff?)(?:\?\S*)?$/i;

/** Headings that start a related-news or recommendation block: everything after them is not the article. */
const RELATED_NEWS = new RegExp(
  '^(?:có thể bạn quan tâm|tin cùng chuyên mục|tin liên quan|bài liên quan|tin khác|các tin khác|tin mới(?: nhất| hơn)?|tin đọc nhiều|đọc nhiều nhất|xem thêm|đọc thêm|bài viết liên quan|tin tức liên quan|cùng chuyên mục|tin nổi bật|tin bài liên quan|chủ đề liên quan|bài đọc nhiều)\\s*:?$',
  'i',
);

/**
 * A line of links to other articles, each headline after ">>" (Tuổi Trẻ's
 * related news): ">> Headline A >> Headline B". Markdown reads the first ">>"
 * as a quote mark and drops it, so the ">>" between headlines is what is left.
 */
const LINKS_LINE = /^\s*(?:>>|»)\s*\S|\S\s+>>\s+\S/u;

/**
 * A caption the scraper kept twice (under the photo and again as its alt text
 * or at the end): one sentence that ends in a period, repeated word for word.
 * Measured on the corpus: 650 of 16,000 articles repeat such a line, and in
 * all but 8 the first copy is not the lead (those 8 repeat the lead as a
 * pull quote, and keep it).
 */
const CAPTION_MAX_CHARS = 200;

const FOOTER_TOKENS = new Set([
  'fb',
  'yt',
  'zl',
  'tw',
  'in',
  'facebook',
  'zalo',
  'twitter',
  'youtube',
  'email',
  'chia',
  'sẻ',
  'share',
  'tweet',
  'like',
  'lưu',
  'in bài',
  'copy',
  'link',
]);

const COMMENT_PROMPT =
  /^(?:bạn vui lòng đăng nhập|vui lòng đăng nhập|đăng nhập để|gửi bình luận|bình luận(?: \(\d+\))?$|ý kiến bạn đọc|viết bình luận|ý kiến của bạn|bạn đọc bình luận|\d+ bình luận)/i;

const PHOTO_CREDIT =
  /\s*[([]\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo|video)\s*(?::[^)\]]{0,80})?[)\]]\s*\|?\s*$/i;
/**
 * A credit that ends the line: "- Ảnh: NGỌC HÀ", "Ảnh: T. LŨY.", "Video: Thanh Huyền.", "Ảnh minh hoạ:
 * Internet". The name is a few words (initials, a site's address), with or without the closing period;
 * "Chẩn đoán hình ảnh: siêu âm, …" is imaging, not a credit.
 */
const TRAILING_CREDIT =
  /(?<!hình\s)\s*[-–—|]?\s*(?:ảnh(?: minh họa| minh hoạ)?|nguồn ảnh|photo|video)\s*:\s*(?:[\p{L}\p{M}\d.'’&/-]+\s*){1,6}\.?\s*$/iu;
/**
 * A credit in capitals that the scraper ran into the next sentence: "… - Ảnh: NGỌC TÀIĐây là lần đầu …".
 * The name ends where a capital is followed by a small letter, the start of the next sentence
 * (with or without a space between: "Ảnh: THÁI THỊNH Hải quân Mỹ …").
 */
const GLUED_CREDIT =
  /(?<!hình\s)(?:[Ảả]nh|ẢNH|[Pp]hoto)\s*:\s*\p{Lu}[\p{Lu}\p{M}.\s]*\p{Lu}(?=\s*\p{Lu}\p{Ll})/u;
/**
 * A line that is only a name or an outlet in capitals ("NGỌC HÀ", "TUỔI TRẺ", "PV", "BTV"): a credit
 * under a photo or a sign-off, never the text.
 */
const CAPITALS_LINE = /^[\p{Lu}\p{M}][\p{Lu}\p{M}.&\s-]{0,40}$/u;
/** Sign-offs that end an article: "Theo TTXVN", "(Theo Người Lao Động)", "Nguồn: Báo Lao Động", "(Dân trí)", "Mỹ Linh (theo Reuters)". */
const SIGN_OFF_LINE = new RegExp(
  [
    '^\\(?\\s*(?:theo|nguồn)\\s*:?\\s+[^.!?,;:]{1,60}\\)?\\.?$',
    '^\\([^()]{1,40}\\)\\.?$',
    '^[\\p{Lu}][\\p{L}\\p{M}.\\s]{0,40}\\(\\s*(?:theo|tổng hợp|lược dịch|dịch|nguồn)[^()]{0,40}\\)\\.?$',
  ].join('|'),
  'iu',
);
/** A reporter's name alone on the last line: "Thanh Nhàn", "Tiến Hùng.", "Đào Vũ". */
const BYLINE_LINE = /^(?:[\p{Lu}][\p{Ll}\p{M}]*\.?\s*){1,4}$/u;
const BYLINE_MAX_CHARS = 30;
/** An outlet named at the very end of the last sentence: "… đã kết thúc. (Dân trí)", "… Theo TTXVN". */
const TRAILING_SIGN_OFF =
  /(?<=[.!?…"”])\s*(?:\(\s*(?:theo\s+)?[^()]{1,30}\)|\(?(?:theo|nguồn)\s*:?\s+[^.!?,;:()]{1,40}\)?)\.?\s*$/iu;

/** Datelines at the start of a text: `(ĐCSVN) –`, `(NLĐ)-`, `(Dân trí) -`, `HNM –`. */
const DATELINE = /(^|\s)\(([A-ZĐ][^()\n]{0,24})\)\s*[-–—]\s*/u;
/** A site's address opening the text as its dateline: `Suckhoedoisong.vn - `, `VOV.VN -`. */
const SITE_DATELINE =
  /^([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:vn|com|net|org))(?:\s*\([^()\n]{2,30}\))?\s*[-–—]\s*/iu;

export const KNOWN_PUBLISHERS: Record<string, string> = {
  ĐCSVN: 'Báo điện tử Đảng Cộng sản Việt Nam',
  NLĐ: 'Người Lao Động',
  TTXVN: 'Thông tấn xã Việt Nam',
  VOV: 'Đài Tiếng nói Việt Nam',
  HNM: 'Hà Nội Mới',
  SGGP: 'Sài Gòn Giải Phóng',
  PLO: 'Pháp Luật TP.HCM',
  TN: 'Thanh Niên',
  TT: 'Tuổi Trẻ',
  VNE: 'VnExpress',
  'Dân trí': 'Dân trí',
  'Dân Trí': 'Dân trí',
  'VTC News': 'VTC News',
  'Chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'Baochinhphu.vn': 'Báo Điện tử Chính phủ',
  SKĐS: 'Sức khỏe & Đời sống',
  CAND: 'Công an Nhân dân',
  QĐND: 'Quân đội Nhân dân',
  'GD&TĐ': 'Giáo dục & Thời đại',
  Infonet: 'Infonet',
  Zing: 'Zing News',
  VTV: 'Đài Truyền hình Việt Nam',
  TTO: 'Tuổi Trẻ Online',
};

/** A known publisher's abbreviation opening the text, with or without the place: `TT (Hà Nội) -`, `SKĐS - `, `TTO - `. */
const PUBLISHER_DATELINE = new RegExp(
  `^(${Object.keys(KNOWN_PUBLISHERS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?:\\s*\\([^()\\n]{2,30}\\))?\\s*[-–—]\\s+`,
  'u',
);

/** Removes noise from parsed blocks, keeping the publisher a dateline names. */
export function stripNoise(blocks: Block[]): CleanArticle {
  const kept = dropRepeatedCaptions(cutRelatedNews(blocks));
  const out: Block[] = [];
  // Where the caption of the last image may be: the next line of its block, or the next block.
  let pendingCaption: 'same-block' | 'next-block' | null = null;
  for (const block of kept) {
    const lines: string[] = [];
    for (const line of block.lines) {
      if (IMAGE_LINE.test(line) && !/[.!?…:]\s/.test(line)) {
        pendingCaption = 'same-block';
        continue;
      }
      const captionWhere = pendingCaption;
      pendingCaption = null;
      if (captionWhere && isCaption(line, captionWhere)) continue;
      if (isFooterLine(line) || COMMENT_PROMPT.test(line) || isLinksLine(line)) continue;
      const withoutCredit = stripPhotoCredit(line);
      if (withoutCredit !== null) lines.push(withoutCredit);
    }
    if (pendingCaption === 'same-block') pendingCaption = 'next-block';
    if (lines.length) out.push({ kind: block.kind, lines });
  }
  dropCapitalsLines(out);
  stripSignOff(out);
  const { publisher, headline } = stripDateline(out);
  return {
    blocks: out.filter((b) => b.lines.length),
    datelinePublisher: publisher,
    datelineHeadline: headline,
  };
}

/** A caption is one short sentence; one in a block of its own must be shorter still, or it may be the text. */
function isCaption(line: string, where: 'same-block' | 'next-block'): boolean {
  return (
    line.length <= (where === 'same-block' ? 250 : 120) &&
    (line.match(/[.!?]\s/g) ?? []).length <= 1
  );
}

function cutRelatedNews(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const at = block.lines.findIndex((line) => RELATED_NEWS.test(line.trim()));
    if (at < 0) {
      out.push(block);
      continue;
    }
    if (at > 0) out.push({ kind: block.kind, lines: block.lines.slice(0, at) });
    return out;
  }
  return out;
}

function isRepeatableCaption(line: string): boolean {
  return (
    line.length <= CAPTION_MAX_CHARS &&
    /\.$/.test(line) &&
    (line.match(/[.!?]\s/g) ?? []).length === 0
  );
}

/** Drops every copy of a caption the article repeats, but the lead (the first line after the headline) stays. */
function dropRepeatedCaptions(blocks: Block[]): Block[] {
  const seen = new Map<string, number>();
  const lines = blocks.flatMap((b) => b.lines.map((l) => l.trim()));
  for (const line of lines)
    if (isRepeatableCaption(line)) seen.set(line, (seen.get(line) ?? 0) + 1);
  if (![...seen.values()].some((n) => n > 1)) return blocks;
  const lead = lines.slice(0, 2);
  let kept = 0;
  return blocks
    .map((block) => ({
      kind: block.kind,
      lines: block.lines.filter((line) => {
        const at = kept++;
        if ((seen.get(line.trim()) ?? 0) < 2) return true;
        // The headline or the lead repeated later as a pull quote: its first copy is the text.
        return at < 2 && lead.indexOf(line.trim()) === at;
      }),
    }))
    .filter((b) => b.lines.length);
}

/** Both of LINKS_LINE's forms hold `>>` or `»`: a line without either is not looked at further. */
function isLinksLine(line: string): boolean {
  return (line.includes('>>') || line.includes('»')) && LINKS_LINE.test(line);
}

function isFooterLine(line: string): boolean {
  if (line.length > 80) return false;
  const words = line
    .toLowerCase()
    .split(/[\s|·•/]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => FOOTER_TOKENS.has(w));
}

/** Lines that are only a name in capitals go, except the article's first line (a headline may be in capitals). */
function dropCapitalsLines(blocks: Block[]): void {
  blocks.forEach((block, b) => {
    block.lines = block.lines.filter(
      (line, i) => (b === 0 && i === 0) || !CAPITALS_LINE.test(line.trim()),
    );
  });
}

/** The outlet or reporter that signs the article off: its last lines, and an outlet in brackets after its last sentence. */
function stripSignOff(blocks: Block[]): void {
  const isSignOff = (line: string) =>
    SIGN_OFF_LINE.test(line) || (line.length <= BYLINE_MAX_CHARS && BYLINE_LINE.test(line));
  for (let b = blocks.length - 1; b > 0; b--) {
    const lines = blocks[b]!.lines;
    while (lines.length && isSignOff(lines[lines.length - 1]!.trim())) lines.pop();
    if (lines.length) {
      const last = lines.length - 1;
      lines[last] = lines[last]!.replace(TRAILING_SIGN_OFF, '').trimEnd();
      return;
    }
  }
}

/** Returns the line without its photo credit, or null when the whole line is a captioned photo. */
function stripPhotoCredit(line: string): string | null {
  if (!/ảnh|photo|video/iu.test(line)) return line;
  // The caption before a glued credit goes with it; the sentence after it is the text (which may hold another).
  const glued = GLUED_CREDIT.exec(line);
  if (glued)
    return stripPhotoCredit(line.slice(glued.index + glued[0].length).trim() || '') || null;
  const credit = PHOTO_CREDIT.exec(line) ?? TRAILING_CREDIT.exec(line);
  if (!credit) return line;
  // A line ending in a credit is a caption: short ones go entirely, long ones keep their text.
  if (line.length <= 300 || /\|\s*$/.test(line)) return null;
  return line.slice(0, credit.index).trim() || null;
}

function stripDateline(blocks: Block[]): { publisher: string | null; headline: string | null } {
  // Only the opening lines carry a dateline.
  for (let b = 0; b < Math.min(blocks.length, 3); b++) {
    const block = blocks[b]!;
    for (let i = 0; i < Math.min(block.lines.length, 2); i++) {
      const line = block.lines[i]!;
      const opening = SITE_DATELINE.exec(line) ?? PUBLISHER_DATELINE.exec(line);
      if (opening) {
        block.lines[i] = line.slice(opening[0].length).trim();
        if (!block.lines[i]) block.lines.splice(i, 1);
        return { publisher: KNOWN_PUBLISHERS[opening[1]!] ?? opening[1]!, headline: null };
      }
      const m = DATELINE.exec(line);
      if (!m || m.index > 250) continue;
      const abbreviation = m[2]!.trim();
      if (!looksLikePublisher(abbreviation)) continue;
      const before = line.slice(0, m.index).trim();
      const after = line.slice(m.index + m[0].length).trim();
      // VNTC runs the headline into the dateline: "Headline (NLĐ)- Body…".
      const headline =
        before && !/[.!?…]$/.test(before) ? before.replace(TRAILING_CREDIT, '').trim() : null;
      block.lines[i] = headline ? after : [before, after].filter(Boolean).join(' ');
      if (!block.lines[i]) block.lines.splice(i, 1);
      return { publisher: KNOWN_PUBLISHERS[abbreviation] ?? abbreviation, headline };
    }
  }
  return { publisher: null, headline: null };
}

function looksLikePublisher(text: string): boolean {
  if (KNOWN_PUBLISHERS[text]) return true;
  // Short, mostly capitals or a web address, or an outlet's capitals before "Online" ("TBKTSG Online"):
  // not a parenthetical remark.
  return (
    (text.length <= 16 && (/^[A-ZĐ&.\- ]{2,}$/u.test(text) || /\.(vn|com|net)$/i.test(text))) ||
    /^[A-ZĐ&.-]{2,12}\s+Online$/u.test(text)
  );
}
