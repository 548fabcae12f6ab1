/**
 * The extractor's version: a hash of its own files (everything under
 * src/extract and whatever those files import from the rest of src/, JSON data
 * and the trained model included) and of the versions of the parsers it uses.
 * Any change to them invalidates the cache; a change to the site does not.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { namesModelPath } from '../names/model.ts';

const EXTRACT = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(EXTRACT, '..', '..');
const PARSERS = [
  'remark-parse',
  'unified',
  'gray-matter',
  'iconv-lite',
  'zod',
  '@mozilla/readability',
  'linkedom',
];
// Imports, and files read by address ("new URL('../../data/names-model.json', import.meta.url)").
const RELATIVE_IMPORT = /(?:from|import|new URL)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

let computed: string | null = null;

/** The extractor's files: src/extract and, transitively, what they import by relative path. */
export function extractorFiles(): string[] {
  return importedFiles(
    readdirSync(EXTRACT, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name)),
  );
}

/** These files and, transitively, every file they import by relative path (JSON included), sorted. */
export function importedFiles(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      queue.push(resolve(dirname(file), m[1]!));
  }
  return [...seen].sort();
}

export function extractorVersion(): string {
  if (computed) return computed;
  const hash = createHash('sha256');
  for (const file of extractorFiles())
    hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  // A names model named by HOPTAC_NAMES_MODEL (a measurement) is part of what the extractor is.
  if (process.env.HOPTAC_NAMES_MODEL)
    hash.update('HOPTAC_NAMES_MODEL\0').update(readFileSync(namesModelPath())).update('\0');
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  for (const name of PARSERS)
    hash.update(`${name}@${lock.packages[`node_modules/${name}`]?.version ?? '?'}\0`);
  computed = hash.digest('hex').slice(0, 16);
  return computed;
}
