/**
 * The best tag sequence under a linear-chain model: per-token scores plus a
 * score for each pair of neighbouring tags, over legal transitions only.
 */

/**
 * `emission[i][t]` scores tag t at token i; `transition[p][t]` scores t after p,
 * with row `tagCount` for the sentence's start. `boundary[i]`, when given, adds
 * `boundary[i][p * tagCount + t]` to t after p at token i (i ≥ 1): what the
 * boundary between the two tokens says about the pair. `legal(p, t)` (p null
 * at the start) forbids a transition whatever its score.
 */
export function viterbi(
  emission: ArrayLike<number>[],
  transition: ArrayLike<number>[],
  legal: (previous: number | null, next: number) => boolean,
  boundary?: ReadonlyArray<ArrayLike<number> | null>,
): number[] {
  const n = emission.length;
  if (n === 0) return [];
  const tagCount = emission[0]!.length;
  const start = tagCount;
  const allowed = Array.from({ length: tagCount + 1 }, (_, p) =>
    Array.from({ length: tagCount }, (_, t) => legal(p === tagCount ? null : p, t)),
  );
  let score = new Float64Array(tagCount);
  const back: Int8Array[] = [];
  for (let t = 0; t < tagCount; t++)
    score[t] = allowed[start]![t] ? emission[0]![t]! + transition[start]![t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const next = new Float64Array(tagCount);
    const from = new Int8Array(tagCount);
    const pair = boundary?.[i];
    for (let t = 0; t < tagCount; t++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let p = 0; p < tagCount; p++) {
        if (score[p] === -Infinity || !allowed[p]![t]) continue;
        const s = score[p]! + transition[p]![t]! + (pair ? pair[p * tagCount + t]! : 0);
        if (s > best) {
          best = s;
          bestFrom = p;
        }
      }
      next[t] = best + emission[i]![t]!;
      from[t] = bestFrom;
    }
    back.push(from);
    score = next;
  }
  let last = 0;
  for (let t = 1; t < tagCount; t++) if (score[t]! > score[last]!) last = t;
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i - 1]![tags[i]!]!;
  return tags;
}
