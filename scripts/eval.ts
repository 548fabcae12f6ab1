/**
 * npm run eval [-- --shared ../shared] [--misses] [--json]
 *
 * Scores the extraction on ../shared/gold: precision, recall and F1 per field
 * on the seeds and the dev articles, end to end and given the reference
 * cooperation decision; the classifier on labels.tsv; the confusion of event types.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { goldPaths, referenceDecisions, scoreAnnotated } from '../src/eval/evaluate.ts';
import { headline, type Score } from '../src/eval/score.ts';

const USAGE = 'usage: npm run eval -- [--shared <dir>] [--misses] [--json]';
let values: { shared: string; misses: boolean; json: boolean; help: boolean };
try {
  ({ values } = parseArgs({
    options: { shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') }, misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  }) as { values: typeof values });
} catch (error) {
  console.error(`eval: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const paths = goldPaths(values.shared);
const classifier = () => undefined;
const seeds = scoreAnnotated(paths, 'seeds.json', classifier).score;
const dev = scoreAnnotated(paths, 'dev.json', classifier).score;
const devReference = referenceDecisions(paths, 'dev.json');
const devOracle = scoreAnnotated(paths, 'dev.json', (f) => devReference.get(f)).score;

const report = { seeds, dev, devOracle };
if (values.json) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

const FIELDS = ['classification', 'type', 'date', 'provinces', 'countries', 'people', 'leader', 'outcomes', 'organisations', 'leaks', 'lost'];
function table(title: string, score: Score): void {
  console.log(`\n${title}`);
  for (const field of FIELDS) {
    const r = score.rows[field];
    if (!r) continue;
    if (r.f1 !== undefined) console.log(`  ${field.padEnd(15)} F1 ${r.f1.toFixed(2)}   P ${r.precision!.toFixed(2)}  R ${r.recall!.toFixed(2)}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    else if (r.accuracy !== undefined) console.log(`  ${field.padEnd(15)} accuracy ${r.accuracy.toFixed(2)}   (n ${r.n})`);
    else console.log(`  ${field.padEnd(15)} ${headline(r)}`);
  }
  if (values.misses) for (const m of score.misses) console.log(`    ${m}`);
}
table('Seeds (5 articles, end to end)', seeds);
table('Dev (83 articles, end to end)', dev);
table('Dev fields given the reference cooperation decision (42 cooperation articles)', devOracle);
