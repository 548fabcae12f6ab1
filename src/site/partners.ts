/**
 * Partners at a glance (what GDELT and ACLED call dyads): two parties
 * cooperated when one event names both. A party is an institution (one per
 * organisation key, as its /to-chuc/ page) or a partner country. Pure
 * functions over events given newest first, so every list they make is
 * newest first too.
 */
import type { CooperationEvent } from '../lib/schema.ts';
import { machineDate } from './display-dates.ts';
import { organisationPath, searchPath } from './paths.ts';
import { placeName } from '../lib/place-names.ts';

export type PartyKind = 'institution' | 'country';

export interface Party {
  kind: PartyKind;
  /** As the site writes it: an institution's most used name, a country in the site's tone style. */
  name: string;
  /** Its page: the institution's /to-chuc/ page, a country's search. */
  path: string;
}

/** Finds an event's parties: its institutions (one per page) and its countries, each once. */
export type PartiesOf = (event: CooperationEvent) => Party[];

export interface Partner {
  party: Party;
  /** Ids of the events shared, newest first. */
  events: string[];
  /** The newest shared event's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null when none has a credible year. */
  latest: string | null;
}

/** One line of /data/partners.json. */
export interface PartnerPair {
  /** The pair in a fixed order: institutions before countries, then by name. */
  a: Party;
  b: Party;
  count: number;
  /** The events that name both, newest first. */
  events: string[];
  latest: string | null;
}

export const partyKey = (p: Party) => `${p.kind}:${p.path}`;

export const institutionParty = (page: { name: string; slug: string }): Party => ({
  kind: 'institution',
  name: page.name,
  path: organisationPath(page.slug),
});

export const countryParty = (name: string): Party => {
  const shown = placeName(name);
  return { kind: 'country', name: shown, path: searchPath(shown) };
};

/**
 * Each event's parties, found once: its institutions by their page (one per
 * organisation key, however the name was written: `organisationKeyOf` is the
 * archive's, src/site/archive.ts), then its countries.
 */
export function eventParties(
  events: readonly CooperationEvent[],
  organisationByKey: ReadonlyMap<string, { name: string; slug: string }>,
  organisationKeyOf: (name: string) => string,
): PartiesOf {
  const byEvent = new Map<string, Party[]>();
  for (const event of events) {
    const parties = new Map<string, Party>();
    for (const o of event.organisations) {
      const page = organisationByKey.get(organisationKeyOf(o.name));
      if (page) parties.set(partyKey(institutionParty(page)), institutionParty(page));
    }
    for (const c of event.countries) parties.set(partyKey(countryParty(c)), countryParty(c));
    byEvent.set(event.id, [...parties.values()]);
  }
  return (event) => byEvent.get(event.id) ?? [];
}

/** Vietnamese order, the collator made once (as `localeCompare(…, 'vi')` orders, without making one a call). */
const byVietnameseName = new Intl.Collator('vi').compare;

const byKindThenName = (x: Party, y: Party) =>
  (x.kind === y.kind ? 0 : x.kind === 'institution' ? -1 : 1) || byVietnameseName(x.name, y.name);

/**
 * Who took part beside `self` in these events (every party when `self` is
 * null, as for a province), each with the events shared: the newest partner first.
 */
export function partnersIn(
  events: readonly CooperationEvent[],
  partiesOf: PartiesOf,
  self: Party | null = null,
): Partner[] {
  const own = self ? partyKey(self) : null;
  const partners = new Map<string, Partner>();
  for (const event of events) {
    for (const party of partiesOf(event)) {
      const key = partyKey(party);
      if (key === own) continue;
      const known = partners.get(key);
      if (known) {
        if (known.events.at(-1) !== event.id) known.events.push(event.id);
      } else partners.set(key, { party, events: [event.id], latest: machineDate(event.date) });
    }
  }
  return [...partners.values()];
}

/** Every pair of parties that one event names together, with its events; the pairs with most events first. */
export function partnerPairs(
  events: readonly CooperationEvent[],
  partiesOf: PartiesOf,
): PartnerPair[] {
  const pairs = new Map<string, PartnerPair>();
  for (const event of events) {
    const parties = [...partiesOf(event)].sort(byKindThenName);
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i]!, parties[j]!];
        const key = `${partyKey(a)}\n${partyKey(b)}`;
        const pair = pairs.get(key);
        if (pair) {
          if (pair.events.at(-1) !== event.id) {
            pair.events.push(event.id);
            pair.count++;
          }
        } else
          pairs.set(key, { a, b, count: 1, events: [event.id], latest: machineDate(event.date) });
      }
  }
  return [...pairs.values()].sort(
    (x, y) =>
      y.count - x.count ||
      (y.latest ?? '').localeCompare(x.latest ?? '') ||
      byKindThenName(x.a, y.a) ||
      byKindThenName(x.b, y.b),
  );
}
