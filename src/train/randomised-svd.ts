/**
 * A truncated singular value decomposition of a sparse matrix, by random
 * projection (Halko, Martinsson & Tropp 2011): project the matrix on a few
 * more random directions than the rank wanted, sharpen the projection with
 * power iterations, and decompose the small matrix that remains exactly.
 * Deterministic: the random directions come from a fixed seed.
 */
import { seededRandom } from '../lib/seeded-random.ts';

/** A sparse matrix by rows: the entries of row i are at rowStart[i] .. rowStart[i + 1] - 1. */
export interface SparseRows {
  rows: number;
  columns: number;
  rowStart: Int32Array;
  column: Int32Array;
  value: Float64Array;
}

/** A dense matrix, row by row. */
export interface DenseMatrix {
  rows: number;
  columns: number;
  data: Float64Array;
}

export interface TruncatedSvd {
  /** rows × rank: the left singular vectors, one per column. */
  u: DenseMatrix;
  /** The singular values, largest first. */
  s: Float64Array;
  /** columns × rank: the right singular vectors, one per column. */
  v: DenseMatrix;
}

export interface SvdOptions {
  /** Random directions beyond the rank (10 by default). */
  oversample?: number;
  /** Power iterations (3 by default): more make the leading vectors sharper when the spectrum is flat. */
  powerIterations?: number;
  seed?: number;
}

/** A sparse matrix from its dense rows (for tests and small cases). */
export function sparseFromDense(rows: readonly (readonly number[])[]): SparseRows {
  const columns = rows[0]?.length ?? 0;
  const rowStart = new Int32Array(rows.length + 1);
  const column: number[] = [];
  const value: number[] = [];
  rows.forEach((row, i) => {
    row.forEach((x, j) => {
      if (x !== 0) {
        column.push(j);
        value.push(x);
      }
    });
    rowStart[i + 1] = column.length;
  });
  return {
    rows: rows.length,
    columns,
    rowStart,
    column: Int32Array.from(column),
    value: Float64Array.from(value),
  };
}

/** A · X for X dense (A.columns × k). */
function times(a: SparseRows, x: DenseMatrix): DenseMatrix {
  const k = x.columns;
  const out = new Float64Array(a.rows * k);
  for (let i = 0; i < a.rows; i++)
    for (let p = a.rowStart[i]!; p < a.rowStart[i + 1]!; p++) {
      const w = a.value[p]!;
      const from = a.column[p]! * k;
      for (let c = 0; c < k; c++) out[i * k + c]! += w * x.data[from + c]!;
    }
  return { rows: a.rows, columns: k, data: out };
}

/** Aᵀ · X for X dense (A.rows × k). */
function transposeTimes(a: SparseRows, x: DenseMatrix): DenseMatrix {
  const k = x.columns;
  const out = new Float64Array(a.columns * k);
  for (let i = 0; i < a.rows; i++)
    for (let p = a.rowStart[i]!; p < a.rowStart[i + 1]!; p++) {
      const w = a.value[p]!;
      const to = a.column[p]! * k;
      for (let c = 0; c < k; c++) out[to + c]! += w * x.data[i * k + c]!;
    }
  return { rows: a.columns, columns: k, data: out };
}

/**
 * Orthonormalises the columns in place by modified Gram–Schmidt, twice over
 * (once is not enough in floating point); a column that vanishes is left zero.
 */
export function orthonormaliseColumns(m: DenseMatrix): DenseMatrix {
  const { rows, columns: k, data } = m;
  for (let pass = 0; pass < 2; pass++)
    for (let c = 0; c < k; c++) {
      for (let d = 0; d < c; d++) {
        let dot = 0;
        for (let i = 0; i < rows; i++) dot += data[i * k + c]! * data[i * k + d]!;
        for (let i = 0; i < rows; i++) data[i * k + c]! -= dot * data[i * k + d]!;
      }
      let norm = 0;
      for (let i = 0; i < rows; i++) norm += data[i * k + c]! ** 2;
      norm = Math.sqrt(norm);
      for (let i = 0; i < rows; i++) data[i * k + c] = norm > 1e-12 ? data[i * k + c]! / norm : 0;
    }
  return m;
}

/**
 * The eigenvalues and eigenvectors of a small symmetric matrix (n × n, row by
 * row) by cyclic Jacobi rotations: values largest first, vectors as the
 * columns of an n × n matrix in the same order.
 */
export function symmetricEigen(
  matrix: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = [...Array(n).keys()].sort((x, y) => a[y * n + y]! - a[x * n + x]! || x - y);
  const values = Float64Array.from(order, (i) => a[i * n + i]!);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from]!;
  });
  return { values, vectors };
}

/** A gaussian draw from a uniform generator (Box–Muller). */
function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The leading `rank` singular values and vectors of a sparse matrix. */
export function randomisedSvd(a: SparseRows, rank: number, options: SvdOptions = {}): TruncatedSvd {
  const { oversample = 10, powerIterations = 3, seed = 1 } = options;
  const l = Math.min(rank + oversample, a.rows, a.columns);
  const random = seededRandom(seed);
  const omega: DenseMatrix = {
    rows: a.columns,
    columns: l,
    data: Float64Array.from({ length: a.columns * l }, () => gaussian(random)),
  };
  let q = orthonormaliseColumns(times(a, omega));
  for (let it = 0; it < powerIterations; it++) {
    const z = orthonormaliseColumns(transposeTimes(a, q));
    q = orthonormaliseColumns(times(a, z));
  }
  // B = Qᵀ A (l × columns), held as its transpose; B Bᵀ = W Λ Wᵀ gives A ≈ (Q W) √Λ (Bᵀ W / √Λ)ᵀ.
  const bt = transposeTimes(a, q);
  const gram = new Float64Array(l * l);
  for (let r = 0; r < bt.rows; r++)
    for (let i = 0; i < l; i++) {
      const x = bt.data[r * l + i]!;
      if (x === 0) continue;
      for (let j = 0; j < l; j++) gram[i * l + j]! += x * bt.data[r * l + j]!;
    }
  const { values, vectors: w } = symmetricEigen(gram, l);
  const k = Math.min(rank, l);
  const s = Float64Array.from({ length: k }, (_, i) => Math.sqrt(Math.max(0, values[i]!)));
  const project = (m: DenseMatrix, scale: (c: number) => number): DenseMatrix => {
    const out = new Float64Array(m.rows * k);
    for (let r = 0; r < m.rows; r++)
      for (let c = 0; c < k; c++) {
        let sum = 0;
        for (let j = 0; j < l; j++) sum += m.data[r * l + j]! * w[j * l + c]!;
        out[r * k + c] = sum * scale(c);
      }
    return { rows: m.rows, columns: k, data: out };
  };
  return {
    u: project(q, () => 1),
    s,
    v: project(bt, (c) => (s[c]! > 1e-12 ? 1 / s[c]! : 0)),
  };
}
