/**
 * What the names harnesses that decode the same fold models several ways
 * (names-barriers-cv.ts, names-extension-cv.ts) print: each way's P/R/F1 at
 * a fold seed, the strings one way gains and loses against a baseline, and
 * each way's mean F1 per kind over the fold seeds.
 */
import { scoreNames, type NamesComparison } from '../../src/train/names-score.ts';
import { NAME_KINDS, type NameKind } from '../../src/extract/names/tags.ts';

const f = (x: number) => x.toFixed(4);

/** F1 per kind of each way, fold seed after fold seed. */
export type VariantScores = Map<string, number[]>;

/** Prints each way's institutions P/R/F1 and every kind's F1 at one fold seed, and keeps the F1s for the means. */
export function reportSeed(
  seed: number,
  comparisons: ReadonlyMap<string, NamesComparison[]>,
  means: VariantScores,
): void {
  for (const [name, list] of comparisons) {
    const score = scoreNames(list);
    const row = NAME_KINDS.map((kind) => `${kind} ${f(score[kind].f1)}`).join('  ');
    const o = score.ORG;
    console.log(
      `seed ${seed} ${name.padEnd(12)} ORG F1 ${f(o.f1)} P ${f(o.precision)} R ${f(o.recall)} (tp ${o.tp} fp ${o.fp} fn ${o.fn})  | ${row}`,
    );
    means.set(name, [...(means.get(name) ?? []), ...NAME_KINDS.map((kind) => score[kind].f1)]);
  }
}

/** Prints, article by article, the strings of each kind each way finds that the baseline does not and the reverse. */
export function reportDifferences(
  seed: number,
  comparisons: ReadonlyMap<string, NamesComparison[]>,
  baseline: string,
  kinds: readonly NameKind[],
): void {
  const base = comparisons.get(baseline)!;
  for (const [name, list] of comparisons) {
    if (name === baseline) continue;
    for (const kind of kinds) {
      console.log(`-- ${name} against ${baseline} (${kind}, seed ${seed})`);
      list.forEach((c, a) => {
        const was = base[a]!.found[kind];
        const gained = [...c.found[kind]].filter((s) => !was.has(s));
        const lost = [...was].filter((s) => !c.found[kind].has(s));
        const mark = (s: string) => (c.gold[kind].has(s) ? `+«${s}»` : `-«${s}»`);
        if (gained.length + lost.length)
          console.log(
            `  ${c.file} new: ${gained.map(mark).join(' ')}  gone: ${lost.map(mark).join(' ')}`,
          );
      });
    }
  }
}

/** Prints each way's mean F1 per kind over the fold seeds (nothing for one fold seed). */
export function reportMeans(means: VariantScores, seeds: number): void {
  if (seeds < 2) return;
  for (const [name, fs] of means) {
    const mean = NAME_KINDS.map(
      (kind, k) =>
        `${kind} ${f(fs.filter((_, j) => j % NAME_KINDS.length === k).reduce((a, b) => a + b, 0) / seeds)}`,
    ).join('  ');
    console.log(`mean ${name.padEnd(12)} ${mean}`);
  }
}
