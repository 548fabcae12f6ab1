/**
 * A title names its holder after the institution it heads: "Thứ trưởng Bộ Y
 * tế Trịnh Quân Huấn" is the institution "Bộ Y tế", then the person. Where an
 * institution written right after a title ends in a Vietnamese person's name
 * (a family name, then one to three capitalised syllables, not a place's
 * name: "Hà Nội") and the article
 * names the words before that name as an institution, or that name as a
 * person, elsewhere, the name is the title's holder, not part of the
 * institution. Institutions named after a person ("Giám đốc Bệnh viện Nguyễn
 * Tri Phương") are written so without either half standing alone.
 */
import { startsWithPlaceName } from '../gazetteer/place-names.ts';
import { isSurname } from '../gazetteer/surnames.ts';
import { TITLE_AT_END } from '../gazetteer/titles.ts';
import type { Mention } from './institution-joins.ts';
import { tokenise } from './tokens.ts';

const NAME_SYLLABLE = /^\p{Lu}\p{Ll}*$/u;
const LONGEST_GIVEN_NAME = 3;

/**
 * The article's mentions with each institution that ends in its title's
 * holder split in two: the institution, then the person.
 */
export function withTitleHoldersApart<M extends Mention>(
  mentions: readonly M[],
  sentences: readonly string[],
): M[] {
  const institutions = new Set(mentions.filter((m) => m.kind === 'ORG').map((m) => m.text));
  const people = new Set(mentions.filter((m) => m.kind === 'PER').map((m) => m.text));
  return mentions.flatMap((m) => {
    if (m.kind !== 'ORG') return [m];
    const sentence = sentences[m.sentence]!;
    if (!TITLE_AT_END.test(sentence.slice(0, m.start).trimEnd())) return [m];
    const tokens = tokenise(m.text);
    for (let k = Math.max(1, tokens.length - 1 - LONGEST_GIVEN_NAME); k < tokens.length - 1; k++) {
      const name = tokens.slice(k);
      if (!isSurname(name[0]!.text) || !name.every((t) => NAME_SYLLABLE.test(t.text))) continue;
      const institution = m.text.slice(0, tokens[k - 1]!.end);
      const person = m.text.slice(tokens[k]!.start);
      if (startsWithPlaceName(person)) continue;
      if (!institutions.has(institution) && !people.has(person)) continue;
      return [
        { ...m, text: institution, end: m.start + institution.length },
        { ...m, kind: 'PER' as const, text: person, start: m.start + tokens[k]!.start },
      ];
    }
    return [m];
  });
}
