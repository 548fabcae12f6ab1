/**
 * The site's collections: the extraction's four files, validated with the
 * same schemas the extractor wrote them with (src/lib/schema.ts).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { ArticleSchema, DelegationSchema, EventSchema, OutcomeSchema } from './lib/schema.ts';
import { EXTRACTED_DATA_DIR } from './consts.ts';

const from = (name: string) => file(`${EXTRACTED_DATA_DIR}/${name}`);

export const collections = {
  articles: defineCollection({ loader: from('articles.json'), schema: ArticleSchema }),
  events: defineCollection({ loader: from('events.json'), schema: EventSchema }),
  delegations: defineCollection({ loader: from('delegations.json'), schema: DelegationSchema }),
  outcomes: defineCollection({ loader: from('outcomes.json'), schema: OutcomeSchema }),
};
