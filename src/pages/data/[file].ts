/**
 * /data/*.json: the extraction's four files, byte for byte as the extractor
 * wrote them; /data/events.csv; /data/partners.json, every pair of parties
 * that one event names together (src/site/partners.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTED_DATA_DIR } from '../../consts.ts';
import { loadArchive } from '../../site/archive.ts';
import { eventsToCsv } from '../../site/events-csv.ts';
import { loadPartners } from '../../site/partner-index.ts';

export const DATA_FILES = [
  'articles.json',
  'events.json',
  'delegations.json',
  'outcomes.json',
] as const;

export const getStaticPaths: GetStaticPaths = () =>
  [...DATA_FILES, 'events.csv', 'partners.json'].map((file) => ({ params: { file } }));

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

export const GET: APIRoute = async ({ params, site }) => {
  if (params.file === 'events.csv') {
    const { events, articlesById } = await loadArchive();
    return new Response(
      eventsToCsv(
        [...events].sort((a, b) => a.id.localeCompare(b.id)),
        site!,
        articlesById,
      ),
      { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
    );
  }
  if (params.file === 'partners.json') {
    const { pairs } = await loadPartners();
    // One pair a line: readable, and a tenth the size of indented JSON.
    const lines = pairs.map((pair) => JSON.stringify(pair));
    return new Response(`[\n${lines.join(',\n')}\n]\n`, { headers: JSON_TYPE });
  }
  return new Response(readFileSync(join(EXTRACTED_DATA_DIR, params.file!)), {
    headers: JSON_TYPE,
  });
};
