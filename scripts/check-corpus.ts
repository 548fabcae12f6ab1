/**
 * npm run check:corpus -- <corpus dir> [<extraction dir>]
 * Runs (or reads) an extraction of the corpus and checks it at scale: every
 * file appears exactly once in articles.json, under 1 % of the non-health
 * other/ folder is taken as events, no event is dated after its article's
 * publication date or after the current year, and every body read without
 * remark-parse (no Markdown in it) gives remark-parse's blocks. The classifier's precision and
 * recall are measured on labelled articles by `npm run eval`, not here.
 * Exits 1 when a check fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { listArticleFiles, listParsedArticleFiles } from '../src/extract/pipeline/files.ts';
import { decodeArticleBytes } from '../src/extract/read/read.ts';
import { normaliseText } from '../src/extract/read/normalise.ts';
import { markdownBlocks, plainParagraphs, readFrontMatter } from '../src/extract/read/parse.ts';
import { isDeepStrictEqual } from 'node:util';
import { runExtraction } from '../src/extract/pipeline/run.ts';
import type { Article, CooperationEvent } from '../src/lib/schema.ts';

const MAX_OTHER_EVENT_RATE = 0.01;

const USAGE = 'usage: npm run check:corpus -- <corpus dir> [<extraction dir>]';
const [corpus, given] = parseCommandLine('check:corpus', USAGE, {
  allowPositionals: true,
}).positionals;
if (!corpus || !existsSync(corpus)) {
  console.error(
    `check:corpus: ${corpus ? `no folder ${corpus}` : 'no corpus folder given'}\n\n${USAGE}`,
  );
  process.exit(2);
}
const output = given ?? join('generated', 'corpus-check');
if (!given || !existsSync(join(output, 'articles.json')))
  await runExtraction({ input: corpus, output });
const read = <T>(name: string) => JSON.parse(readFileSync(join(output, name), 'utf8')) as T;
const articles = read<Article[]>('articles.json');
const events = read<CooperationEvent[]>('events.json');

const problems: string[] = [];
const counts = new Map<string, number>();
for (const a of articles) counts.set(a.file, (counts.get(a.file) ?? 0) + 1);
const files = listArticleFiles(corpus, [output]);
const missing = files.filter((f) => !counts.has(f));
const repeated = [...counts].filter(([, n]) => n > 1).map(([f]) => f);
console.log(
  `files ${files.length} · rows ${articles.length} · missing ${missing.length} · repeated ${repeated.length}`,
);
if (missing.length || repeated.length || files.length !== articles.length)
  problems.push('not every file appears exactly once');

const other = articles.filter((a) => a.file.startsWith('other/') && /\.(txt|md)$/.test(a.file));
if (other.length) {
  const taken = other.filter((a) => a.status === 'event');
  const rate = taken.length / other.length;
  console.log(
    `other/: ${taken.length} of ${other.length} taken as events (${(rate * 100).toFixed(1)} %)${taken.length ? ': ' + taken.map((a) => a.file).join(' ') : ''}`,
  );
  if (rate >= MAX_OTHER_EVENT_RATE)
    problems.push(
      `other/ event rate ${(rate * 100).toFixed(1)} % ≥ ${MAX_OTHER_EVENT_RATE * 100} %`,
    );
}

const thisYear = new Date().getUTCFullYear();
const articleOf = new Map(articles.flatMap((a) => a.eventIds.map((id) => [id, a] as const)));
const late = events.filter((e) => {
  const start = e.date.start;
  if (!start || start.startsWith('--')) return false;
  const publishedAt = articleOf.get(e.id)?.publishedAt;
  return (
    Number(start.slice(0, 4)) > thisYear ||
    (publishedAt != null && start.slice(0, publishedAt.length) > publishedAt)
  );
});
const years = new Map<string, number>();
for (const e of events) {
  const year =
    e.date.start && !e.date.start.startsWith('--')
      ? e.date.start.slice(0, 4)
      : e.date.start
        ? 'day, no year'
        : 'no date';
  years.set(year, (years.get(year) ?? 0) + 1);
}
console.log(
  `event years: ${[...years]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([y, n]) => `${y} ${n}`)
    .join(' · ')}`,
);
console.log(
  `events dated after publication or after ${thisYear}: ${late.length}${late.length ? ': ' + late.map((e) => e.slug).join(' ') : ''}`,
);
if (late.length) problems.push('events dated after their publication or the current year');

// The plain reading of a body without Markdown must give exactly remark-parse's blocks, on every file it reads.
let plain = 0;
const unlike: string[] = [];
for (const file of listParsedArticleFiles(corpus, [output])) {
  const decoded = decodeArticleBytes(readFileSync(join(corpus, file)));
  if (!decoded.ok || /\.html?$/i.test(file)) continue;
  const { body } = readFrontMatter(normaliseText(decoded.text), []);
  const blocks = plainParagraphs(body);
  if (!blocks) continue;
  plain++;
  if (!isDeepStrictEqual(blocks, markdownBlocks(body))) unlike.push(file);
}
console.log(
  `plain reading: ${plain} bodies read without remark-parse, ${unlike.length} with other blocks than remark-parse's${unlike.length ? ': ' + unlike.join(' ') : ''}`,
);
if (unlike.length) problems.push('the plain reading differs from remark-parse');

const delegations = read<unknown[]>('delegations.json').length;
const outcomes = read<unknown[]>('outcomes.json').length;
console.log(
  `events: ${events.length} from ${articles.filter((a) => a.status === 'event').length} of ${articles.length} articles · ${delegations} delegations · ${outcomes} outcomes`,
);
if (problems.length) {
  console.log(`FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('corpus check passed');
