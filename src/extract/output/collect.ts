/**
 * Per-article results → the four contract files: duplicates marked, every row
 * validated with the schemas, each file sorted by id.
 */
import { createHash } from 'node:crypto';
import {
  ArticleSchema,
  DelegationSchema,
  EventSchema,
  OutcomeSchema,
  type Article,
  type CooperationEvent,
  type Delegation,
  type Outcome,
} from '../../lib/schema.ts';
import type { ArticleResult } from '../pipeline/article.ts';
import { mergeSameEvents } from './merge.ts';
import type { z } from 'zod';

export interface Extraction {
  articles: Article[];
  events: CooperationEvent[];
  delegations: Delegation[];
  outcomes: Outcome[];
}

/** Thrown when the extractor produced a record the contract does not allow: a bug, named by file. */
export class InvalidRecordError extends Error {}

/**
 * Builds the contract's records from per-article results, in any order: files
 * are taken in path order, so "the second copy" of an article is always the same one.
 */
export function collectExtraction(results: ArticleResult[]): Extraction {
  const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const firstByKey = new Map<string, ArticleResult>();
  const out: Extraction = { articles: [], events: [], delegations: [], outcomes: [] };
  for (const r of sorted) {
    const original = r.contentKey ? firstByKey.get(r.contentKey) : undefined;
    if (r.contentKey && !original) firstByKey.set(r.contentKey, r);
    const duplicate = original !== undefined;
    const warnings = duplicate ? [...r.warnings, `same article as ${original.file}`] : r.warnings;
    // Ids come from content; a duplicate, or an unreadable file whose bytes another shares, also needs its path.
    const id = duplicate || (r.rejection !== null && r.contentKey === null) ? distinctId(r, duplicate) : r.id;
    const event = duplicate ? null : r.event;
    out.articles.push(
      validate(ArticleSchema, r.file, {
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
      }),
    );
    if (!event) continue;
    out.events.push(validate(EventSchema, r.file, event.event));
    if (event.delegation) out.delegations.push(validate(DelegationSchema, r.file, event.delegation));
    for (const o of event.outcomes) out.outcomes.push(validate(OutcomeSchema, r.file, o));
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  out.articles.sort(byId);
  out.events.sort(byId);
  out.delegations.sort(byId);
  out.outcomes.sort(byId);
  return mergeSameEvents(out);
}

/** Validates every record of an extraction built elsewhere (the scale fixture) and sorts each file by id. */
export function collectValidated(extraction: Extraction): Extraction {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const check = <S extends z.ZodType>(schema: S, rows: unknown[], what: string) => rows.map((r, i) => validate(schema, `${what}[${i}]`, r));
  return {
    articles: check(ArticleSchema, extraction.articles, 'articles').sort(byId),
    events: check(EventSchema, extraction.events, 'events').sort(byId),
    delegations: check(DelegationSchema, extraction.delegations, 'delegations').sort(byId),
    outcomes: check(OutcomeSchema, extraction.outcomes, 'outcomes').sort(byId),
  };
}

/** Unreadable files hash their bytes; two identical ones, or a duplicate, also take their path so ids stay unique. */
function distinctId(r: ArticleResult, duplicate: boolean): string {
  if (!duplicate) return `a-${createHash('sha256').update(`${r.id}\u0000${r.file}`).digest('hex').slice(0, 16)}`;
  return `a-${createHash('sha256').update(`${r.contentKey}\u0000duplicate\u0000${r.file}`).digest('hex').slice(0, 16)}`;
}

function validate<S extends z.ZodType>(schema: S, file: string, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidRecordError(`${file}: extracted record breaks the contract at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}
