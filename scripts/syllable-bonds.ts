/**
 * npm run bonds -- <corpus dir> [--out src/data/syllable-bonds.json]
 *
 * How strongly two lower-case syllables stick together as one word, counted over an unlabelled
 * corpus: Vietnamese is written syllable by syllable and most words are two syllables ("xây dựng",
 * "quốc gia"), so a name that ends between them is almost always cut. For every pair of lower-case
 * syllables written side by side (one space, no mark between), the pointwise mutual information
 * ln(c(ab)·N / (c(a)·c(b))) over lower-case syllables; pairs seen at least MIN_COUNT times with a PMI
 * of at least MIN_PMI nats are kept, bucketed (1: [2, 3) … 5: 6 and more), sorted. Only the pairs
 * and their buckets are written, never text. The file is stamped with the corpus's hash and size.
 * Deterministic: the same corpus gives the same file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { tokenise } from '../src/extract/names/tokens.ts';
import {
  bondKey,
  SYLLABLE_BONDS_PATH,
  type SyllableBonds,
} from '../src/extract/names/syllable-bonds.ts';

const USAGE = 'usage: npm run bonds -- <corpus dir> [--out <file>]';
const { values, positionals } = parseCommandLine('bonds', USAGE, {
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error(`bonds: name one corpus folder\n\n${USAGE}`);
  process.exit(2);
}
const MIN_COUNT = 3;
const MIN_PMI = 2;
const LOWER_SYLLABLE = /^\p{Ll}+$/u;

const corpus = positionals[0]!;
const files = (readdirSync(corpus, { recursive: true }) as string[])
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();
const hash = createHash('sha256');
const single = new Map<string, number>();
const pairs = new Map<string, number>();
let syllables = 0;
for (const file of files) {
  const bytes = readFileSync(join(corpus, file));
  hash.update(`${file}\0`).update(bytes).update('\0');
  for (const line of bytes.toString('utf8').normalize('NFC').split('\n')) {
    let previous: string | null = null;
    let previousEnd = -2;
    for (const token of tokenise(line)) {
      const key = LOWER_SYLLABLE.test(token.text) ? bondKey(token.text) : null;
      if (key) {
        syllables++;
        single.set(key, (single.get(key) ?? 0) + 1);
        if (previous && token.start === previousEnd + 1) {
          const pair = `${previous} ${key}`;
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        }
      }
      previous = key;
      previousEnd = token.end;
    }
  }
}
const bonds: Record<string, number> = {};
for (const pair of [...pairs.keys()].sort()) {
  const count = pairs.get(pair)!;
  if (count < MIN_COUNT) continue;
  const [a, b] = pair.split(' ') as [string, string];
  const pmi = Math.log((count * syllables) / (single.get(a)! * single.get(b)!));
  if (pmi >= MIN_PMI) bonds[pair] = Math.min(5, Math.floor(pmi - MIN_PMI) + 1);
}
const result: SyllableBonds = {
  builtFrom: {
    articles: files.length,
    corpusHash: hash.digest('hex'),
    syllables,
    minCount: MIN_COUNT,
    minPmi: MIN_PMI,
  },
  bonds,
};
const out = values.out ?? SYLLABLE_BONDS_PATH;
const entries = Object.entries(bonds).map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`);
writeFileSync(
  out,
  `{\n "builtFrom": ${JSON.stringify(result.builtFrom)},\n "bonds": {\n${entries.join(',\n')}\n }\n}\n`,
);
console.log(
  `bonds: ${files.length} articles, ${syllables} lower-case syllables, ${pairs.size} pairs → ${entries.length} bonds → ${String(out)}`,
);
