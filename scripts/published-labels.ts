/**
 * npm run published-labels -- --data <extraction output> [--shared ../shared] [--list]
 *
 * What a run publishes, against every label there is (src/eval/published.ts): how many events it writes, how
 * many of those any label file covers, each file's label taken as src/train/dataset.ts takes it, and the
 * share of those labelled Y, P and N. `--list` names the articles of the events no file labels (the ones a
 * reader should read next).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { readAllLabels } from '../src/train/dataset.ts';
import { labelPublishedEvents } from '../src/eval/published.ts';

const USAGE =
  'usage: npm run published-labels -- --data <extraction output dir> [--shared <dir>] [--list]';
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
const labels = readAllLabels(goldPaths(values.shared));
const { events, labelled, unlabelled } = labelPublishedEvents(
  read('articles.json'),
  read('events.json'),
  (file) => labels.get(file)?.[0]?.label,
);
const covered = labelled.Y + labelled.P + labelled.N;
const share = (n: number) => (covered ? (n / covered).toFixed(3) : '-');
console.log(
  `${events} events published; ${covered} covered by a label file: Y ${labelled.Y} (${share(labelled.Y)}), P ${labelled.P} (${share(labelled.P)}), N ${labelled.N} (${share(labelled.N)}); ${unlabelled.length} events no file labels`,
);
if (values.list) for (const f of unlabelled.sort()) console.log(`  unlabelled ${f}`);
