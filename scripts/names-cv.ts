/**
 * node scripts/names-cv.ts [--shared ../shared] [--errors <file>]
 *
 * The name recogniser alone, by the same cross-validation `npm run eval` prints (folds by story,
 * fixed seed): precision, recall and F1 per kind, and with `--errors` every false positive and
 * false negative institution string per article written to a file, for error analysis. Faster
 * than the whole eval when only the names are changing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { loadNamesDataset } from '../src/train/names-data.ts';
import { crossValidateNames } from '../src/train/names.ts';
import { NAME_KINDS } from '../src/extract/names/tags.ts';

const USAGE = 'usage: node scripts/names-cv.ts [--shared <dir>] [--errors <file>]';
const { values } = parseCommandLine('names-cv', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    errors: { type: 'string' },
  },
});

const dataset = loadNamesDataset(goldPaths(values.shared));
const { score, comparisons } = crossValidateNames(dataset.articles);
const f = (x: number) => x.toFixed(3);
for (const kind of NAME_KINDS) {
  const s = score[kind];
  console.log(
    `${kind.padEnd(8)} F1 ${f(s.f1)}  P ${f(s.precision)}  R ${f(s.recall)}  tp ${s.tp} fp ${s.fp} fn ${s.fn}`,
  );
}
if (values.errors) {
  const lines: string[] = [];
  for (const { file, gold, found } of comparisons) {
    const fp = [...found.ORG].filter((s) => !gold.ORG.has(s));
    const fn = [...gold.ORG].filter((s) => !found.ORG.has(s));
    for (const s of fp) lines.push(`${file}\tFP\t${s}`);
    for (const s of fn) lines.push(`${file}\tFN\t${s}`);
  }
  writeFileSync(values.errors, `${lines.join('\n')}\n`);
}
