/**
 * Institutions already seen written as names: the readers' institution
 * strings of mentions.json, matched longest first in a sentence. The mark says
 * where a token stands in a match (first, inside, last, alone) and how many
 * articles wrote that name, so the recogniser learns how far to trust a name
 * it has seen. In training each article's marks come from the other articles
 * only (train/names.ts), so they never simply copy its own labels.
 */
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import type { Token } from './tokens.ts';
import { longestPhrase, phraseTrie, type PhraseTrie } from './phrase-trie.ts';

/** The known names as a trie over their words (tone marks placed one way, case kept), each with how many articles wrote it. */
export interface KnownNames {
  readonly trie: PhraseTrie<number>;
}

const key = (word: string) => normaliseToneMarks(word);

/** The known names from each name and how many articles wrote it. */
export function knownNames(names: Iterable<readonly [name: string, articles: number]>): KnownNames {
  return { trie: phraseTrie(names, key, Math.max) };
}

/** How many articles wrote a name, as a feature says it: 1, 2, 3 (three to nine), 4 (ten or more). */
const articleStep = (n: number) => (n >= 10 ? 4 : n >= 3 ? 3 : n);

/** For each token, its known-name marks ("kn=B|3", "kn=L|1"...); the longest match from the left wins. */
export function knownNameMarks(tokens: readonly Token[], known: KnownNames): string[][] {
  const keys = tokens.map((t) => key(t.text));
  const marks = tokens.map((): string[] => []);
  for (let i = 0; i < tokens.length;) {
    const { length: longest, value: articles = 0 } = longestPhrase(known.trie, keys, i);
    if (longest === 0) {
      i++;
      continue;
    }
    const step = articleStep(articles);
    if (longest === 1) marks[i]!.push(`kn=U|${step}`);
    else {
      marks[i]!.push(`kn=B|${step}`);
      for (let j = i + 1; j < i + longest - 1; j++) marks[j]!.push(`kn=I|${step}`);
      marks[i + longest - 1]!.push(`kn=L|${step}`);
    }
    i += longest;
  }
  return marks;
}
