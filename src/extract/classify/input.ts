/**
 * What the classifier reads of an article: its zones (headline, lead, body)
 * and the parties the sentences name, found once per sentence and passed on.
 */
import type { Sentence } from '../clean/sentences.ts';
import { organisationKey } from '../../lib/organisation-key.ts';
import { cueFamiliesIn } from './cue-search.ts';
import { GENERIC_PARTY, INTERNATIONAL_BODIES } from './cues.ts';

/**
 * The parties one sentence names, as the classifier reads them: institutions by name, and foreign countries
 * (found before classification by `fields/sentence-facts.ts`, whose richer mentions fit this shape).
 */
export interface ClassifierParties {
  organisations: readonly { name: string }[];
  countries: readonly unknown[];
}

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
  /** Distinct institutions named in the headline and the lead. */
  openingInstitutions: number;
  /**
   * Cooperation clauses: sentences that name two parties or more (institutions, international bodies, a foreign
   * country) and a cue of cooperation between them, in the opening (headline and lead) and in the body.
   */
  cooperationClauses: { opening: number; body: number };
  /** What the strongest sentences say: the article's evidence sentence by sentence (see ClauseEvidence). */
  clauseEvidence: ClauseEvidence;
}

export type Zone = 'headline' | 'lead' | 'body';

/**
 * Evidence read sentence by sentence, the strongest sentence deciding rather than the article's sum: which
 * cue families the cooperation clauses carry and in which zones they stand, and each sentence's strength as a
 * clause, (cue families, up to 3) / 3 × (parties, up to 3) / 3, of the two strongest sentences.
 */
export interface ClauseEvidence {
  families: string[];
  zones: Zone[];
  /** The strongest sentence's strength and the second's, in [0, 1]. */
  strongest: [number, number];
  /** The most cue families one sentence names. */
  mostFamilies: number;
}

/** Cue families and parties at which a sentence's strength saturates. */
const STRENGTH_FULL = 3;

/**
 * A clause relates parties: each institution or international body once, however written, and a foreign
 * country once (also when it is only a named body's nationality, as JICA's Japan).
 */
const CLAUSE_PARTIES = 2;

const INTERNATIONAL_BODIES_ALL = new RegExp(INTERNATIONAL_BODIES.source, 'gu');

export function classifierInput(
  sentences: Sentence[],
  parties: ClassifierParties[],
  leadCount: number,
): ClassifierInput {
  const body = sentences.filter((s) => !s.isHeadline);
  const organisations = new Set<string>();
  const bodies = new Set<string>();
  let foreignPartner = false;
  let foreignInOpening = false;
  const opening = new Set([...sentences.filter((s) => s.isHeadline), ...body.slice(0, leadCount)]);
  const cooperationClauses = { opening: 0, body: 0 };
  const openingOrganisations = new Set<string>();
  const clauseFamilies = new Set<string>();
  const clauseZones = new Set<Zone>();
  const strengths: number[] = [];
  let mostFamilies = 0;
  sentences.forEach((s, i) => {
    const named = [...s.text.matchAll(INTERNATIONAL_BODIES_ALL)].map((m) => m[0]);
    for (const b of named) bodies.add(b);
    const sentenceOrganisations = new Set(
      parties[i]!.organisations.map((o) => organisationKey(o.name)),
    );
    for (const key of sentenceOrganisations) {
      organisations.add(key);
      if (opening.has(s)) openingOrganisations.add(key);
    }
    const foreign = parties[i]!.countries.length > 0;
    foreignPartner ||= foreign;
    if (opening.has(s) && (foreign || named.length > 0)) foreignInOpening = true;
    // One key per institution: "Tổ chức Y tế Thế giới (WHO)" is one party, not an institution and two bodies.
    const institutions = new Set([...sentenceOrganisations, ...named.map(organisationKey)]);
    // A party named by its role ("tuyến dưới", "đối tác nước ngoài") counts once, beside the named ones.
    const sentenceParties =
      institutions.size + (foreign ? 1 : 0) + (GENERIC_PARTY.test(s.text) ? 1 : 0);
    const families = cueFamiliesIn(s.text).map((f) => f.name);
    mostFamilies = Math.max(mostFamilies, families.length);
    strengths.push(
      (Math.min(families.length, STRENGTH_FULL) / STRENGTH_FULL) *
        (Math.min(sentenceParties, STRENGTH_FULL) / STRENGTH_FULL),
    );
    if (sentenceParties >= CLAUSE_PARTIES && families.length > 0) {
      cooperationClauses[opening.has(s) ? 'opening' : 'body']++;
      for (const family of families) clauseFamilies.add(family);
      clauseZones.add(s.isHeadline ? 'headline' : opening.has(s) ? 'lead' : 'body');
    }
  });
  strengths.sort((a, b) => b - a);
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
    openingInstitutions: openingOrganisations.size,
    cooperationClauses,
    clauseEvidence: {
      families: [...clauseFamilies],
      zones: [...clauseZones],
      strongest: [strengths[0] ?? 0, strengths[1] ?? 0],
      mostFamilies,
    },
  };
}
