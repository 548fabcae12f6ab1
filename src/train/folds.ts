/** Fixed folds for cross-validation: stratified by label, shuffled by a seeded generator, the same on every machine. */
import { seededRandom } from '../lib/seeded-random.ts';

/** Assigns each item a fold in 0..k-1; each label is spread evenly over the folds. */
export function stratifiedFolds<T>(
  items: T[],
  label: (item: T) => string,
  k: number,
  seed: number,
): number[] {
  const random = seededRandom(seed);
  const fold = new Array<number>(items.length).fill(0);
  const byLabel = new Map<string, number[]>();
  items.forEach((item, i) => byLabel.set(label(item), [...(byLabel.get(label(item)) ?? []), i]));
  let offset = 0;
  for (const key of [...byLabel.keys()].sort()) {
    const indices = byLabel.get(key)!;
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    indices.forEach((index, position) => (fold[index] = (position + offset) % k));
    offset += indices.length;
  }
  return fold;
}

/**
 * Assigns each item a fold in 0..k-1 so that items of one group (the same story reported twice) share a fold,
 * each label spread evenly: a group takes its first item's label; the groups of a label, shuffled by the seed,
 * largest first, each go to the fold that has fewest items of that label so far (then fewest items, then the
 * lowest fold).
 */
export function groupedStratifiedFolds<T>(
  items: T[],
  label: (item: T) => string,
  group: (index: number) => number,
  k: number,
  seed: number,
): number[] {
  const random = seededRandom(seed);
  const members = new Map<number, number[]>();
  items.forEach((_, i) => members.set(group(i), [...(members.get(group(i)) ?? []), i]));
  const byLabel = new Map<string, number[][]>();
  for (const indices of members.values()) {
    const key = label(items[indices[0]!]!);
    byLabel.set(key, [...(byLabel.get(key) ?? []), indices]);
  }
  const fold = new Array<number>(items.length).fill(0);
  const total = new Array<number>(k).fill(0);
  for (const key of [...byLabel.keys()].sort()) {
    const groups = byLabel.get(key)!;
    for (let i = groups.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [groups[i], groups[j]] = [groups[j]!, groups[i]!];
    }
    const ordered = groups
      .map((g, position) => ({ g, position }))
      .sort((a, b) => b.g.length - a.g.length || a.position - b.position);
    const ofLabel = new Array<number>(k).fill(0);
    for (const { g } of ordered) {
      let best = 0;
      for (let f = 1; f < k; f++)
        if (
          ofLabel[f]! < ofLabel[best]! ||
          (ofLabel[f] === ofLabel[best] && total[f]! < total[best]!)
        )
          best = f;
      for (const i of g) fold[i] = best;
      ofLabel[best]! += g.length;
      total[best]! += g.length;
    }
  }
  return fold;
}
