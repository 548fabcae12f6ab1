/**
 * node scripts/type-cv.ts [--shared ../shared] [--repeats 12] [--without <feature prefix>]… [--misses]
 *
 * The type model's cross-validation alone, over several fold seeds (SEED, SEED+1…, as `npm run train --
 * --repeats` uses them, without the cooperation classifier's slower cross-validation): the accuracy at each
 * fold seed, their mean, and how the rules alone do. With --without, the type features whose names start with
 * a prefix are left out (`--without signal:meeting-frame` measures the model without that signal); with
 * --misses, every article missed on some fold seed, with its label, what it was taken for and how often.
 */
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { loadDataset } from '../src/train/dataset.ts';
import { crossValidateType, typedExamples, TYPE_OPTIONS } from '../src/train/type.ts';
import { SEED } from '../src/train/cooperation.ts';

const USAGE =
  'usage: node scripts/type-cv.ts [--shared <dir>] [--repeats <fold seeds>] [--without <feature prefix>]… [--misses]';
const { values } = parseCommandLine('type-cv', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    repeats: { type: 'string', default: '12' },
    without: { type: 'string', multiple: true },
    misses: { type: 'boolean', default: false },
  },
});
if (!/^[1-9]\d*$/.test(values.repeats)) {
  console.error(
    `type-cv: --repeats wants a number of fold seeds, not "${values.repeats}"\n\n${USAGE}`,
  );
  process.exit(2);
}
const without = values.without ?? [];
const examples = loadDataset(goldPaths(values.shared)).examples.map((e) =>
  without.length
    ? {
        ...e,
        typeFeatures: new Map(
          [...e.typeFeatures].filter(([name]) => !without.some((p) => name.startsWith(p))),
        ),
      }
    : e,
);
const runs = Array.from({ length: Number(values.repeats) }, (_, i) =>
  crossValidateType(examples, TYPE_OPTIONS, SEED + i),
);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `type-cv: ${typedExamples(examples).length} labelled types, ${runs.length} fold seeds from ${SEED}${without.length ? `, without ${without.join(', ')}` : ''}`,
);
console.log(`  per fold seed ${runs.map((r) => r.accuracy.toFixed(3)).join(' ')}`);
console.log(
  `  accuracy ${mean(runs.map((r) => r.accuracy)).toFixed(3)}; the rules alone ${mean(runs.map((r) => r.rulesAccuracy)).toFixed(3)}`,
);
if (values.misses) {
  const missed = new Map<string, Map<string, number>>();
  for (const run of runs)
    for (const d of run.decisions)
      if (d.predicted !== d.actual) {
        const key = `${d.file} ${d.actual}`;
        const as = missed.get(key) ?? new Map<string, number>();
        as.set(d.predicted, (as.get(d.predicted) ?? 0) + 1);
        missed.set(key, as);
      }
  for (const [key, as] of [...missed].sort(([a], [b]) => (a < b ? -1 : 1)))
    console.log(`  ${key} taken for ${[...as].map(([type, n]) => `${type} ×${n}`).join(', ')}`);
}
