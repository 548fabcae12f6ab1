/**
 * Institutions already seen written as names: the readers' institution
 * strings of mentions.json, matched longest first in a sentence. The mark says
 * where a token stands in a match (first, inside, last, alone) and how many
 * articles wrote that name, so the recogniser learns how far to trust a name
 * it has seen. In training each article's marks come from the other articles
 * only (train/names.ts), so they never simply copy its own labels.
 */
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import { tokenise, type Token } from './tokens.ts';

type Trie = Map<string, { articles: number; next: Trie }>;

/** The known names as a trie over their words (tone marks placed one way, case kept). */
export interface KnownNames {
  readonly trie: Trie;
}

const key = (word: string) => normaliseToneMarks(word);

/** The known names from each name and how many articles wrote it. */
export function knownNames(names: Iterable<readonly [name: string, articles: number]>): KnownNames {
  const trie: Trie = new Map();
  for (const [name, articles] of names) {
    let level = trie;
    const words = tokenise(name).map((t) => key(t.text));
    words.forEach((word, i) => {
      let node = level.get(word);
      if (!node) level.set(word, (node = { articles: 0, next: new Map() }));
      if (i === words.length - 1) node.articles = Math.max(node.articles, articles);
      level = node.next;
    });
  }
  return { trie };
}

/** How many articles wrote a name, as a feature says it: 1, 2, 3 (three to nine), 4 (ten or more). */
const articleStep = (n: number) => (n >= 10 ? 4 : n >= 3 ? 3 : n);

/** For each token, its known-name marks ("kn=B|3", "kn=L|1"...); the longest match from the left wins. */
export function knownNameMarks(tokens: readonly Token[], known: KnownNames): string[][] {
  const keys = tokens.map((t) => key(t.text));
  const marks = tokens.map((): string[] => []);
  for (let i = 0; i < tokens.length;) {
    let level = known.trie;
    let longest = 0;
    let articles = 0;
    for (let j = i; j < tokens.length; j++) {
      const node = level.get(keys[j]!);
      if (!node) break;
      if (node.articles) {
        longest = j - i + 1;
        articles = node.articles;
      }
      level = node.next;
    }
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
