/** The parties each sentence names (institutions, foreign countries): found once, read by the classifier and by the event's fields. */
import type { Sentence } from '../clean/sentences.ts';
import { findOrganisations, type OrganisationMention } from './organisations.ts';
import { findCountryMentions, type PlaceMention } from './places.ts';

export interface SentenceParties {
  organisations: OrganisationMention[];
  countries: PlaceMention[];
}

export function findSentenceParties(sentences: Sentence[]): SentenceParties[] {
  return sentences.map((s) => {
    const organisations = findOrganisations(s.text);
    return { organisations, countries: findCountryMentions(s.text, s.index, organisations) };
  });
}
