/**
 * One key for one institution however it is written: folded, abbreviations
 * written out ("BVĐK" = "Bệnh viện Đa khoa"), "UBND" = "Ủy ban nhân dân".
 * Kept apart from the recogniser so that comparing names loads no gazetteer.
 */
import { HEAD_EXPANSIONS } from '../gazetteer/institutions.ts';
import { foldVietnamese } from '../../lib/vietnamese.ts';

/** Abbreviations at the start of a name written out. */
export function expandHead(name: string): string {
  for (const [abbreviation, full] of Object.entries(HEAD_EXPANSIONS)) {
    if (name === abbreviation || name.startsWith(`${abbreviation} `)) return full + name.slice(abbreviation.length);
  }
  return name;
}

export function organisationKey(name: string): string {
  return foldVietnamese(expandHead(name))
    .replace(/^uy ban nhan dan\b/, 'ubnd')
    .replace(/^hoi dong nhan dan\b/, 'hdnd')
    .replace(/\bthanh pho\b/g, 'tp')
    .replace(/[–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
