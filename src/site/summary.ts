/**
 * What the timeline shows of a summary: its first whole sentence, never cut
 * at an abbreviation ("Toàn TP. Hà Nội", "GS.TS. Nguyễn…"), and never from
 * scraped noise (">> Mua bảo hiểm…", "Xem thêm:", "Ảnh: …").
 */
import { ABBREVIATIONS } from '../lib/abbreviations.ts';

/** A line or run of text that a scraper kept but no reporter wrote as the story. */
const NOISE_START =
  /^(?:>>|»|›|→|\*\s*|xem thêm\b|tin liên quan\b|đọc thêm\b|mua bảo hiểm\b|ảnh\s*:|nguồn\s*:|video\s*:)/iu;
/** A related-news link: the whole line is noise, and so is anything after ">>" in a line. */
const LINK_LINE = /^(?:>>|»|›|→)/u;
const NOISE_INSIDE = /\s*(?:>>|»)\s*.*$/su;

/** True when the full stop at `index` of `text` ends a sentence. */
function endsSentence(text: string, index: number): boolean {
  const after = text.slice(index + 1);
  if (!/^["”’)\]]*\s+["“‘(]*[\p{Lu}\p{N}]/u.test(after)) return false;
  if (text[index] !== '.') return true;
  const word = /([\p{L}\p{N}.]*)$/u.exec(text.slice(0, index))![1]!;
  const last = word.split('.').filter(Boolean).at(-1) ?? '';
  if (/^\d+$/.test(last)) return true;
  // A single capital is an initial ("Nguyễn V. An"); a chain like GS.TS is a title.
  if (/^\p{Lu}$/u.test(last)) return false;
  if (
    word.includes('.') &&
    word
      .split('.')
      .filter(Boolean)
      .every((part) => ABBREVIATIONS.has(part.toLowerCase()))
  )
    return false;
  return !ABBREVIATIONS.has(last.toLowerCase());
}

/** The sentences of a text, split only where a sentence really ends. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, i)) {
      let end = i + 1;
      while (/["”’)\]]/.test(text[end] ?? '')) end++;
      out.push(text.slice(start, end).trim());
      start = end;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** The text without scraped noise: lines and sentences that open with it, and anything after a ">>". */
export function withoutNoise(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line && !LINK_LINE.test(line))
    .map((line) => line.replace(NOISE_INSIDE, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** The summary's first sentence that is not noise; empty when the summary is all noise. */
export function leadSentence(summary: string): string {
  return sentences(withoutNoise(summary)).find((s) => !NOISE_START.test(s)) ?? '';
}

/** A link preview's description: the text without noise, cut at the last sentence end that fits (else at a word, with "…"). */
export function linkPreviewText(text: string, max = 200): string {
  const clean = withoutNoise(text).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let out = '';
  for (const sentence of sentences(clean)) {
    if ((out ? `${out} ${sentence}` : sentence).length > max) break;
    out = out ? `${out} ${sentence}` : sentence;
  }
  if (out) return out;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–-]+$/, '')}…`;
}
