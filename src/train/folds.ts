/** Fixed folds for cross-validation: stratified by label, shuffled by a seeded generator, the same on every machine. */

/** mulberry32: a small seeded generator, enough to shuffle reproducibly. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
