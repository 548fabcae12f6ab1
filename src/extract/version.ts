/**
 * The extractor's version: a hash of its own source, its data and the
 * versions of the parsers it uses. Any change to them invalidates the cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['extract', 'lib', 'data'];
const PARSERS = ['remark-parse', 'unified', 'gray-matter', 'iconv-lite', 'zod'];

let computed: string | null = null;

export function extractorVersion(): string {
  if (computed) return computed;
  const hash = createHash('sha256');
  for (const dir of SOURCES) {
    const files = readdirSync(join(SRC, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(file.slice(SRC.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  const lock = JSON.parse(readFileSync(join(SRC, '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  for (const name of PARSERS) hash.update(`${name}@${lock.packages[`node_modules/${name}`]?.version ?? '?'}\0`);
  computed = hash.digest('hex').slice(0, 16);
  return computed;
}
