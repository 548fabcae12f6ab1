/**
 * Scoring names the way mentions.json lists them: per article, the set of
 * distinct strings of a kind that were found, compared with the readers' set,
 * exact after NFC (same letters, case, marks, spaces). A string in both is a
 * true positive, found only is a false positive, listed only a false
 * negative; counts are summed over articles (micro-average). The same scorer
 * compares the second readers with the first.
 */
import { binaryScore, type BinaryScore } from './metrics.ts';
import { NAME_KINDS, type NameKind } from '../extract/names/tags.ts';

export type NameSets = Record<NameKind, ReadonlySet<string>>;

export interface NamesComparison {
  file: string;
  gold: NameSets;
  found: NameSets;
}

export type NamesScore = Record<NameKind, BinaryScore>;

export function scoreNames(comparisons: readonly NamesComparison[]): NamesScore {
  const score = {} as NamesScore;
  for (const kind of NAME_KINDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, found } of comparisons) {
      for (const s of found[kind]) {
        if (gold[kind].has(s)) tp++;
        else fp++;
      }
      for (const s of gold[kind]) if (!found[kind].has(s)) fn++;
    }
    const pairs = [
      ...Array.from({ length: tp }, () => ({ predicted: true, actual: true })),
      ...Array.from({ length: fp }, () => ({ predicted: true, actual: false })),
      ...Array.from({ length: fn }, () => ({ predicted: false, actual: true })),
    ];
    score[kind] = binaryScore(pairs);
  }
  return score;
}

export interface NameErrors {
  /** Listed names found nowhere, with how many articles missed them. */
  missed: Array<[text: string, count: number]>;
  /** Listed names found only cut or overrun: a found string inside it or around it. */
  cut: Array<[text: string, found: string]>;
}

/** The names most often missed, and those found with the wrong edges, of one kind. */
export function nameErrors(comparisons: readonly NamesComparison[], kind: NameKind): NameErrors {
  const missed = new Map<string, number>();
  const cut: Array<[string, string]> = [];
  for (const { gold, found } of comparisons)
    for (const s of gold[kind]) {
      if (found[kind].has(s)) continue;
      const near = [...found[kind]].find(
        (f) => !gold[kind].has(f) && (s.includes(f) || f.includes(s)),
      );
      if (near) cut.push([s, near]);
      else missed.set(s, (missed.get(s) ?? 0) + 1);
    }
  return {
    missed: [...missed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    cut,
  };
}
