/**
 * What the classifier reads of an article: its zones (headline, lead, body)
 * and the parties the sentences name, found once per sentence and passed on.
 */
import type { Sentence } from '../clean/sentences.ts';
import type { SentenceParties } from '../fields/sentence-facts.ts';
import { organisationKey } from '../fields/organisation-key.ts';
import { INTERNATIONAL_BODIES } from './cues.ts';

export interface ClassifierInput {
  headline: string;
  /** The first sentences after the headline. */
  lead: string;
  body: string;
  /** Distinct institutions named in the cleaned text. */
  organisationCount: number;
  /** Foreign countries or places named. */
  foreignPartner: boolean;
  /** International bodies (WHO, JICA…) named. */
  internationalBodies: number;
  /** A foreign country or an international body named in the headline or the lead. */
  foreignInOpening: boolean;
}

const INTERNATIONAL_BODIES_ALL = new RegExp(INTERNATIONAL_BODIES.source, 'gu');

export function classifierInput(
  sentences: Sentence[],
  parties: SentenceParties[],
  leadCount: number,
): ClassifierInput {
  const body = sentences.filter((s) => !s.isHeadline);
  const organisations = new Set<string>();
  const bodies = new Set<string>();
  let foreignPartner = false;
  let foreignInOpening = false;
  const opening = new Set([...sentences.filter((s) => s.isHeadline), ...body.slice(0, leadCount)]);
  sentences.forEach((s, i) => {
    const named = [...s.text.matchAll(INTERNATIONAL_BODIES_ALL)].map((m) => m[0]);
    for (const b of named) bodies.add(b);
    for (const o of parties[i]!.organisations) organisations.add(organisationKey(o.name));
    const foreign = parties[i]!.countries.length > 0;
    foreignPartner ||= foreign;
    if (opening.has(s) && (foreign || named.length > 0)) foreignInOpening = true;
  });
  return {
    headline: sentences
      .filter((s) => s.isHeadline)
      .map((s) => s.text)
      .join(' '),
    lead: body
      .slice(0, leadCount)
      .map((s) => s.text)
      .join(' '),
    body: body
      .slice(leadCount)
      .map((s) => s.text)
      .join(' '),
    organisationCount: organisations.size,
    foreignPartner,
    internationalBodies: bodies.size,
    foreignInOpening,
  };
}
