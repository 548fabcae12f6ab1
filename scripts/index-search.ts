/**
 * node scripts/index-search.ts <data dir> <site dir>
 * Builds the Pagefind index of every event into <site dir>/pagefind/, from
 * the extracted records. Fails (exit 1) on any indexing error or when the
 * index does not hold every event.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CooperationEvent, Delegation, Outcome } from '../src/lib/schema.ts';
import { searchRecord } from '../src/site/search/search-records.ts';
import { organisationKeysOfEvents } from '../src/lib/organisation-aliases.ts';

export async function indexSearch(dataDir: string, siteDir: string): Promise<number> {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;
  const events = read<CooperationEvent[]>('events.json');
  const delegations = new Map(read<Delegation[]>('delegations.json').map((d) => [d.eventId, d]));
  const outcomes = new Map<string, Outcome[]>();
  for (const o of read<Outcome[]>('outcomes.json'))
    outcomes.set(o.eventId, [...(outcomes.get(o.eventId) ?? []), o]);

  // The institutions' keys as the site's pages and the search page's chips have them: taught by every event.
  const organisationKeyOf = organisationKeysOfEvents(events);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (const event of events) {
      const added = await index.addCustomRecord(
        searchRecord(
          event,
          delegations.get(event.id),
          outcomes.get(event.id) ?? [],
          organisationKeyOf,
        ),
      );
      if (added.errors.length)
        throw new Error(`pagefind: event ${event.id}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return events.length;
}

if (import.meta.main) {
  const [dataDir, siteDir] = process.argv.slice(2);
  if (!dataDir || !siteDir) {
    console.error('usage: node scripts/index-search.ts <data dir> <site dir>');
    process.exit(2);
  }
  try {
    console.log(`search: ${await indexSearch(dataDir, siteDir)} events indexed`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
