/**
 * Where a name stops because a clause starts: in Vietnamese the words that
 * say an action or a state stand right after the words of tense and aspect
 * ("đã", "đang", "sẽ", "vừa", `TENSE_WORDS`), and nouns seldom do. The
 * unlabelled corpus tells which lower-case words (and two-syllable words) are
 * written so (`npm run clause-verbs -- <corpus>` writes
 * src/data/clause-verbs.json). Such a word right after a name opens the
 * clause the name is the subject of ("Bộ Y tế cấp", "Bộ Quốc phòng xây …"),
 * unless names carry it themselves: a verb of function ("Trung tâm Phòng
 * chống …", `NAME_ACTIONS`) or a word before a place's name ("tỉnh",
 * `PLACE_BEFORE_A_NAME`).
 */
import { readFileSync } from 'node:fs';
import { NAME_ACTIONS, NAME_JOINERS } from '../gazetteer/institution-words.ts';
import { PLACE_BEFORE_A_NAME } from '../gazetteer/place-context.ts';
import { stepAfterRun } from './name-lexicon.ts';
import { tokenise, type Token } from './tokens.ts';
import { wordBarriers } from './word-barriers.ts';

/** Words (one syllable or two) seen at least MIN_SIGHTINGS times are counted. */
export const CLAUSE_VERB_MIN_SIGHTINGS = 20;
/** A word is a verb when at least this share of its sightings follows a word of tense or aspect. */
export const CLAUSE_VERB_RATE = 0.01;
/** A run the corpus goes on from with no word at a step above this (under 20 % of its sightings) is written whole. */
const WHOLE_RUN_STEP = 2;

export interface ClauseVerbs {
  builtFrom: {
    articles: number;
    /** sha256 of the corpus's file names and bytes. */
    corpusHash: string;
    /** The words of tense and aspect counted before a word (`TENSE_WORDS`). */
    tenseWords: readonly string[];
    minSightings: number;
    rate: number;
  };
  /** Lower-case words and two-syllable words written as verbs, sorted. */
  verbs: string[];
  /** Two-syllable words that are no verb though their first syllable is one ("nhi đồng"), sorted. */
  notVerbs: string[];
}

export const CLAUSE_VERBS_PATH = new URL('../../data/clause-verbs.json', import.meta.url);

let table: { verbs: ReadonlySet<string>; notVerbs: ReadonlySet<string> } | null = null;

function clauseVerbs() {
  if (table) return table;
  const file = JSON.parse(readFileSync(CLAUSE_VERBS_PATH, 'utf8')) as ClauseVerbs;
  table = { verbs: new Set(file.verbs), notVerbs: new Set(file.notVerbs) };
  return table;
}

const lowerWord = (t: Token | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text);
const NAME_WORDS: ReadonlySet<string> = new Set(
  [...NAME_ACTIONS, ...PLACE_BEFORE_A_NAME].map((w) => w.toLowerCase()),
);

/** True where the corpus writes the word at `j` (with the next, when that is a word it knows) as a verb. */
export function writtenAsVerb(tokens: readonly Token[], j: number): boolean {
  if (!lowerWord(tokens[j])) return false;
  const { verbs, notVerbs } = clauseVerbs();
  const word = tokens[j]!.text.toLowerCase();
  if (lowerWord(tokens[j + 1])) {
    const two = `${word} ${tokens[j + 1]!.text.toLowerCase()}`;
    if (verbs.has(two)) return true;
    if (notVerbs.has(two)) return false;
  }
  return verbs.has(word);
}

/** True where the word at `j` opens a clause: written as a verb, and no word names carry. */
export function opensClause(tokens: readonly Token[], j: number): boolean {
  if (!writtenAsVerb(tokens, j)) return false;
  const word = tokens[j]!.text.toLowerCase();
  const two = tokens[j + 1] ? `${word} ${tokens[j + 1]!.text.toLowerCase()}` : word;
  return !NAME_WORDS.has(word) && !NAME_WORDS.has(two);
}

/** Words that join two parts of one name: a name does not end on them ("Bộ Kế hoạch và | đầu tư"). */
const JOINING: ReadonlySet<string> = new Set([...NAME_JOINERS, '-', '–', '&']);

/**
 * An institution whose words, after a run the corpus writes whole
 * (name-lexicon.ts: it goes on with no word in a fifth of its sightings),
 * go on with a word that opens a clause is that run: "Bộ Quốc phòng xây
 * Bệnh viện quân dân y" is "Bộ Quốc phòng", "Bệnh viện Đa khoa tỉnh mua máu"
 * is "Bệnh viện Đa khoa tỉnh". Never inside a word (word-barriers.ts) nor
 * after a joiner.
 */
export function beforeClause<M extends { kind: string; text: string; start: number; end: number }>(
  m: M,
): M {
  if (m.kind !== 'ORG') return m;
  const tokens = tokenise(m.text);
  const barriers = wordBarriers(tokens);
  for (let k = 1; k < tokens.length; k++) {
    // A joining word ("về", "và") links a name's parts, whatever else it means: the extension decided to go on.
    if (barriers[k] || JOINING.has(tokens[k - 1]!.text) || JOINING.has(tokens[k]!.text)) continue;
    if (!opensClause(tokens, k)) continue;
    const text = m.text.slice(0, tokens[k - 1]!.end);
    const step = stepAfterRun(text);
    if (step === null || step > WHOLE_RUN_STEP) continue;
    return { ...m, text, end: m.start + text.length };
  }
  return m;
}
