/**
 * Same event, several reports: two events with the same day, type, a province
 * and a main organisation in common are one. The event reported first (the
 * earliest publication date, then the smallest article id) keeps its id and
 * slug; the other's slug becomes a redirect, so no shared link breaks.
 */
import type { Article, CooperationEvent, Delegation, Outcome } from '../../lib/schema.ts';
import { organisationKey } from '../../lib/organisation-key.ts';
import type { Extraction } from './records.ts';

/** Organisations that lead the event, by key. */
const mainOrganisations = (e: CooperationEvent) =>
  new Set(
    e.organisations.filter((o) => o.role !== 'participant').map((o) => organisationKey(o.name)),
  );

function sameEvent(a: CooperationEvent, b: CooperationEvent): boolean {
  if (a.date.precision !== 'day' || !a.date.start || a.date.start.startsWith('--')) return false;
  if (a.date.start !== b.date.start || a.type !== b.type) return false;
  if (!a.provinces.some((p) => b.provinces.some((q) => q.name === p.name))) return false;
  const mainA = mainOrganisations(a);
  return [...mainOrganisations(b)].some((key) => mainA.has(key));
}

const union = <T>(a: T[], b: T[], key: (x: T) => string) => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true))];
};

export function mergeSameEvents(extraction: Extraction): Extraction {
  const articleOf = new Map(
    extraction.articles.flatMap((a) => a.eventIds.map((id) => [id, a] as const)),
  );
  const reportedFirst = (e: CooperationEvent) => {
    const a = articleOf.get(e.id)!;
    return `${a.publishedAt ?? '9999-99-99'} ${a.id}`;
  };
  const ordered = [...extraction.events].sort((a, b) =>
    reportedFirst(a) < reportedFirst(b) ? -1 : 1,
  );
  const kept: CooperationEvent[] = [];
  const mergedInto = new Map<string, CooperationEvent>();
  for (const event of ordered) {
    const target = kept.find((k) => sameEvent(k, event));
    if (!target) {
      kept.push({ ...event });
      continue;
    }
    const index = kept.indexOf(target);
    kept[index] = {
      ...target,
      provinces: union(target.provinces, event.provinces, (p) => p.name),
      countries: union(target.countries, event.countries, (c) => c),
      organisations: union(target.organisations, event.organisations, (o) =>
        organisationKey(o.name),
      ),
      people: union(target.people, event.people, (p) => p.name),
      topics: union(target.topics, event.topics, (t) => t),
      sourceArticleIds: [...target.sourceArticleIds, ...event.sourceArticleIds],
      evidence: union(target.evidence, event.evidence, (e) => `${e.field}\u0000${e.text}`),
      redirectsFrom: [...target.redirectsFrom, event.slug, ...event.redirectsFrom],
    };
    mergedInto.set(event.id, kept[index]!);
  }
  if (!mergedInto.size) return extraction;
  const finalId = (id: string) => {
    const into = mergedInto.get(id);
    return into ? (kept.find((k) => k.id === into.id) ?? into).id : id;
  };
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const articles: Article[] = extraction.articles.map((a) => ({
    ...a,
    eventIds: [...new Set(a.eventIds.map(finalId))],
  }));
  const delegations: Delegation[] = [];
  for (const d of extraction.delegations) {
    const eventId = finalId(d.eventId);
    // The first report's delegation stands; another report's is kept only when the first had none.
    if (eventId === d.eventId || !extraction.delegations.some((x) => x.eventId === eventId))
      delegations.push({ ...d, eventId });
  }
  // Two reports of one event often give the same figure: each is kept once, the first report's first.
  const figure = (o: Outcome) =>
    `${o.eventId}\u0000${o.kind}\u0000${o.value}\u0000${o.valueMax}\u0000${o.unit}`;
  const seen = new Set<string>();
  const outcomes: Outcome[] = [];
  const moved = extraction.outcomes.filter((o) => finalId(o.eventId) !== o.eventId);
  for (const o of [...extraction.outcomes.filter((x) => !moved.includes(x)), ...moved]) {
    const outcome = { ...o, eventId: finalId(o.eventId) };
    if (seen.has(figure(outcome))) continue;
    seen.add(figure(outcome));
    outcomes.push(outcome);
  }
  outcomes.sort(byId);
  return { articles, events: kept.sort(byId), delegations: delegations.sort(byId), outcomes };
}
