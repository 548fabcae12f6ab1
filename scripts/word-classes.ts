/**
 * npm run word-classes -- <corpus dir> [--out src/data/word-classes.json] [--units 8000]
 *
 * Word classes from an unlabelled corpus, for the models to generalise from a word they were trained
 * on to the words used like it. Every line is tokenised as the name recogniser does; each token is
 * counted under its class key (lower case, one tone-mark style, numbers as `0`). The `units` most
 * frequent keys with a letter are the words to class; the `contexts` most frequent keys of any kind
 * are what they are described by, one column per context and side (two before, one before, one
 * after, two after). The counts become positive pointwise mutual information (context counts raised
 * to 0.75, Levy et al. 2015), a randomised truncated SVD (fixed seed) gives each unit a vector
 * (U·√S, unit length), and k-means (k-means++ from a fixed seed) clusters the vectors at each
 * granularity. Only units and class numbers are written, never text; the file is stamped with the
 * corpus's hash and the settings. Deterministic: the same corpus gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { parseCommandLine } from './lib/command-line.ts';
import { readCorpus } from './lib/corpus-lines.ts';
import { tokenise } from '../src/extract/names/tokens.ts';
import { WORD_CLASSES_PATH, wordClassKey, type WordClassesFile } from '../src/lib/word-classes.ts';
import { randomisedSvd, type DenseMatrix, type SparseRows } from '../src/train/randomised-svd.ts';
import { kMeans } from '../src/train/k-means.ts';

const USAGE =
  'usage: npm run word-classes -- <corpus dir> [--out <file>] [--units N] [--contexts N] [--rank N] [--granularities 64,256,1024]';
const { values, positionals } = parseCommandLine('word-classes', USAGE, {
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    units: { type: 'string', default: '8000' },
    contexts: { type: 'string', default: '2000' },
    rank: { type: 'string', default: '100' },
    granularities: { type: 'string', default: '64,256,1024' },
  },
});
if (positionals.length !== 1) {
  console.error(`word-classes: name one corpus folder\n\n${USAGE}`);
  process.exit(2);
}
const UNITS = Number(values.units);
const CONTEXTS = Number(values.contexts);
const RANK = Number(values.rank);
const GRANULARITIES = values.granularities.split(',').map(Number);
const OFFSETS = [-2, -1, 1, 2];
const CONTEXT_POWER = 0.75;
const SEED = 20261202;
const HAS_LETTER = /\p{L}/u;

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

// 1. Every token as the id of its key; -1 ends a line.
const corpus = readCorpus(positionals[0]!);
const idOf = new Map<string, number>();
const keys: string[] = [];
const counts: number[] = [];
let sequence = new Int32Array(1 << 24);
let length = 0;
const push = (id: number) => {
  if (length === sequence.length) {
    const grown = new Int32Array(sequence.length * 2);
    grown.set(sequence);
    sequence = grown;
  }
  sequence[length++] = id;
};
for (const line of corpus.lines()) {
  for (const token of tokenise(line)) {
    const key = wordClassKey(token.text);
    let id = idOf.get(key);
    if (id === undefined) {
      id = keys.length;
      idOf.set(key, id);
      keys.push(key);
      counts.push(0);
    }
    counts[id]!++;
    push(id);
  }
  push(-1);
}
const tokenCount = counts.reduce((a, b) => a + b, 0);
console.error(
  `word-classes: ${corpus.files.length} articles, ${tokenCount} tokens, ${keys.length} keys (${seconds()})`,
);

// 2. The units and the contexts, by frequency (ties by key, for determinism).
const byFrequency = [...keys.keys()].sort(
  (a, b) => counts[b]! - counts[a]! || (keys[a]! < keys[b]! ? -1 : 1),
);
const units = byFrequency.filter((id) => HAS_LETTER.test(keys[id]!)).slice(0, UNITS);
const contexts = byFrequency.slice(0, CONTEXTS);
const unitRow = new Int32Array(keys.length).fill(-1);
units.forEach((id, row) => (unitRow[id] = row));
const contextColumn = new Int32Array(keys.length).fill(-1);
contexts.forEach((id, column) => (contextColumn[id] = column));

// 3. Co-occurrence counts, one column per context and offset.
const columns = contexts.length * OFFSETS.length;
const cooccurrence = new Float32Array(units.length * columns);
for (let i = 0; i < length; i++) {
  const row = sequence[i]! < 0 ? -1 : unitRow[sequence[i]!]!;
  if (row < 0) continue;
  OFFSETS.forEach((offset, o) => {
    // Stop at a line's end: the context must be on the same line.
    const step = Math.sign(offset);
    for (let j = i + step; j !== i + offset + step; j += step)
      if (sequence[j] === undefined || sequence[j]! < 0) return;
    const column = contextColumn[sequence[i + offset]!]!;
    if (column >= 0) cooccurrence[row * columns + column * OFFSETS.length + o]!++;
  });
}
console.error(`word-classes: counted ${units.length} units × ${columns} contexts (${seconds()})`);

// 4. Positive PMI, sparse by rows.
const rowTotal = new Float64Array(units.length);
const columnTotal = new Float64Array(columns);
for (let r = 0; r < units.length; r++)
  for (let c = 0; c < columns; c++) {
    const n = cooccurrence[r * columns + c]!;
    rowTotal[r]! += n;
    columnTotal[c]! += n;
  }
const total = rowTotal.reduce((a, b) => a + b, 0);
const smoothed = columnTotal.map((n) => n ** CONTEXT_POWER);
const smoothedTotal = smoothed.reduce((a, b) => a + b, 0);
const rowStart = new Int32Array(units.length + 1);
const entryColumn: number[] = [];
const entryValue: number[] = [];
for (let r = 0; r < units.length; r++) {
  for (let c = 0; c < columns; c++) {
    const n = cooccurrence[r * columns + c]!;
    if (n === 0) continue;
    const pmi = Math.log(n / total / (rowTotal[r]! / total) / (smoothed[c]! / smoothedTotal));
    if (pmi > 0) {
      entryColumn.push(c);
      entryValue.push(pmi);
    }
  }
  rowStart[r + 1] = entryColumn.length;
}
const ppmi: SparseRows = {
  rows: units.length,
  columns,
  rowStart,
  column: Int32Array.from(entryColumn),
  value: Float64Array.from(entryValue),
};
console.error(`word-classes: PPMI with ${entryValue.length} positive entries (${seconds()})`);

// 5. Vectors: U·√S, each of unit length.
const { u, s } = randomisedSvd(ppmi, RANK, { seed: SEED });
const vectors: DenseMatrix = { rows: u.rows, columns: u.columns, data: new Float64Array(u.data) };
for (let r = 0; r < vectors.rows; r++) {
  let norm = 0;
  for (let c = 0; c < vectors.columns; c++) {
    const x = u.data[r * u.columns + c]! * Math.sqrt(s[c]!);
    vectors.data[r * vectors.columns + c] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let c = 0; c < vectors.columns; c++) vectors.data[r * vectors.columns + c]! /= norm;
}
console.error(
  `word-classes: SVD rank ${RANK}, singular values ${s[0]!.toFixed(1)} … ${s[s.length - 1]!.toFixed(1)} (${seconds()})`,
);

// 6. Classes at each granularity.
const clusterings = GRANULARITIES.map((k) => {
  const cluster = kMeans(vectors, k, { seed: SEED + k, iterations: 25 });
  console.error(`word-classes: ${k} classes (${seconds()})`);
  return cluster;
});

const classes: Record<string, number[]> = {};
const sortedRows = [...units.keys()].sort((a, b) => (keys[units[a]!]! < keys[units[b]!]! ? -1 : 1));
for (const r of sortedRows) classes[keys[units[r]!]!] = clusterings.map((c) => c[r]!);
const result: WordClassesFile = {
  builtFrom: {
    articles: corpus.files.length,
    corpusHash: corpus.hash(),
    tokens: tokenCount,
    granularities: GRANULARITIES,
    units: units.length,
    contexts: contexts.length,
    offsets: OFFSETS,
    contextPower: CONTEXT_POWER,
    rank: RANK,
    seed: SEED,
  },
  classes,
};
const out = values.out ?? WORD_CLASSES_PATH;
const entries = Object.entries(classes).map(
  ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
);
writeFileSync(
  out,
  `{\n "builtFrom": ${JSON.stringify(result.builtFrom)},\n "classes": {\n${entries.join(',\n')}\n }\n}\n`,
);
console.log(
  `word-classes: ${corpus.files.length} articles, ${units.length} units → ${GRANULARITIES.join('/')} classes → ${String(out)} (${seconds()})`,
);
