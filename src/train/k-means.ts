/**
 * k-means over dense points (Lloyd's iterations), started by k-means++ from a
 * fixed seed so that the same points always give the same clusters.
 */
import { seededRandom } from '../lib/seeded-random.ts';
import type { DenseMatrix } from './randomised-svd.ts';

export interface KMeansOptions {
  seed?: number;
  /** Lloyd iterations at most (stops earlier when no point changes cluster). */
  iterations?: number;
}

function squaredDistance(
  a: Float64Array,
  i: number,
  b: Float64Array,
  j: number,
  d: number,
): number {
  let sum = 0;
  for (let c = 0; c < d; c++) sum += (a[i * d + c]! - b[j * d + c]!) ** 2;
  return sum;
}

/** The cluster (0 .. k - 1) of each point, the rows of `points`. */
export function kMeans(points: DenseMatrix, k: number, options: KMeansOptions = {}): Int32Array {
  const { seed = 1, iterations = 30 } = options;
  const { rows: n, columns: d, data } = points;
  if (k >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  const centres = new Float64Array(k * d);
  // k-means++: each new centre drawn with probability proportional to the squared distance to the nearest.
  const nearest = new Float64Array(n).fill(Infinity);
  let chosen = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(data.subarray(chosen * d, chosen * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i]!, squaredDistance(data, i, centres, c, d));
      total += nearest[i]!;
    }
    let target = random() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i]!;
      if (target < 0) {
        chosen = i;
        break;
      }
    }
  }
  const cluster = new Int32Array(n).fill(-1);
  const sizes = new Int32Array(k);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        const dist = squaredDistance(data, i, centres, c, d);
        if (dist < bestDistance) {
          bestDistance = dist;
          best = c;
        }
      }
      if (cluster[i] !== best) changed++;
      cluster[i] = best;
    }
    if (changed === 0) break;
    // Each centre moves to the mean of its points; a centre left with none stays where it was.
    const sums = new Float64Array(k * d);
    sizes.fill(0);
    for (let i = 0; i < n; i++) {
      const c = cluster[i]!;
      sizes[c]!++;
      for (let j = 0; j < d; j++) sums[c * d + j]! += data[i * d + j]!;
    }
    for (let c = 0; c < k; c++)
      if (sizes[c]) for (let j = 0; j < d; j++) centres[c * d + j] = sums[c * d + j]! / sizes[c]!;
  }
  return cluster;
}
