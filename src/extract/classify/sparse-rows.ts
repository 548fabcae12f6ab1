/**
 * The design matrix both learned classifiers train on: the features seen in
 * at least `minArticles` training articles, sorted by name, and each example
 * as the columns and values of its non-zero features among them.
 */
import type { Features } from './features.ts';

export interface SparseRows {
  /** The kept feature names; a column is an index into this list. */
  names: string[];
  rows: Array<{ cols: number[]; vals: number[] }>;
}

export function sparseRows(
  examples: ReadonlyArray<{ features: Features }>,
  minArticles: number,
): SparseRows {
  const seen = new Map<string, number>();
  for (const e of examples)
    for (const name of e.features.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const names = [...seen]
    .filter(([, n]) => n >= minArticles)
    .map(([name]) => name)
    .sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((e) => {
    const cols: number[] = [];
    const vals: number[] = [];
    for (const [name, value] of e.features) {
      const i = index.get(name);
      if (i !== undefined && value !== 0) {
        cols.push(i);
        vals.push(value);
      }
    }
    return { cols, vals };
  });
  return { names, rows };
}
