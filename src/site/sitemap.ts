/**
 * What the sitemap leaves out: the old addresses kept so that no shared link
 * breaks — a merged event's earlier slug, which redirects, and a withdrawn
 * event's page — are not pages for a search engine to index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventPath } from './paths.ts';

export function addressesOutsideSitemap(dataDir: string): Set<string> {
  const read = <T>(name: string): T[] => {
    const file = join(dataDir, name);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : [];
  };
  const redirects = read<{ redirectsFrom: string[] }>('events.json').flatMap(
    (e) => e.redirectsFrom,
  );
  const withdrawn = read<{ slug: string }>('withdrawn.json').map((w) => w.slug);
  return new Set([...redirects, ...withdrawn].map(eventPath));
}
