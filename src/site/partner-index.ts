/**
 * The archive's partners, worked out once per build (pages read these, as
 * they read src/site/archive.ts): each event's parties, and every pair.
 */
import { loadArchive } from './archive.ts';
import { eventParties, partnerPairs, type PartiesOf, type PartnerPair } from './partners.ts';

export interface PartnerIndex {
  partiesOf: PartiesOf;
  /** Every pair, the most events first. */
  pairs: PartnerPair[];
}

let loaded: Promise<PartnerIndex> | null = null;

export function loadPartners(): Promise<PartnerIndex> {
  loaded ??= loadArchive().then((archive) => {
    const partiesOf = eventParties(
      archive.events,
      archive.organisationByKey,
      archive.organisationKeyOf,
    );
    return { partiesOf, pairs: partnerPairs(archive.events, partiesOf) };
  });
  return loaded;
}
