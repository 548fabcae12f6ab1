/**
 * The archive in memory, loaded once per build: getCollection() copies every
 * entry on each call, so pages read these maps instead.
 */
import { getCollection } from 'astro:content';
import type { Article, CooperationEvent, Delegation, Outcome } from '../lib/schema.ts';
import { dateSortKey } from './display-dates.ts';
import { organisationKeysOfEvents } from '../lib/organisation-aliases.ts';
import { asciiSlug } from '../lib/vietnamese.ts';
import { mostWrittenName } from './most-written-name.ts';
import { currentProvinces, type ProvincePage } from '../lib/provinces.ts';

export interface OrganisationPage {
  slug: string;
  /** The name written most often. */
  name: string;
  /** Newest first. */
  events: CooperationEvent[];
}

export interface Archive {
  /** Newest first. */
  events: CooperationEvent[];
  articlesById: Map<string, Article>;
  delegationByEvent: Map<string, Delegation>;
  outcomesByEvent: Map<string, Outcome[]>;
  /** Records in delegations.json and outcomes.json. */
  delegationCount: number;
  outcomeCount: number;
  /** The earliest publication day (`YYYY-MM-DD`) of an event's source articles, when one is known. */
  publishedByEvent: Map<string, string>;
  provinces: ProvincePage[];
  organisations: OrganisationPage[];
  /** Organisation key → its page, for links from event pages. */
  organisationByKey: Map<string, OrganisationPage>;
  /**
   * An institution's name → its organisation key in this archive: the key, and the abbreviations and places
   * the published names teach (src/lib/organisation-aliases.ts). Pages, partners and search all group by it.
   */
  organisationKeyOf: (name: string) => string;
}

let loaded: Promise<Archive> | null = null;

export function loadArchive(): Promise<Archive> {
  loaded ??= (async () => {
    const [events, articles, delegations, outcomes] = await Promise.all([
      getCollection('events'),
      getCollection('articles'),
      getCollection('delegations'),
      getCollection('outcomes'),
    ]);
    const sorted = events
      .map((e) => e.data)
      .sort(
        (a, b) =>
          dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id),
      );
    const outcomesByEvent = new Map<string, Outcome[]>();
    for (const { data } of outcomes)
      outcomesByEvent.set(data.eventId, [...(outcomesByEvent.get(data.eventId) ?? []), data]);
    const organisationKeyOf = organisationKeysOfEvents(sorted);
    const { organisations, organisationByKey } = organisationPages(sorted, organisationKeyOf);
    const articlesById = new Map(articles.map((a) => [a.data.id, a.data]));
    const publishedByEvent = new Map<string, string>();
    for (const event of sorted) {
      const days = event.sourceArticleIds
        .map((id) => articlesById.get(id)?.publishedAt)
        .filter((d): d is string => !!d)
        .sort();
      if (days[0]) publishedByEvent.set(event.id, days[0]);
    }
    return {
      events: sorted,
      articlesById,
      delegationCount: delegations.length,
      outcomeCount: outcomes.length,
      publishedByEvent,
      delegationByEvent: new Map(delegations.map((d) => [d.data.eventId, d.data])),
      outcomesByEvent,
      provinces: currentProvinces(sorted),
      organisations,
      organisationByKey,
      organisationKeyOf,
    };
  })();
  return loaded;
}

function organisationPages(events: CooperationEvent[], keyOf: (name: string) => string) {
  const byKey = new Map<string, { names: Map<string, number>; events: CooperationEvent[] }>();
  for (const event of events) {
    for (const org of event.organisations) {
      const key = keyOf(org.name);
      const entry = byKey.get(key) ?? {
        names: new Map<string, number>(),
        events: [] as CooperationEvent[],
      };
      entry.names.set(org.name, (entry.names.get(org.name) ?? 0) + 1);
      if (!entry.events.includes(event)) entry.events.push(event);
      byKey.set(key, entry);
    }
  }
  const organisationByKey = new Map<string, OrganisationPage>();
  const slugs = new Set<string>();
  for (const key of [...byKey.keys()].sort()) {
    const entry = byKey.get(key)!;
    const name = mostWrittenName(entry.names);
    let slug = asciiSlug(key, 12) || 'to-chuc';
    for (let n = 2; slugs.has(slug); n++) slug = `${asciiSlug(key, 12)}-${n}`;
    slugs.add(slug);
    organisationByKey.set(key, { slug, name, events: entry.events });
  }
  const organisations = [...organisationByKey.values()].sort(
    (a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name, 'vi'),
  );
  return { organisations, organisationByKey };
}
