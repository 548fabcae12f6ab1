/**
 * npm run check:corpus -- <corpus dir> [<extraction dir>]
 * Runs (or reads) an extraction of the corpus and checks it at scale: every
 * file appears exactly once in articles.json, the classifier's precision,
 * recall and F1 against labels-dev.tsv (Y positive, N negative, P ignored),
 * and the share of the non-health other/ folder taken as events.
 * Exits 1 when a floor is not met.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listArticleFiles } from '../src/extract/pipeline/files.ts';
import { runExtraction } from '../src/extract/pipeline/run.ts';
import type { Article } from '../src/lib/schema.ts';

const FLOORS = { f1: 0.75, otherEventRate: 0.02 };

const [corpus, given] = process.argv.slice(2);
if (!corpus || !existsSync(corpus)) {
  console.error('usage: npm run check:corpus -- <corpus dir> [<extraction dir>]');
  process.exit(2);
}
const output = given ?? join('generated', 'corpus-check');
if (!given || !existsSync(join(output, 'articles.json'))) await runExtraction({ input: corpus, output });
const articles = JSON.parse(readFileSync(join(output, 'articles.json'), 'utf8')) as Article[];

const problems: string[] = [];
const counts = new Map<string, number>();
for (const a of articles) counts.set(a.file, (counts.get(a.file) ?? 0) + 1);
const files = listArticleFiles(corpus, [output]);
const missing = files.filter((f) => !counts.has(f));
const repeated = [...counts].filter(([, n]) => n > 1).map(([f]) => f);
console.log(`files ${files.length} · rows ${articles.length} · missing ${missing.length} · repeated ${repeated.length}`);
if (missing.length || repeated.length || files.length !== articles.length) problems.push('not every file appears exactly once');

const byFile = new Map(articles.map((a) => [a.file, a]));
const labelsPath = join(corpus, 'labels-dev.tsv');
if (existsSync(labelsPath)) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const wrong: string[] = [];
  for (const line of readFileSync(labelsPath, 'utf8').split('\n').slice(1)) {
    const [file, label, note] = line.split('\t');
    if (!file || (label !== 'Y' && label !== 'N')) continue;
    const predicted = byFile.get(file)?.status === 'event';
    if (label === 'Y' && predicted) tp++;
    else if (label === 'Y') { fn++; wrong.push(`  missed   ${file}  ${note}`); }
    else if (predicted) { fp++; wrong.push(`  false +  ${file}  ${note}`); }
    else tn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1, f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(wrong.join('\n'));
  console.log(`labels-dev: P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)} (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
  if (f1 < FLOORS.f1) problems.push(`F1 ${f1.toFixed(2)} < ${FLOORS.f1}`);
}
const other = articles.filter((a) => a.file.startsWith('other/') && /\.(txt|md)$/.test(a.file));
if (other.length) {
  const taken = other.filter((a) => a.status === 'event');
  const rate = taken.length / other.length;
  console.log(`other/: ${taken.length} of ${other.length} taken as events (${(rate * 100).toFixed(1)}%)${taken.length ? ': ' + taken.map((a) => a.file).join(' ') : ''}`);
  if (rate >= FLOORS.otherEventRate) problems.push(`other/ event rate ${(rate * 100).toFixed(1)}% ≥ ${FLOORS.otherEventRate * 100}%`);
}
const events = articles.filter((a) => a.status === 'event').length;
console.log(`events: ${events} of ${articles.length} articles`);
if (problems.length) {
  console.log(`FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('corpus check passed');
