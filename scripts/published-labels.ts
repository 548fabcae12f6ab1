/**
 * node scripts/published-labels.ts --data <extraction output> [--shared ../shared] [--list]
 *
 * What a run publishes, against every label there is: how many events it writes, how many of those any
 * label file covers (an event is covered when one of its articles is labelled; its first labelled article
 * decides, each file's label taken as src/train/dataset.ts takes it), and the share of those labelled Y, P
 * and N. `--list` names the articles of the events no file labels (the ones a reader should read next).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { readAllLabels } from '../src/train/dataset.ts';

const USAGE =
  'usage: node scripts/published-labels.ts --data <extraction output dir> [--shared <dir>] [--list]';
const { values } = parseCommandLine('published-labels', USAGE, {
  options: {
    data: { type: 'string' },
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    list: { type: 'boolean', default: false },
  },
});
if (!values.data) {
  console.error(`published-labels: --data is required\n\n${USAGE}`);
  process.exit(2);
}
const read = <T>(name: string): T =>
  JSON.parse(readFileSync(join(values.data!, name), 'utf8')) as T;
const articles = read<Array<{ id: string; file: string }>>('articles.json');
const events = read<Array<{ id: string; sourceArticleIds: string[] }>>('events.json');
const fileOf = new Map(articles.map((a) => [a.id, a.file.split('/').pop()!]));
const labels = readAllLabels(goldPaths(values.shared));

const counts = { Y: 0, P: 0, N: 0 };
const unlabelled: string[] = [];
for (const event of events) {
  const files = event.sourceArticleIds.map((id) => fileOf.get(id) ?? id);
  const labelled = files.find((f) => labels.has(f));
  if (labelled) counts[labels.get(labelled)![0]!.label]++;
  else unlabelled.push(files[0]!);
}
const covered = counts.Y + counts.P + counts.N;
const share = (n: number) => (covered ? (n / covered).toFixed(3) : '-');
console.log(
  `${events.length} events published; ${covered} covered by a label file: Y ${counts.Y} (${share(counts.Y)}), P ${counts.P} (${share(counts.P)}), N ${counts.N} (${share(counts.N)}); ` +
    `Y among Y/N ${counts.Y + counts.N ? (counts.Y / (counts.Y + counts.N)).toFixed(3) : '-'}; ${unlabelled.length} events no file labels`,
);
if (values.list) for (const f of unlabelled.sort()) console.log(`  unlabelled ${f}`);
