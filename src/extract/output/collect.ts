/**
 * Per-article results → the four contract files: duplicates marked, reports
 * of the same event merged, then every row validated and each file sorted by id.
 */
import { createHash } from 'node:crypto';
import type { ArticleResult } from './article-result.ts';
import { mergeSameEvents } from './merge.ts';
import { validateExtraction, type Extraction } from './records.ts';

/**
 * Builds the contract's records from per-article results, in any order: files
 * are taken in path order, so "the second copy" of an article is always the same one.
 */
export function collectExtraction(
  results: ArticleResult[],
  /** Runs on the validated per-article records before reports are merged (the permalinks register). */
  beforeMerge: (extraction: Extraction) => Extraction = (x) => x,
): Extraction {
  const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const firstByKey = new Map<string, ArticleResult>();
  const out: Extraction = { articles: [], events: [], delegations: [], outcomes: [] };
  const sources = new Map<string, string>();
  for (const r of sorted) {
    const original = r.contentKey ? firstByKey.get(r.contentKey) : undefined;
    if (r.contentKey && !original) firstByKey.set(r.contentKey, r);
    const duplicate = original !== undefined;
    const warnings = duplicate ? [...r.warnings, `same article as ${original.file}`] : r.warnings;
    // Ids come from content; a duplicate, or an unreadable file whose bytes another shares, also needs its path.
    const id =
      duplicate || (r.rejection !== null && r.contentKey === null)
        ? distinctId(r, duplicate)
        : r.id;
    const event = duplicate ? null : r.event;
    sources.set(id, r.file);
    out.articles.push({
      id,
      file: r.file,
      title: r.title,
      publisher: r.publisher,
      url: r.frontMatter.url,
      publishedAt: r.frontMatter.publishedAt,
      status: event ? 'event' : 'rejected',
      reason: event ? null : duplicate ? 'duplicate' : (r.rejection ?? 'not-cooperation'),
      eventIds: event ? [event.event.id] : [],
      warnings,
    });
    if (!event) continue;
    for (const record of [event.event, event.delegation, ...event.outcomes])
      if (record) sources.set(record.id, r.file);
    out.events.push(event.event);
    if (event.delegation) out.delegations.push(event.delegation);
    out.outcomes.push(...event.outcomes);
  }
  // Sorted before merging too, so the merge sees events in one order whatever the input's.
  const byId = validateExtraction(out, (id) => sources.get(id));
  const named = validateExtraction(beforeMerge(byId), (id) => sources.get(id));
  for (const e of named.events) sources.set(e.id, sources.get(e.sourceArticleIds[0]!) ?? '');
  return validateExtraction(mergeSameEvents(named), (id) => sources.get(id));
}

/** Unreadable files hash their bytes; two identical ones, or a duplicate, also take their path so ids stay unique. */
function distinctId(r: ArticleResult, duplicate: boolean): string {
  if (!duplicate)
    return `a-${createHash('sha256').update(`${r.id}\u0000${r.file}`).digest('hex').slice(0, 16)}`;
  return `a-${createHash('sha256').update(`${r.contentKey}\u0000duplicate\u0000${r.file}`).digest('hex').slice(0, 16)}`;
}
