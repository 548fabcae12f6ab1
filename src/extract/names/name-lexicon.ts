/**
 * Institution names as the unlabelled corpus writes them (`npm run lexicon --
 * <corpus>` writes src/data/name-lexicon.json): every run of words that starts
 * at an institution head ("Bệnh viện", "Ngân hàng", "Viện"...) and recurs in
 * the corpus, with how often the corpus goes on from the run's first words to
 * its last word. A name's own lower-case words recur with it ("Ngân hàng TMCP
 * Ngoại thương", "Bộ Lao động - Thương binh và Xã hội"); the words after a
 * name vary ("Bộ Y tế cho biết" is rare beside "Bộ Y tế"). The recogniser
 * reads this as features, never as the decision.
 */
import { readFileSync } from 'node:fs';
import { ORGANISATION_HEADS, PROVINCIAL_BODIES } from '../gazetteer/institutions.ts';
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import type { Token } from './tokens.ts';
import { longestPhrase, phraseTrie } from './phrase-trie.ts';
import { wordForms } from './word-forms.ts';

export interface NameLexicon {
  builtFrom: {
    articles: number;
    /** sha256 of the corpus's file names and bytes. */
    corpusHash: string;
    minCount: number;
    longest: number;
  };
  /**
   * "Bệnh viện Bạch Mai" (tone marks placed one way, case kept) → how often the run goes on to its
   * last word, as a step: 1 (under 5 % of the runs one word shorter) to 5 (over 80 %).
   */
  phrases: Record<string, number>;
}

export const NAME_LEXICON_PATH = new URL('../../data/name-lexicon.json', import.meta.url);

/** The most words a run from a head is followed for. */
export const LONGEST_RUN = 10;

/** The step of a continuation rate: how often a run one word shorter goes on with this word. */
export function continuationStep(rate: number): number {
  return rate >= 0.8 ? 5 : rate >= 0.5 ? 4 : rate >= 0.2 ? 3 : rate >= 0.05 ? 2 : 1;
}

/** The form a word is counted and looked up under: tone marks placed one way, case kept. */
export const lexiconKey = (word: string): string => normaliseToneMarks(word);

const HEADS = phraseTrie(
  [...ORGANISATION_HEADS, ...PROVINCIAL_BODIES].map((phrase) => [phrase, true] as const),
  (word) => wordForms(word).folded,
);

/** Tokens a name runs through: words, numbers, and the hyphen and ampersand inside names. */
const IN_RUN = /^[\p{L}\p{N}]|^[-&]$/u;

/** For each token, the length of the head phrase that starts there (0 where none does). */
export function headLengths(tokens: readonly Token[]): number[] {
  const folded = tokens.map((t) => wordForms(t.text).folded);
  return tokens.map((_, i) => longestPhrase(HEADS, folded, i).length);
}

/** For each token from a head, how far (up to LONGEST_RUN tokens) the run of name-like tokens goes. */
export function runEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to < tokens.length && to - from < LONGEST_RUN && IN_RUN.test(tokens[to]!.text)) to++;
  return to;
}

let phrases: ReadonlyMap<string, number> | null = null;

function lexicon(): ReadonlyMap<string, number> {
  phrases ??= new Map(
    Object.entries((JSON.parse(readFileSync(NAME_LEXICON_PATH, 'utf8')) as NameLexicon).phrases),
  );
  return phrases;
}

/**
 * The lexicon's marks on each token of a sentence: for the longest run from a
 * head that the corpus knows up to this token, "lx=<step>" (how often the
 * corpus goes on to this word), or "lx=new" where the corpus knows the run up
 * to the word before but never goes on to this one; and on the word after,
 * "lx>=…" the same for the next word, so a name's end can be seen coming.
 */
export function lexiconMarks(tokens: readonly Token[]): string[][] {
  const known = lexicon();
  const heads = headLengths(tokens);
  const keys = tokens.map((t) => lexiconKey(t.text));
  // best[i]: the step (or "new") of the longest known run from a head ending at i.
  const best: Array<string | null> = tokens.map(() => null);
  const length: number[] = tokens.map(() => 0);
  heads.forEach((head, h) => {
    if (!head) return;
    const end = runEnd(tokens, h);
    let phrase = keys.slice(h, h + head).join(' ');
    for (let i = h + head; i < end; i++) {
      phrase = `${phrase} ${keys[i]}`;
      const step = known.get(phrase);
      const mark = step === undefined ? 'new' : String(step);
      if (i - h + 1 > length[i]!) {
        best[i] = mark;
        length[i] = i - h + 1;
      }
      if (step === undefined) break;
    }
  });
  return tokens.map((_, i) => {
    const marks: string[] = [];
    if (best[i]) marks.push(`lx=${best[i]}`, `lx=${best[i]}|len=${Math.min(length[i]!, 6)}`);
    const next = best[i + 1];
    if (next) marks.push(`lx>=${next}`);
    return marks;
  });
}

let furthestSteps: ReadonlyMap<string, number> | null = null;

/**
 * How the corpus goes on after a run it knows, written as its words are
 * ("Bệnh viện Chợ Rẫy"): the highest step (1–5) of any word it goes on to, 0
 * where it never goes on with one word at least six times, null where it does
 * not know the run. "Viện Y học lâm sàng" goes on to "các" (5): the corpus
 * writes it as the start of a longer name; "Bộ Y tế" goes on to no word more
 * than 2: the corpus writes it whole.
 */
export function stepAfterRun(run: string): number | null {
  furthestSteps ??= (() => {
    const steps = new Map<string, number>();
    for (const [phrase, step] of lexicon()) {
      const cut = phrase.lastIndexOf(' ');
      if (cut < 0) continue;
      const shorter = phrase.slice(0, cut);
      steps.set(shorter, Math.max(steps.get(shorter) ?? 0, step));
    }
    return steps;
  })();
  const key = run.normalize('NFC').split(/\s+/u).map(lexiconKey).join(' ');
  if (!lexicon().has(key)) return null;
  return furthestSteps.get(key) ?? 0;
}
