import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  randomisedSvd,
  sparseFromDense,
  symmetricEigen,
  type DenseMatrix,
} from '../../src/train/randomised-svd.ts';
import { kMeans } from '../../src/train/k-means.ts';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

test('the eigenvalues of a 2 × 2 symmetric matrix come out largest first, with unit eigenvectors', () => {
  // [[2, 1], [1, 2]] has eigenvalues 3 (along (1, 1)) and 1 (along (1, −1)).
  const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
  close(values[0]!, 3, 'first eigenvalue');
  close(values[1]!, 1, 'second eigenvalue');
  close(Math.abs(vectors[0]!), Math.SQRT1_2, 'first vector, x');
  close(vectors[0]! * vectors[2]!, 0.5, 'first vector along (1, 1)');
  close(vectors[1]! * vectors[3]!, -0.5, 'second vector along (1, −1)');
});

test('a diagonal matrix with rows and columns shuffled has its diagonal as singular values', () => {
  // diag(3, 5, 1, 2) with the rows permuted and a column sign flipped: singular values 5, 3, 2, 1.
  const a = sparseFromDense([
    [0, 0, 1, 0],
    [3, 0, 0, 0],
    [0, 0, 0, 2],
    [0, -5, 0, 0],
  ]);
  const { s, u, v } = randomisedSvd(a, 2, { oversample: 2, seed: 7 });
  assert.equal(s.length, 2);
  close(s[0]!, 5, 'first singular value');
  close(s[1]!, 3, 'second singular value');
  // The first left vector is row 3 (±1), the first right vector column 1 (±1), with opposite signs.
  close(Math.abs(u.data[3 * 2]!), 1, 'u₁ on row 3');
  close(Math.abs(v.data[1 * 2]!), 1, 'v₁ on column 1');
  close(u.data[3 * 2]! * v.data[1 * 2]!, -1, 'u₁ v₁ᵀ gives back −5');
});

test('the full decomposition of a small dense matrix gives the matrix back', () => {
  const rows = [
    [1, 2, 0],
    [0, 1, 3],
    [4, 0, 1],
    [2, 2, 2],
  ];
  const { u, s, v } = randomisedSvd(sparseFromDense(rows), 3, { seed: 3 });
  rows.forEach((row, i) =>
    row.forEach((x, j) => {
      let sum = 0;
      for (let c = 0; c < 3; c++) sum += u.data[i * 3 + c]! * s[c]! * v.data[j * 3 + c]!;
      close(sum, x, `entry ${i},${j}`);
    }),
  );
});

test('a rank-one matrix has one singular value, the product of the two norms', () => {
  // (1, 2, 2)ᵀ (3, 4): norms 3 and 5.
  const a = sparseFromDense([
    [3, 4],
    [6, 8],
    [6, 8],
  ]);
  const { s } = randomisedSvd(a, 2, { seed: 1 });
  close(s[0]!, 15, 'first singular value');
  close(s[1]!, 0, 'second singular value');
});

const points = (xy: number[][]): DenseMatrix => ({
  rows: xy.length,
  columns: 2,
  data: Float64Array.from(xy.flat()),
});

test('k-means puts two groups of points far apart in two clusters', () => {
  const cloud = points([
    [0, 0],
    [0.1, 0],
    [0, 0.2],
    [10, 10],
    [10.1, 9.9],
    [9.8, 10],
  ]);
  const cluster = kMeans(cloud, 2, { seed: 5 });
  assert.equal(cluster[0], cluster[1]);
  assert.equal(cluster[0], cluster[2]);
  assert.equal(cluster[3], cluster[4]);
  assert.equal(cluster[3], cluster[5]);
  assert.notEqual(cluster[0], cluster[3]);
});

test('k-means gives the same clusters from the same seed', () => {
  const xy = Array.from({ length: 40 }, (_, i) => [Math.sin(i * 1.7) * 5, Math.cos(i * 2.3) * 5]);
  assert.deepEqual(kMeans(points(xy), 4, { seed: 9 }), kMeans(points(xy), 4, { seed: 9 }));
});
