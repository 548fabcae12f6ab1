/**
 * Final checks on the names tagged in one article, each a general statement
 * about how Vietnamese news writes names, each kept because cross-validation
 * on mentions.json showed a gain:
 * - a kind word alone ("Khoa", "Bệnh viện", "UBND") names no institution;
 * - a name the article writes in full elsewhere, tagged shorter here while the
 *   text goes on with the rest of it, is that full name ("Viện Bỏng quốc" where
 *   "Viện Bỏng quốc gia" is written).
 */
import { HEADS_THAT_END_A_NAME, LOWER_CASE_HEADS } from '../gazetteer/institutions.ts';
import type { NameKind } from './tags.ts';

export interface ArticleMention {
  kind: NameKind;
  text: string;
  sentence: number;
  start: number;
  end: number;
}

const KIND_WORDS: ReadonlySet<string> = new Set(
  [...HEADS_THAT_END_A_NAME, ...LOWER_CASE_HEADS].map((w) => w.toLowerCase()),
);

/** True for an institution that is only a kind word. */
export const isBareKindWord = (m: ArticleMention): boolean =>
  m.kind === 'ORG' && KIND_WORDS.has(m.text.toLowerCase());

/** The mentions after the checks, in the same order; `sentences` are the texts the offsets point into. */
export function checkArticleNames<M extends ArticleMention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  const kept = mentions.filter((m) => !isBareKindWord(m));
  return kept.map((m) => {
    let whole = m;
    for (const other of kept) {
      if (other.kind !== m.kind || other.text.length <= whole.text.length) continue;
      if (!other.text.startsWith(`${m.text} `)) continue;
      const end = m.start + other.text.length;
      if (sentences[m.sentence]!.slice(m.start, end) === other.text)
        whole = { ...m, text: other.text, end };
    }
    return whole;
  });
}
