import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSorted } from '../../src/lib/first-sorted.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

test('the first few items in sorted order are those of a whole sort, for a strict total order', () => {
  const random = seededRandom(3122026);
  // By size descending, then by name, as the classifier orders its cues: no two items compare equal.
  const compare = (a: { name: string; size: number }, b: { name: string; size: number }) =>
    Math.abs(b.size) - Math.abs(a.size) || (a.name < b.name ? -1 : 1);
  for (let round = 0; round < 500; round++) {
    const length = Math.floor(random() * 40);
    // Few distinct sizes, so that many items tie on size and the name decides.
    const items = Array.from({ length }, (_, i) => ({
      name: `f${i}`,
      size: Math.round(random() * 6) - 3,
    }));
    for (const count of [0, 1, 5, length, length + 3]) {
      const sorted = [...items].sort(compare).slice(0, count);
      assert.deepEqual(firstSorted(items, count, compare), sorted, `${length} ${count}`);
    }
  }
  assert.deepEqual(
    firstSorted([3, 1, 2], 2, (a, b) => a - b),
    [1, 2],
  );
  assert.deepEqual(
    firstSorted(new Set([5, 9, 7, 8]), 3, (a, b) => b - a),
    [9, 8, 7],
  );
  assert.deepEqual(
    firstSorted([], 3, (a: number, b: number) => a - b),
    [],
  );
});
