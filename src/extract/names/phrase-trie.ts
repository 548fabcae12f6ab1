/**
 * Phrases as a trie over their words, and the longest phrase that starts at a
 * token: what the gazetteer marks, the corpus's institution heads and the
 * known names all look up. Words are compared by the key the caller gives
 * (folded, or tone marks placed one way).
 */
import { tokenise } from './tokens.ts';

export type PhraseTrie<V> = Map<string, { value: V | undefined; next: PhraseTrie<V> }>;

/**
 * The trie of the phrases, each split into words as the recogniser tokenises and keyed by `key`; a phrase
 * given twice keeps `merge` of its two values (by default the later).
 */
export function phraseTrie<V>(
  phrases: Iterable<readonly [phrase: string, value: V]>,
  key: (word: string) => string,
  merge: (before: V, value: V) => V = (_, value) => value,
): PhraseTrie<V> {
  const root: PhraseTrie<V> = new Map();
  for (const [phrase, value] of phrases) {
    let level = root;
    const words = tokenise(phrase).map((t) => key(t.text));
    words.forEach((word, i) => {
      let node = level.get(word);
      if (!node) level.set(word, (node = { value: undefined, next: new Map() }));
      if (i === words.length - 1)
        node.value = node.value === undefined ? value : merge(node.value, value);
      level = node.next;
    });
  }
  return root;
}

/** The longest phrase of the trie that starts at `from` in the keyed words: its length (0 for none) and value. */
export function longestPhrase<V>(
  trie: PhraseTrie<V>,
  keys: readonly string[],
  from: number,
): { length: number; value: V | undefined } {
  let level = trie;
  let length = 0;
  let value: V | undefined;
  for (let j = from; j < keys.length; j++) {
    const node = level.get(keys[j]!);
    if (!node) break;
    if (node.value !== undefined) {
      length = j - from + 1;
      value = node.value;
    }
    level = node.next;
  }
  return { length, value };
}
