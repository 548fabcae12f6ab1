/**
 * /data/*.json: the extraction's four files, byte for byte as the extractor
 * wrote them, and /data/events.csv.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTED_DATA_DIR } from '../../consts.ts';
import { loadArchive } from '../../lib/archive.ts';
import { eventsToCsv } from '../../lib/events-csv.ts';

export const DATA_FILES = [
  'articles.json',
  'events.json',
  'delegations.json',
  'outcomes.json',
] as const;

export const getStaticPaths: GetStaticPaths = () =>
  [...DATA_FILES, 'events.csv'].map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params, site }) => {
  if (params.file === 'events.csv') {
    const { events } = await loadArchive();
    return new Response(
      eventsToCsv(
        [...events].sort((a, b) => a.id.localeCompare(b.id)),
        site!,
      ),
      { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
    );
  }
  return new Response(readFileSync(join(EXTRACTED_DATA_DIR, params.file!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
