/**
 * npm run clause-verbs -- <corpus dir> [--out src/data/clause-verbs.json]
 *
 * The lower-case words (one syllable, and two) an unlabelled corpus writes as
 * verbs (names/clause-verbs.ts): each word seen at least
 * CLAUSE_VERB_MIN_SIGHTINGS times, a verb where at least CLAUSE_VERB_RATE of
 * its sightings stand right after a word of tense or aspect (`TENSE_WORDS`:
 * "đã", "đang", "tiếp tục"…). Only the
 * words are written, never text around them; the file is stamped with the
 * corpus's hash. Deterministic: the same corpus gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { parseCommandLine } from './lib/command-line.ts';
import { readCorpus } from './lib/corpus-lines.ts';
import { tokenise } from '../src/extract/names/tokens.ts';
import { TENSE_WORDS } from '../src/extract/gazetteer/place-context.ts';
import {
  CLAUSE_VERB_MIN_SIGHTINGS,
  CLAUSE_VERB_RATE,
  CLAUSE_VERBS_PATH,
  type ClauseVerbs,
} from '../src/extract/names/clause-verbs.ts';

const USAGE = 'usage: npm run clause-verbs -- <corpus dir> [--out <file>]';
const { values, positionals } = parseCommandLine('clause-verbs', USAGE, {
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error(`clause-verbs: name one corpus folder\n\n${USAGE}`);
  process.exit(2);
}

const corpus = readCorpus(positionals[0]!);
const tense: ReadonlySet<string> = new Set(TENSE_WORDS);
const sightings = new Map<string, number>();
const afterAspect = new Map<string, number>();
const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const lower = (s: string | undefined) => s !== undefined && /^\p{Ll}/u.test(s);
for (const line of corpus.lines()) {
  const words = tokenise(line).map((t) => t.text);
  for (let i = 0; i < words.length; i++) {
    if (!lower(words[i])) continue;
    const word = words[i]!.toLowerCase();
    const keys = lower(words[i + 1]) ? [word, `${word} ${words[i + 1]!.toLowerCase()}`] : [word];
    const before = (n: number) =>
      words
        .slice(Math.max(0, i - n), i)
        .join(' ')
        .toLowerCase();
    const marked = tense.has(before(1)) || tense.has(before(2));
    for (const k of keys) {
      add(sightings, k);
      if (marked) add(afterAspect, k);
    }
  }
}
const rate = (k: string) => (afterAspect.get(k) ?? 0) / sightings.get(k)!;
const counted = [...sightings.keys()].filter((k) => sightings.get(k)! >= CLAUSE_VERB_MIN_SIGHTINGS);
const verbs = counted.filter((k) => rate(k) >= CLAUSE_VERB_RATE).sort();
const verbSyllables = new Set(verbs.filter((k) => !k.includes(' ')));
const notVerbs = counted
  .filter(
    (k) => k.includes(' ') && rate(k) < CLAUSE_VERB_RATE && verbSyllables.has(k.split(' ')[0]!),
  )
  .sort();
const result: ClauseVerbs = {
  builtFrom: {
    articles: corpus.files.length,
    corpusHash: corpus.hash(),
    tenseWords: TENSE_WORDS,
    minSightings: CLAUSE_VERB_MIN_SIGHTINGS,
    rate: CLAUSE_VERB_RATE,
  },
  verbs,
  notVerbs,
};
const out = values.out ?? CLAUSE_VERBS_PATH;
const list = (words: string[]) => words.map((w) => `  ${JSON.stringify(w)}`).join(',\n');
writeFileSync(
  out,
  `{\n "builtFrom": ${JSON.stringify(result.builtFrom)},\n "verbs": [\n${list(verbs)}\n ],\n "notVerbs": [\n${list(notVerbs)}\n ]\n}\n`,
);
console.log(
  `clause-verbs: ${corpus.files.length} articles, ${counted.length} words counted → ${verbs.length} verbs, ${notVerbs.length} not → ${String(out)}`,
);
