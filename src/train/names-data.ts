/**
 * The name recogniser's training data: the articles of mentions.json read by
 * the extractor's own chain (read, clean, sentences), each sentence tokenised,
 * and the readers' strings found in it (longest first) as BIO tags.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareArticle } from '../extract/pipeline/article.ts';
import { tokenise, type Token } from '../extract/names/tokens.ts';
import { singleSpaces } from '../lib/white-space.ts';
import { tagsOf, NAME_KINDS, type NameKind, type TaggedSpan } from '../extract/names/tags.ts';
import type { GoldPaths } from './gold.ts';

/** One article of mentions.json as the readers wrote it. */
export interface MentionsRecord {
  file: string;
  organisations: string[];
  people: Array<{ name: string; title: string | null }>;
  provinces: string[];
  countries: string[];
}

export interface MentionsFile {
  articles: MentionsRecord[];
  secondAnnotations: MentionsRecord[];
}

/** The distinct strings of each kind an article names, as written (NFC). */
export type NameSets = Record<NameKind, Set<string>>;

export interface TokenisedSentence {
  text: string;
  tokens: Token[];
}

export interface NamedArticle {
  file: string;
  sentences: TokenisedSentence[];
  /** The right tags of each sentence's tokens. */
  tags: number[][];
  gold: NameSets;
}

/** Why a reader's string has no span in the sentences the extractor reads. */
export type AlignmentFailure =
  'not in the cleaned sentences' | 'not on token boundaries' | 'only inside a longer name';

export interface NamesDataset {
  articles: NamedArticle[];
  /** Every string of each kind that was found nowhere as a span of its own, with why. */
  unaligned: Array<{ file: string; kind: NameKind; text: string; why: AlignmentFailure }>;
  /** sha256 of mentions.json and the bytes of every article it names. */
  dataHash: string;
}

export function readMentions(goldDir: string): MentionsFile {
  return JSON.parse(readFileSync(join(goldDir, 'mentions.json'), 'utf8')) as MentionsFile;
}

/**
 * The readers' strings of a record, by kind, NFC, each run of white space one
 * space: the extractor reads text with its spaces collapsed, and a reader who
 * copied a double space from the source names the same span.
 */
export function nameSets(record: MentionsRecord): NameSets {
  const set = (xs: string[]) => new Set(xs.map((x) => singleSpaces(x.normalize('NFC')).trim()));
  return {
    ORG: set(record.organisations),
    PER: set(record.people.map((p) => p.name)),
    PROV: set(record.provinces),
    COUNTRY: set(record.countries),
  };
}

/** Reads and tokenises an article the way the extractor does; null when it cannot be read. */
export function readSentences(bytes: Uint8Array, file: string): TokenisedSentence[] | null {
  const prepared = prepareArticle(file, bytes);
  if (prepared.kind === 'rejected') return null;
  return prepared.segment().map((s) => ({ text: s.text, tokens: tokenise(s.text) }));
}

export function loadNamesDataset(paths: GoldPaths): NamesDataset {
  const mentions = readMentions(paths.gold);
  const hash = createHash('sha256').update(readFileSync(join(paths.gold, 'mentions.json')));
  const articles: NamedArticle[] = [];
  const unaligned: NamesDataset['unaligned'] = [];
  for (const record of mentions.articles) {
    const bytes = readFileSync(join(paths.corpus, record.file));
    hash.update(`${record.file}\0`).update(bytes).update('\0');
    const sentences = readSentences(bytes, record.file);
    if (!sentences)
      throw new Error(`${record.file}: an article of mentions.json the extractor cannot read`);
    const gold = nameSets(record);
    const { spans, failures } = alignNames(sentences, gold);
    for (const f of failures) unaligned.push({ file: record.file, ...f });
    articles.push({
      file: record.file,
      sentences,
      tags: sentences.map((s, i) => tagsOf(spans[i]!, s.tokens.length)),
      gold,
    });
  }
  return { articles, unaligned, dataHash: hash.digest('hex') };
}

/**
 * Every occurrence of each string that starts and ends on token boundaries and
 * overlaps no longer name already placed; longest strings first, kinds in the
 * order of NAME_KINDS for strings of equal length.
 */
export function alignNames(
  sentences: readonly TokenisedSentence[],
  gold: NameSets,
): {
  spans: TaggedSpan[][];
  failures: Array<{ kind: NameKind; text: string; why: AlignmentFailure }>;
} {
  const spans: TaggedSpan[][] = sentences.map(() => []);
  const taken = sentences.map((s) => new Array<boolean>(s.tokens.length).fill(false));
  const strings = NAME_KINDS.flatMap((kind) => [...gold[kind]].map((text) => ({ kind, text })));
  strings.sort((a, b) => b.text.length - a.text.length);
  const failures: Array<{ kind: NameKind; text: string; why: AlignmentFailure }> = [];
  for (const { kind, text } of strings) {
    let found = false;
    let onBoundaries = false;
    let placed = false;
    sentences.forEach((sentence, s) => {
      for (
        let at = sentence.text.indexOf(text);
        at >= 0;
        at = sentence.text.indexOf(text, at + 1)
      ) {
        found = true;
        const from = sentence.tokens.findIndex((t) => t.start === at);
        const last = sentence.tokens.findIndex((t) => t.end === at + text.length);
        if (from < 0 || last < from) continue;
        onBoundaries = true;
        if (taken[s]!.slice(from, last + 1).some(Boolean)) continue;
        placed = true;
        for (let i = from; i <= last; i++) taken[s]![i] = true;
        spans[s]!.push({ kind, from, to: last + 1 });
      }
    });
    if (!placed)
      failures.push({
        kind,
        text,
        why: !found
          ? 'not in the cleaned sentences'
          : !onBoundaries
            ? 'not on token boundaries'
            : 'only inside a longer name',
      });
  }
  markShortMentionsOfPeople(sentences, gold.PER, spans, taken);
  return { spans, failures };
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * A person the readers list in full ("Nguyễn Thị Kim Tiến") and the text later
 * calls by the end of the name ("bà Tiến") is listed once, in full
 * (NAMES.md); the short mentions still name that person, so they are tagged
 * too rather than taught as outside any name. A short form is an ending of a
 * listed name standing alone: no capitalised word either side (the "Nam" of
 * "Việt Nam" is nobody's short name).
 */
function markShortMentionsOfPeople(
  sentences: readonly TokenisedSentence[],
  people: ReadonlySet<string>,
  spans: TaggedSpan[][],
  taken: boolean[][],
): void {
  const endings = new Set<string>();
  for (const name of people) {
    const words = tokenise(name).map((t) => t.text);
    for (let k = 1; k < words.length; k++) endings.add(words.slice(k).join(' '));
  }
  for (const name of people) endings.delete(name);
  const byLength = [...endings].sort((a, b) => b.length - a.length);
  sentences.forEach((sentence, s) => {
    const words = sentence.tokens.map((t) => t.text);
    for (const ending of byLength) {
      const parts = ending.split(' ');
      for (let from = 0; from + parts.length <= words.length; from++) {
        const to = from + parts.length;
        if (parts.some((p, k) => words[from + k] !== p)) continue;
        if (taken[s]!.slice(from, to).some(Boolean)) continue;
        if (CAPITALISED.test(words[from - 1] ?? '') || CAPITALISED.test(words[to] ?? '')) continue;
        for (let i = from; i < to; i++) taken[s]![i] = true;
        spans[s]!.push({ kind: 'PER', from, to });
      }
    }
  });
}

/** The dataset without some articles (a measurement's gold articles): its hash says which were left out. */
export function namesDatasetWithout(dataset: NamesDataset, files: readonly string[]): NamesDataset {
  const left = new Set(files);
  return {
    ...dataset,
    articles: dataset.articles.filter((a) => !left.has(a.file)),
    dataHash: createHash('sha256')
      .update(`${dataset.dataHash}\0without\0${[...left].sort().join('\0')}`)
      .digest('hex'),
  };
}
