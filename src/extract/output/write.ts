/**
 * Writes the four contract files: JSON arrays, UTF-8, NFC, each replaced
 * atomically so a reader never sees half a file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from './records.ts';

export const OUTPUT_FILES = [
  'articles.json',
  'events.json',
  'delegations.json',
  'outcomes.json',
] as const;

export function writeExtraction(outputDir: string, extraction: Extraction): void {
  mkdirSync(outputDir, { recursive: true });
  const data: Record<(typeof OUTPUT_FILES)[number], unknown[]> = {
    'articles.json': extraction.articles,
    'events.json': extraction.events,
    'delegations.json': extraction.delegations,
    'outcomes.json': extraction.outcomes,
  };
  for (const name of OUTPUT_FILES) {
    const path = join(outputDir, name);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(data[name], null, 1).normalize('NFC')}\n`, 'utf8');
    renameSync(tmp, path);
  }
}
