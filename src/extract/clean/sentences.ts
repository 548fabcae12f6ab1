/**
 * Stage 4: cleaned blocks → sentences. Vietnamese honorifics end in a period
 * (`GS.TS.`, `ThS.`, `TP.`) and must not end a sentence.
 */
import type { Block } from '../read/parse.ts';
import { ABBREVIATIONS } from '../../lib/abbreviations.ts';

export interface Sentence {
  text: string;
  /** Index of the block it came from. */
  block: number;
  /** Position in the article, 0 for the first sentence. */
  index: number;
  /** True for the headline block (a Markdown heading or the detected title line). */
  isHeadline: boolean;
}

const BOUNDARY = /([.!?…]+["”’)\]]*)\s+(?=["“‘([–-]?\s*[\p{Lu}\d])/gu;

/** Splits one line of text into sentences. */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const end = m.index + m[1]!.length;
    const before = line.slice(start, m.index);
    const lastToken = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    if (m[1] === '.' && (ABBREVIATIONS.has(lastToken.toLowerCase()) || /^\p{Lu}$/u.test(lastToken)))
      continue;
    out.push(line.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /\p{L}/u.test(s));
}

/** All sentences of the article in order, the headline block first when there is one. */
export function segmentArticle(blocks: Block[], headlineBlocks: ReadonlySet<number>): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, b) => {
    for (const line of block.lines) {
      for (const text of splitSentences(line))
        out.push({ text, block: b, index: out.length, isHeadline: headlineBlocks.has(b) });
    }
  });
  return out;
}
