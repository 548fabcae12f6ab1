/**
 * An event page's structured data: a schema.org `Event` with its places, organisers and the news articles
 * that reported it (`subjectOf`), for search engines and other tools. Only a credible date is given (none
 * after the build's year); every address is the event's permanent one (eventPath).
 */
import type { Article, CooperationEvent } from '../lib/schema.ts';
import { credibleDate, machineDate } from './display-dates.ts';
import { eventPath } from './paths.ts';
import { placeName } from '../lib/place-names.ts';

export function eventJsonLd(
  event: CooperationEvent,
  sources: readonly Article[],
  site: URL | undefined,
): Record<string, unknown> {
  const shownDate = credibleDate(event.date);
  const startDate = machineDate(event.date);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: new URL(eventPath(event.slug), site).href,
    ...(startDate
      ? {
          startDate,
          endDate: shownDate.end && !shownDate.end.startsWith('--') ? shownDate.end : startDate,
        }
      : {}),
    location: event.provinces.map((p) => ({
      '@type': 'Place',
      name: placeName(p.name),
      address: {
        '@type': 'PostalAddress',
        addressRegion: placeName(p.current),
        addressCountry: 'VN',
      },
    })),
    organizer: event.organisations
      .filter((o) => o.role === 'organiser')
      .map((o) => ({ '@type': 'Organization', name: o.name })),
    subjectOf: sources.map((a) => ({
      '@type': 'NewsArticle',
      headline: a.title ?? undefined,
      url: a.url ?? undefined,
      publisher: a.publisher ? { '@type': 'Organization', name: a.publisher } : undefined,
      datePublished: a.publishedAt ?? undefined,
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the tag. */
export const jsonLdText = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
