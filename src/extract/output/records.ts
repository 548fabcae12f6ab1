/**
 * The four contract files as records, and their validation: every row is
 * checked against the one schema module after the last change made to it
 * (merging included), and each file is sorted by id.
 */
import type { z } from 'zod';
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

export interface Extraction {
  articles: Article[];
  events: CooperationEvent[];
  delegations: Delegation[];
  outcomes: Outcome[];
}

/** Thrown when the extractor produced a record the contract does not allow: a bug, named by file. */
export class InvalidRecordError extends Error {}

/**
 * Validates every record and sorts each file by id. `sourceOf` names the
 * input file a record came from, for the error message.
 */
export function validateExtraction(
  extraction: Extraction,
  sourceOf: (recordId: string) => string | undefined = () => undefined,
): Extraction {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const check = <S extends z.ZodType>(
    schema: S,
    rows: Array<{ id: string }>,
    what: string,
  ): Array<z.infer<S>> =>
    rows.map((row, i) => {
      const parsed = schema.safeParse(row);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const where = sourceOf(row.id) ?? `${what}[${i}]`;
      throw new InvalidRecordError(
        `${where}: extracted record breaks the contract at ${what}.${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
      );
    });
  return {
    articles: check(ArticleSchema, extraction.articles, 'articles').sort(byId),
    events: check(EventSchema, extraction.events, 'events').sort(byId),
    delegations: check(DelegationSchema, extraction.delegations, 'delegations').sort(byId),
    outcomes: check(OutcomeSchema, extraction.outcomes, 'outcomes').sort(byId),
  };
}
