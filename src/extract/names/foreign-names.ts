/**
 * A foreign person's name read whole where the recogniser tagged only a part
 * of it: Vietnamese names are syllables Vietnamese can spell, so capitalised
 * words it cannot spell written beside a person belong to that person
 * ("Sam Asghari", "Ken Scott"), as do a hyphenated given name ("Jean - Pierre
 * Lacroix") and the particles of a family name ("Bernadette Chodron de
 * Courcel"). A country before the name is not part of it ("Thủ tướng
 * Australia Scott Morrison"), nor is a title or an honorific.
 */
import { NAME_PARTICLES } from '../gazetteer/surnames.ts';
import { gazetteerMarks } from './gazetteer-marks.ts';
import { tokenise, type Token } from './tokens.ts';
import { wordOrigin } from './word-origin.ts';

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
/** Lists whose words are not a name's: a country, a province, a title, an honorific, a place abroad. */
const NOT_A_NAME = ['country:', 'province:', 'title:', 'honorific:', 'foreign:', 'patient:'];

const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word);

/** The span [start, end) of the whole name around a person tagged at [start, end) of the sentence. */
export function wholeForeignName(
  sentence: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const tokens = tokenise(sentence);
  let from = tokens.findIndex((t) => t.start === start);
  let to = tokens.findIndex((t) => t.end === end) + 1;
  if (from < 0 || to <= from) return { start, end };
  // Nothing to read on to: the common case, decided before the gazetteers are matched.
  const following = tokens[to]?.text ?? '';
  const preceding = tokens[from - 1]?.text ?? '';
  if (
    !isCapitalised(preceding) &&
    !isCapitalised(following) &&
    following !== '-' &&
    !PARTICLES.has(following)
  )
    return { start, end };
  const marks = gazetteerMarks(tokens);
  const free = (i: number) =>
    isCapitalised(tokens[i]!.text) &&
    !marks[i]!.some((m) => NOT_A_NAME.some((l) => m.startsWith(l)));
  const foreign = (i: number) => free(i) && wordOrigin(tokens[i]!.text) === 'foreign';
  // A span holding a country or a title is not a name to grow ("Australia").
  if (marks.slice(from, to).some((m) => m.some((x) => NOT_A_NAME.some((l) => x.startsWith(l)))))
    return { start, end };
  const name = tokens.slice(from, to);
  const isForeign = name.some((t) => wordOrigin(t.text) === 'foreign');
  for (;;) {
    const next = tokens[to];
    if (!next) break;
    if (foreign(to)) to++;
    else if (isForeign && PARTICLES.has(next.text) && tokens[to + 1] && free(to + 1)) to += 2;
    else if (next.text === '-' && tokens[to + 1] && foreign(to + 1)) to += 2;
    else break;
  }
  const grew = tokens.slice(from, to).some((t) => wordOrigin(t.text) === 'foreign');
  // A word before it that Vietnamese could spell without marks ("Ken") only after a lower-case word: "Theo
  // Scott" starts a clause, "Việt Nam Gareth Ward" ends a place.
  const before = (i: number) =>
    foreign(i) ||
    (free(i) &&
      wordOrigin(tokens[i]!.text) === 'vi?' &&
      i > 0 &&
      /^\p{Ll}/u.test(tokens[i - 1]!.text));
  while (from > 0 && grew && before(from - 1)) from--;
  return { start: tokens[from]!.start, end: (tokens[to - 1] as Token).end };
}
