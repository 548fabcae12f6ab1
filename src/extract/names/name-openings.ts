/**
 * What a name opens with that makes it no institution's, read by the rules' names and the
 * recogniser's alike: an event or a venue ("Hội nghị …", "Trung tâm Thương mại …", "Triển lãm …"), a
 * law or an honour ("Luật Dược", "Huân chương Lao động"), a kind of establishment and a country
 * ("các bệnh viện Việt Nam").
 */
import { COUNTRY_NAMES } from '../gazetteer/foreign.ts';
import {
  DOCUMENT_AND_HONOUR_OPENINGS,
  EVENT_AND_VENUE_OPENINGS,
  LOWER_CASE_HEADS,
} from '../gazetteer/institutions.ts';
import { foldVietnamese } from '../../lib/vietnamese.ts';

const FOLDED_OPENINGS = EVENT_AND_VENUE_OPENINGS.map((o) => `${foldVietnamese(o)} `);
const FOLDED_DOCUMENTS = DOCUMENT_AND_HONOUR_OPENINGS.map((o) => `${foldVietnamese(o)} `);
/**
 * True where the name opens with an event's or a venue's word ("Hội Nghị Nha Khoa Thế Giới"), or runs on
 * past its own words into a clause that organises one: "tổ chức" after the name's first two words, then an
 * event's word ("Viện Nghiên cứu Phát triển tổ chức Hội thảo …" is the institute organising a workshop).
 * "Ban tổ chức Hội thảo …", the organising committee, opens with its head and "tổ chức" and is a name.
 */
export function namesEventOrVenue(name: string): boolean {
  const folded = `${foldVietnamese(name)} `;
  if (FOLDED_OPENINGS.some((opening) => folded.startsWith(opening))) return true;
  const words = folded.split(' ');
  for (let i = 2; i < words.length - 2; i++)
    if (words[i] === 'to' && words[i + 1] === 'chuc') {
      const rest = `${words.slice(i + 2).join(' ')} `;
      if (FOLDED_OPENINGS.some((opening) => rest.startsWith(opening))) return true;
    }
  return false;
}

/** True where the name opens with a word for a law, a decision or an honour ("Luật Dược", "Huân chương Lao động"). */
export function namesDocumentOrHonour(name: string): boolean {
  const folded = `${foldVietnamese(name)} `;
  return FOLDED_DOCUMENTS.some((opening) => folded.startsWith(opening));
}

const COUNTRIES: ReadonlySet<string> = new Set([...Object.keys(COUNTRY_NAMES), 'Việt Nam']);
/** Kinds of establishment, each also a common noun ("bệnh viện", "trường đại học"), and "BV". */
const ESTABLISHMENT_KINDS = [...LOWER_CASE_HEADS, 'bv'];

/**
 * True where the name is a kind of establishment and a country only ("Bệnh viện Ấn Độ", "các trường
 * đại học Cuba"): a description of where some hospital or school is, not one's name. A body of a
 * country's state is named so ("Chính phủ Nhật Bản", "Hải quân Mỹ"): those heads are no establishment kind.
 */
export function describesByCountry(name: string): boolean {
  const lower = name.toLowerCase();
  return ESTABLISHMENT_KINDS.some(
    (kind) => lower.startsWith(`${kind} `) && COUNTRIES.has(name.slice(kind.length + 1)),
  );
}
