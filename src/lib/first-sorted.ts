/**
 * The first `count` items in the order `compare` sorts them: `[...items].sort(compare).slice(0, count)`
 * without sorting them all, for a strict total order (no two items compare equal; with ties the order
 * among them may differ from a stable sort's). Each item is put in place in a list of at most `count`.
 */
export function firstSorted<T>(
  items: Iterable<T>,
  count: number,
  compare: (a: T, b: T) => number,
): T[] {
  const first: T[] = [];
  if (count <= 0) return first;
  for (const item of items) {
    if (first.length === count && compare(item, first[count - 1]!) >= 0) continue;
    let at = first.length === count ? count - 1 : first.length;
    while (at > 0 && compare(item, first[at - 1]!) < 0) {
      first[at] = first[at - 1]!;
      at--;
    }
    first[at] = item;
  }
  return first;
}
