/**
 * The archive in memory, loaded once per build: getCollection() copies every
 * entry on each call, so pages read these maps instead.
 */
import { getCollection } from 'astro:content';
import type { Article, CooperationEvent, Delegation, Outcome } from './schema.ts';
import { dateSortKey } from './display-dates.ts';

export interface Archive {
  /** Newest first. */
  events: CooperationEvent[];
  articlesById: Map<string, Article>;
  delegationByEvent: Map<string, Delegation>;
  outcomesByEvent: Map<string, Outcome[]>;
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
    const outcomesByEvent = new Map<string, Outcome[]>();
    for (const { data } of outcomes) outcomesByEvent.set(data.eventId, [...(outcomesByEvent.get(data.eventId) ?? []), data]);
    return {
      events: events.map((e) => e.data).sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id)),
      articlesById: new Map(articles.map((a) => [a.data.id, a.data])),
      delegationByEvent: new Map(delegations.map((d) => [d.data.eventId, d.data])),
      outcomesByEvent,
    };
  })();
  return loaded;
}
