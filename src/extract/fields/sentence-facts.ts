/**
 * What each sentence names, found once and passed on: the parties
 * (institutions, foreign countries) that the classifier reads, then the
 * people and provinces that only a cooperation article's fields need.
 */
import type { Sentence } from '../clean/sentences.ts';
import { findOrganisations, type OrganisationMention } from './organisations.ts';
import { findPeople, type PersonMention } from './people.ts';
import { findCountryMentions, findProvinceMentions, type PlaceMention } from './places.ts';

export interface SentenceParties {
  organisations: OrganisationMention[];
  /** Foreign places and countries, with the place as written in `via`. */
  countries: PlaceMention[];
}

export interface SentenceFacts extends SentenceParties {
  text: string;
  people: PersonMention[];
  provinces: PlaceMention[];
}

export function findSentenceParties(sentences: Sentence[]): SentenceParties[] {
  return sentences.map((s) => {
    const organisations = findOrganisations(s.text);
    return { organisations, countries: findCountryMentions(s.text, s.index, organisations) };
  });
}

/** Adds people and provinces to the parties already found in each sentence. */
export function findSentenceFacts(
  sentences: Sentence[],
  parties: SentenceParties[],
): SentenceFacts[] {
  return sentences.map((s, i) => {
    const { organisations, countries } = parties[i]!;
    return {
      text: s.text,
      organisations,
      countries,
      people: findPeople(s.text, organisations),
      provinces: findProvinceMentions(s.text, s.index, organisations),
    };
  });
}
