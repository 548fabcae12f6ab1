/**
 * The same story reported twice: two labelled texts whose MinHash signatures (output/permalinks.ts, folded
 * word 3-shingles) agree on at least SAME_STORY_SIMILARITY of their positions. Cross-validation keeps a story
 * in one fold, so no article is decided by a model that was trained on its copy.
 */
import { signatureSimilarity, SAME_FILE_THRESHOLD } from '../extract/output/permalinks.ts';

/**
 * The permalinks' threshold for an edited article at its own path: a re-scraped copy, an edition with a
 * sentence added, or a second outlet running the same agency text all score above it; two different stories
 * of the corpus almost never score above 0.1.
 */
export const SAME_STORY_SIMILARITY = SAME_FILE_THRESHOLD;

/** For each text, the index of the first text of its story (union of every pair at or above the threshold). */
export function storyGroups(signatures: string[]): number[] {
  const parent = signatures.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < signatures.length; i++)
    for (let j = i + 1; j < signatures.length; j++)
      if (signatureSimilarity(signatures[i]!, signatures[j]!) >= SAME_STORY_SIMILARITY) {
        const [a, b] = [root(i), root(j)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
  return signatures.map((_, i) => root(i));
}
