/**
 * News digests ("Tin vắn ngày 28/9", "Điểm tin y tế"): one headline over
 * several unrelated items, often opened by a line that strings the items'
 * own titles together. The article's event is one item, so its fields must
 * come from that item alone, not from the survey or the workshop beside it.
 *
 * An item is a run of paragraphs: it starts at a paragraph that takes words
 * from the titles line and runs until the next one that takes other words
 * from it. The item kept is the paragraph the caller scores highest (the
 * classifier's cue table), with its item around it.
 */
import { foldVietnamese } from '../../lib/vietnamese.ts';

/**
 * Headlines that announce a digest of items and say nothing else: the label and perhaps "y tế" and a date
 * ("Tin vắn ngày 28/9", "Điểm tin y tế sáng 5/3"). "Bản tin sáng: Bạch Mai hỗ trợ Lào Cai" is one story.
 */
export const DIGEST_HEADLINE =
  /^(?:tin vắn|tin ngắn|điểm tin|bản tin|tin tóm tắt|tin tức)(?:\s+y tế)?(?:\s+(?:ngày|sáng|trưa|chiều|tối|tuần))*[\s\d/.-]*$/iu;

/** A titles line strings several short titles together; a paragraph of the story is longer. */
const TITLES_LINE_MAX_CHARS = 400;

export interface DigestItem {
  /** The item's paragraphs, in order. */
  paragraphs: string[];
}

const SYLLABLE = /[\p{L}\p{N}]+/gu;

function bigrams(text: string): Set<string> {
  const syllables = foldVietnamese(text).match(SYLLABLE) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < syllables.length; i++) out.add(`${syllables[i]} ${syllables[i + 1]}`);
  return out;
}

/**
 * The item of a digest to read as the article, or null when the article is no digest (or has one item).
 * `score` rates how strongly a paragraph reports cooperation; ties go to the earlier item.
 */
export function chooseDigestItem(
  headline: string,
  paragraphs: string[],
  score: (paragraph: string) => number,
): DigestItem | null {
  if (!DIGEST_HEADLINE.test(headline.trim()) || paragraphs.length < 3) return null;
  const [first, ...rest] = paragraphs;
  const titles = first!.length <= TITLES_LINE_MAX_CHARS ? bigrams(first!) : new Set<string>();
  const stories = titles.size ? rest : paragraphs;
  // Which paragraphs open an item: those that take words from the titles line not taken already.
  const taken = new Set<string>();
  const opens = stories.map((p, i) => {
    const fresh = [...bigrams(p)].filter((b) => titles.has(b) && !taken.has(b));
    for (const b of fresh) taken.add(b);
    return i === 0 || fresh.length > 0;
  });
  const starts = opens.flatMap((open, i) => (open ? [i] : []));
  if (starts.length < 2) return null;
  let best = 0;
  let bestScore = -Infinity;
  stories.forEach((p, i) => {
    const s = score(p);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  if (bestScore <= 0) return null;
  const start = starts.filter((s) => s <= best).at(-1)!;
  const end = starts.find((s) => s > best) ?? stories.length;
  return { paragraphs: stories.slice(start, end) };
}
