/**
 * What the shape of the text around an institution's name says about where the name ends, and
 * whether it names an institution at all: a call closing it ("Quỹ Bầu | ơi"), a street address the
 * rules took in ("Bệnh viện Mắt số 280 Điện Biên Phủ, quận 3"), the fields of a name listed across
 * a comma ("Bộ Kinh tế, | Thương mại và Công nghiệp"), an event or a venue opening like an
 * institution ("Hội nghị …", "Trung tâm Thương mại …"), a law or an honour ("Luật Dược"), a kind of
 * place and a country ("các bệnh viện Việt Nam").
 */
import {
  NATIONAL_LEVEL_ENDINGS,
  ORGANISATION_HEADS,
  PROVINCIAL_BODIES,
  VOCATIVE_PARTICLES,
} from '../gazetteer/institutions.ts';
import { foldVietnamese } from '../../lib/vietnamese.ts';
import { bondKey, syllableBond } from '../names/syllable-bonds.ts';
import type { OrganisationMention } from './organisations.ts';

export {
  describesByCountry,
  namesDocumentOrHonour,
  namesEventOrVenue,
} from '../names/name-openings.ts';

const FOLDED_HEADS: ReadonlySet<string> = new Set(
  [...ORGANISATION_HEADS, ...PROVINCIAL_BODIES].map(foldVietnamese),
);

const VOCATIVE_AFTER = new RegExp(`^ (?:${VOCATIVE_PARTICLES.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** The name with the call that closes it ("Quỹ Bầu" + " ơi"), or the name as it was. */
export function withClosingCall(text: string, org: OrganisationMention): OrganisationMention {
  const call = VOCATIVE_AFTER.exec(text.slice(org.end))?.[0];
  if (!call || org.name !== org.raw) return org;
  return { ...org, name: org.name + call, raw: org.raw + call, end: org.end + call.length };
}

/**
 * A street address: "số", a house number, the street in capitals, then a comma and the district
 * ("số 280 Điện Biên Phủ, quận 3", "số 201A Nguyễn Chí Thanh, Q.5").
 */
const ADDRESS =
  / số \d+[\p{L}\d/]*(?: \p{Lu}[\p{L}]*)+,\s*(?:quận|huyện|phường|thị xã|Q\.|P\.|Q\s)/u;

/**
 * The name without a street address the rules took in ("Bệnh viện Mắt số 280 Điện Biên Phủ" before
 * ", quận 3" is "Bệnh viện Mắt"); null where only a head is left ("BV số 201A Nguyễn Chí Thanh, Q.5"
 * names a building, not which hospital).
 */
export function withoutAddress(text: string, org: OrganisationMention): OrganisationMention | null {
  const address = ADDRESS.exec(org.raw + text.slice(org.end, org.end + 60));
  if (!address || address.index >= org.raw.length) return org;
  const raw = org.raw.slice(0, address.index);
  const cutOff = org.raw.slice(address.index);
  if (FOLDED_HEADS.has(foldVietnamese(raw))) return null;
  const name = org.name.endsWith(cutOff) ? org.name.slice(0, -cutOff.length) : raw;
  return { ...org, name, raw, end: org.start + raw.length };
}

/** Bond strength (syllable-bonds.ts, 1–5) from which two syllables are read as one word. */
export const WORD_BOND = 3;

/** After a comma: a capitalised word, then lower-case syllables, then "và" and a capitalised word. */
const FIELDS_AFTER_COMMA = /^, (\p{Lu}\p{Ll}*) (\p{Ll}+)[^,;.()"“”]*? và \p{Lu}/u;

/** After a comma: two to five lower-case words closed by a national level written as a word of its own. */
const FIELDS_TO_LEVEL_AFTER_COMMA = new RegExp(
  `^, ((\\p{Ll}+) (\\p{Ll}+)(?: \\p{Ll}+){0,3}) (?:${NATIONAL_LEVEL_ENDINGS.map((w) => w.replace('.', '\\.')).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

const HEADS_AS_WRITTEN = [...ORGANISATION_HEADS, ...PROVINCIAL_BODIES].map((h) => `${h} `);

/**
 * Whether a head opens at any word of the words, written as heads are: capitalised ("Bộ", "Sở"), or
 * one of the heads running text writes in lower case ("bệnh viện"); "hồi" in "phục hồi" is no "Hội".
 */
const opensInstitutionAnywhere = (words: string): boolean => {
  const split = words.split(' ');
  return split.some((_, j) => {
    const rest = `${split.slice(j).join(' ')} `;
    return HEADS_AS_WRITTEN.some((head) => rest.startsWith(head));
  });
};

/**
 * True where the name stops at a comma inside its own name: an institution that lists its fields
 * writes them as common words capitalised, commas between them and "và" before the last ("Bộ Kinh
 * tế, Thương mại và Công nghiệp", "Viện Ung thư, Chẩn đoán hình ảnh và Y học hạt nhân"): the first
 * field after the comma is a common word. A list of
 * institutions or places goes on with heads and proper names, whose syllables make no common word
 * ("Bệnh viện Bạch Mai, Việt Đức và Chợ Rẫy"); a common word is two syllables the corpus writes
 * together in lower case (syllable-bonds.ts). So is a field in lower case closed by the name's national
 * level ("Bệnh viện Điều dưỡng, phục hồi chức năng T.Ư"): a clause does not end on "T.Ư".
 */
export function goesOnAfterComma(text: string, end: number): boolean {
  const after = text.slice(end);
  const commonWord = (first: string, second: string) =>
    syllableBond(bondKey(first), bondKey(second)) >= WORD_BOND;
  const fields = FIELDS_AFTER_COMMA.exec(after);
  if (fields) {
    const [, first, second] = fields as unknown as [string, string, string];
    return !opensInstitutionAnywhere(`${first} ${second}`) && commonWord(first, second);
  }
  const level = FIELDS_TO_LEVEL_AFTER_COMMA.exec(after);
  if (!level) return false;
  const [, words, first, second] = level as unknown as [string, string, string, string];
  return !opensInstitutionAnywhere(words) && commonWord(first, second);
}
