/**
 * A run's published events against the labels readers gave: an event is covered when one of its articles is
 * labelled, and its first labelled article gives its label. What the corpus site's precision is judged by.
 */
import type { Label } from '../train/gold.ts';

export interface PublishedLabels {
  events: number;
  /** Covered events by label. */
  labelled: Record<Label, number>;
  /** The first article of each event no label covers. */
  unlabelled: string[];
}

export function labelPublishedEvents(
  articles: ReadonlyArray<{ id: string; file: string }>,
  events: ReadonlyArray<{ sourceArticleIds: readonly string[] }>,
  labelOf: (file: string) => Label | undefined,
): PublishedLabels {
  const fileOf = new Map(articles.map((a) => [a.id, a.file.split('/').pop()!]));
  const labelled: Record<Label, number> = { Y: 0, P: 0, N: 0 };
  const unlabelled: string[] = [];
  for (const event of events) {
    const files = event.sourceArticleIds.map((id) => fileOf.get(id) ?? id);
    const label = files.map(labelOf).find((l) => l !== undefined);
    if (label) labelled[label]++;
    else if (files[0]) unlabelled.push(files[0]);
  }
  return { events: events.length, labelled, unlabelled };
}
