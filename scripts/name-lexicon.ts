/**
 * npm run lexicon -- <corpus dir> [--out src/data/name-lexicon.json]
 *
 * Institution names as an unlabelled corpus writes them: from every institution head
 * (name-lexicon.ts), the runs of up to LONGEST_RUN name-like tokens that follow (no punctuation but
 * a hyphen or an ampersand), each run's words counted one more at a time. A run seen at least
 * MIN_COUNT times is kept with its continuation step: how often the run one word shorter goes on
 * with this word. Only these runs and their steps are written, never text around them; the file is
 * stamped with the corpus's hash. Deterministic: the same corpus gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { parseCommandLine } from './lib/command-line.ts';
import { readCorpus } from './lib/corpus-lines.ts';
import { tokenise } from '../src/extract/names/tokens.ts';
import {
  continuationStep,
  headLengths,
  lexiconKey,
  LONGEST_RUN,
  NAME_LEXICON_PATH,
  runEnd,
  type NameLexicon,
} from '../src/extract/names/name-lexicon.ts';

const USAGE = 'usage: npm run lexicon -- <corpus dir> [--out <file>]';
const { values, positionals } = parseCommandLine('lexicon', USAGE, {
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error(`lexicon: name one corpus folder\n\n${USAGE}`);
  process.exit(2);
}
const MIN_COUNT = 6;

const corpus = readCorpus(positionals[0]!);
const counts = new Map<string, number>();
for (const line of corpus.lines()) {
  const tokens = tokenise(line);
  const heads = headLengths(tokens);
  heads.forEach((head, h) => {
    if (!head) return;
    const end = runEnd(tokens, h);
    let phrase = tokens
      .slice(h, h + head)
      .map((t) => lexiconKey(t.text))
      .join(' ');
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    for (let i = h + head; i < end; i++) {
      phrase = `${phrase} ${lexiconKey(tokens[i]!.text)}`;
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  });
}
const phrases: Record<string, number> = {};
for (const phrase of [...counts.keys()].sort()) {
  const count = counts.get(phrase)!;
  const cut = phrase.lastIndexOf(' ');
  const shorter = cut < 0 ? undefined : counts.get(phrase.slice(0, cut));
  if (count < MIN_COUNT || shorter === undefined) continue;
  phrases[phrase] = continuationStep(count / shorter);
}
const result: NameLexicon = {
  builtFrom: {
    articles: corpus.files.length,
    corpusHash: corpus.hash(),
    minCount: MIN_COUNT,
    longest: LONGEST_RUN,
  },
  phrases,
};
const out = values.out ?? NAME_LEXICON_PATH;
const lines = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`)
    .join(',\n');
const entries = Object.keys(phrases);
writeFileSync(
  out,
  `{\n "builtFrom": ${JSON.stringify(result.builtFrom)},\n "phrases": {\n${lines(phrases)}\n }\n}\n`,
);
console.log(
  `lexicon: ${corpus.files.length} articles, ${counts.size} runs → ${entries.length} kept → ${String(out)}`,
);
