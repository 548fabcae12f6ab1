/**
 * npm run eval [-- --shared ../shared] [--misses] [--json]
 *
 * Scores the extraction on ../shared/gold with the shared scorer: precision,
 * recall and F1 per field on the seeds and the dev articles, end to end and
 * given the reference cooperation decision; the classifier on every label, by
 * origin, with the whole corpus's precision estimated; the type model against
 * every labelled type, with its confusion. The classifier
 * is learned, so every article here is decided by a model trained on the
 * other folds (fixed folds, fixed seed): no figure is a training score.
 *
 * Then the name recogniser on mentions.json by cross-validation, beside the
 * two readers' agreement, with the names most often missed or cut.
 *
 * Writes the figures the site prints (/gioi-thieu/) into src/data/evaluation.json, stamped with the
 * models, the code and the gold data they were measured on (`--output <file>` elsewhere, `--no-write`
 * for none); commit it with the change that moved them.
 */
import { join, relative } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { evaluate, type Evaluation } from '../src/eval/evaluate.ts';
import { headline, type Score } from '../src/eval/score.ts';
import { evaluateNames, type NamesEvaluation } from '../src/eval/names.ts';
import { NAME_KINDS } from '../src/extract/names/tags.ts';
import { EVALUATION_FILE, summarise, writeEvaluationFile } from '../src/eval/evaluation-file.ts';
import { goldPaths, missingGoldPaths } from '../src/train/gold.ts';

const USAGE =
  'usage: npm run eval -- [--shared <dir>] [--misses] [--json] [--output <file>] [--no-write]';
const { values } = parseCommandLine('eval', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    misses: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    output: { type: 'string', default: EVALUATION_FILE },
    'no-write': { type: 'boolean', default: false },
  },
});

const missing = missingGoldPaths(goldPaths(values.shared));
if (missing.length) {
  console.error(`eval: the shared folder is incomplete, missing:\n  ${missing.join('\n  ')}`);
  process.exit(2);
}
const result = evaluate(values.shared);
const names = evaluateNames(values.shared);
if (!values['no-write']) {
  const today = new Date().toISOString().slice(0, 10);
  writeEvaluationFile(summarise(result, names, values.shared, today), values.output);
  console.error(`eval: the figures are in ${relative(process.cwd(), values.output)}`);
}
if (values.json) {
  console.log(JSON.stringify({ ...result, names }, null, 2));
  process.exit(0);
}
print(result);
printNames(names);

function printNames(n: NamesEvaluation): void {
  console.log(
    `\nNames in mentions.json (${n.articles} articles; ${n.folds}-fold cross-validation by article, seed ${n.seed}).` +
      `\n  Scored per article: the distinct strings found of a kind against the readers' strings, exact after NFC;` +
      `\n  counts summed over articles. Readers: the second reading of ${n.readers.articles} articles against the first, same scorer.`,
  );
  console.log(`  ${''.padEnd(9)}${'recogniser F1   P     R'.padEnd(46)}readers F1   P     R`);
  const f = (x: number) => x.toFixed(2);
  for (const k of NAME_KINDS) {
    const s = n.crossValidated[k];
    const r = n.readers[k];
    console.log(
      `  ${k.padEnd(9)}${`${f(s.f1)}  ${f(s.precision)}  ${f(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`.padEnd(
        46,
      )}${f(r.f1)}  ${f(r.precision)}  ${f(r.recall)}`,
    );
  }
  const why = new Map<string, number>();
  for (const u of n.unaligned)
    why.set(`${u.kind} ${u.why}`, (why.get(`${u.kind} ${u.why}`) ?? 0) + 1);
  console.log(
    `  readers' strings with no span of their own: ${[...why].map(([w, c]) => `${c} ${w}`).join('; ')}`,
  );
  const shown = values.misses ? Infinity : 12;
  for (const k of NAME_KINDS) {
    const { missed, cut } = n.errors[k];
    console.log(
      `  ${k} most often missed: ${missed
        .slice(0, shown)
        .map(([t, c]) => (c > 1 ? `${t} (${c})` : t))
        .join(' · ')}`,
    );
    console.log(
      `  ${k} cut or overrun (listed → found): ${cut
        .slice(0, shown)
        .map(([t, found]) => `${t} → ${found}`)
        .join(' · ')}`,
    );
  }
  if (n.model.stale.length)
    console.log(
      `\n  ! the committed names model was ${n.model.stale.join(' and ')}: run npm run train`,
    );
}

function print(e: Evaluation): void {
  const FIELDS = [
    'classification',
    'type',
    'date',
    'provinces',
    'countries',
    'people',
    'leader',
    'outcomes',
    'organisations',
    'leaks',
    'lost',
  ];
  const table = (title: string, score: Score) => {
    console.log(`\n${title}`);
    for (const field of FIELDS) {
      const r = score.rows[field];
      if (!r) continue;
      if (r.f1 !== undefined)
        console.log(
          `  ${field.padEnd(15)} F1 ${r.f1.toFixed(2)}   P ${r.precision!.toFixed(2)}  R ${r.recall!.toFixed(2)}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`,
        );
      else if (r.accuracy !== undefined)
        console.log(`  ${field.padEnd(15)} accuracy ${r.accuracy.toFixed(2)}   (n ${r.n})`);
      else console.log(`  ${field.padEnd(15)} ${headline(r)}`);
    }
    if (values.misses) for (const m of score.misses) console.log(`    ${m}`);
  };
  const pct = (x: number) => x.toFixed(2);
  const c = e.labels.classification;
  console.log(
    `Classifier on every label (${e.labels.articles} articles Y/N, ${e.labels.positives} Y, and the seeds; borderline (soft labels in training, never scored): ${Object.entries(
      e.labels.borderline,
    )
      .map(([o, n]) => `${o} ${n}`)
      .join(
        ', ',
      )}; ${e.labels.disagreements.length} labelled differently by two sources; ${e.folds}-fold cross-validation by story, seed ${e.seed}; committed threshold ${e.labels.threshold})`,
  );
  console.log(
    `  cooperation     F1 ${pct(c.f1)}   P ${pct(c.precision)}  R ${pct(c.recall)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`,
  );
  for (const [origin, s] of Object.entries(e.labels.byOrigin))
    console.log(
      `    ${origin.padEnd(13)} F1 ${pct(s.f1)}   P ${pct(s.precision)}  R ${pct(s.recall)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`,
    );
  const k = e.labels.corpus;
  const n = (x: number) => x.toFixed(0);
  console.log(
    `  whole corpus    precision ${pct(k.precision)} estimated: candidate ${k.articles.candidate} articles → ${n(k.events.candidate.cooperation)} cooperation + ${n(k.events.candidate.not)} not; random ${k.articles.random} → ${n(k.events.random.cooperation)} + ${n(k.events.random.not)} (each stratum's cross-validated rates on its labelled origin)`,
  );
  console.log(
    `  pre-filter      drops ${e.labels.prefilterDrops.length} of ${e.labels.positives} cooperation articles${e.labels.prefilterDrops.length ? `: ${e.labels.prefilterDrops.join(' ')}` : ''}`,
  );
  if (values.misses) {
    for (const m of e.labels.misses) console.log(`    ${m}`);
    for (const m of e.labels.disagreements) console.log(`    disagree ${m}`);
  }
  const t = e.labels.type;
  console.log(
    `  type            accuracy ${pct(t.accuracy)}   (n ${t.n}, every labelled type, cross-validated type model; the rules alone ${pct(t.rulesAccuracy)}; two readers agree on ${pct(t.readersAgreement)})`,
  );
  if (values.misses) for (const m of t.misses) console.log(`    ${m}`);
  console.log(`    confusion (rows: labelled, columns: decided)`);
  const types = [
    ...new Set([
      ...Object.keys(t.confusion),
      ...Object.values(t.confusion).flatMap((r) => Object.keys(r)),
    ]),
  ].sort();
  const short = (s: string) =>
    s
      .split('-')
      .map((w) => w.slice(0, 4))
      .join('-')
      .padStart(10);
  console.log(`    ${''.padEnd(20)}${types.map(short).join('')}`);
  for (const row of types)
    if (t.confusion[row])
      console.log(
        `    ${row.padEnd(20)}${types.map((col) => String(t.confusion[row]![col] ?? '').padStart(10)).join('')}`,
      );
  for (const [name, m] of Object.entries(e.models))
    if (m.stale)
      console.log(
        `\n  ! the committed ${name} model was trained on other data or feature code (data ${m.dataHash.slice(0, 12)}, features ${m.featureHash.slice(0, 12)}; now ${e.dataHash.slice(0, 12)}, ${e.featureHash.slice(0, 12)}): run npm run train`,
      );
  table('Seeds (5 articles, end to end, cross-validated decisions)', e.seeds);
  table('Seeds given the reference cooperation decision', e.seedsGivenDecision);
  table('Dev (83 articles, end to end, cross-validated decisions)', e.dev);
  table(
    'Dev fields given the reference cooperation decision (42 cooperation articles)',
    e.devGivenDecision,
  );
}
