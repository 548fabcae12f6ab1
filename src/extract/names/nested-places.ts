/**
 * The provinces and countries written inside institutions' names, read from
 * the gazetteers (a tag marks one kind per token).
 */
import { PROVINCE_SPELLINGS } from '../gazetteer/provinces.ts';
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import { normaliseToneMarks } from '../../lib/vietnamese.ts';
import type { Mention } from './institution-joins.ts';
import type { NameKind } from './tags.ts';
import { tokenise } from './tokens.ts';

const COUNTRY_SPELLINGS: ReadonlySet<string> = new Set(Object.keys(COUNTRY_NAMES));
const LONGEST_PLACE = 4;

/**
 * The provinces and countries written inside an institution's name ("Sở Y tế
 * tỉnh Lào Cai" names Lào Cai): a tag marks one kind per token, so these are
 * read from the gazetteers within each recognised institution, spelled
 * exactly. A short country name after a capitalised syllable belongs to a
 * name of its own (Việt Đức, Tâm Đức, Thủ Đức, Thẩm Mỹ) and is no country.
 */
export function namesInsideInstitutions<M extends Mention>(mentions: readonly M[]): M[] {
  const nested: M[] = [];
  for (const m of mentions) {
    if (m.kind !== 'ORG') continue;
    const tokens = tokenise(m.text);
    for (let i = 0; i < tokens.length; i++) {
      for (let length = Math.min(LONGEST_PLACE, tokens.length - i); length > 0; length--) {
        const from = tokens[i]!.start;
        const to = tokens[i + length - 1]!.end;
        const text = m.text.slice(from, to);
        const kind: NameKind | null = PROVINCE_SPELLINGS.has(normaliseToneMarks(text))
          ? 'PROV'
          : COUNTRY_SPELLINGS.has(text) &&
              (length > 1 || i === 0 || !/^\p{Lu}/u.test(tokens[i - 1]!.text))
            ? 'COUNTRY'
            : null;
        if (!kind) continue;
        nested.push({ ...m, kind, text, start: m.start + from, end: m.start + to });
        i += length - 1;
        break;
      }
    }
  }
  return nested;
}
