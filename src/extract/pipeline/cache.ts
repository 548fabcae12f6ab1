/**
 * The extraction cache: per-article results keyed by the hash of the file's
 * bytes, kept outside git (node_modules/.cache/hoptac/), one file per input
 * folder, thrown away whole when the extractor's version changes. A file
 * whose size and modification time are unchanged is not even read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleResult } from './article.ts';

export const DEFAULT_CACHE_DIR =
  process.env.HOPTAC_EXTRACT_CACHE || join('node_modules', '.cache', 'hoptac');

/** A result as stored: fields at their empty value are left out, and the classifier's details are not kept. */
type CachedResult = Partial<Omit<ArticleResult, 'file' | 'classification'>> &
  Pick<ArticleResult, 'id'>;

interface CacheFile {
  version: string;
  /** Bytes hash → result. */
  results: Record<string, CachedResult>;
  /** Path relative to the input folder → [size, modification time, bytes hash] when last read. */
  files: Record<string, [number, number, string]>;
}

const NO_FRONT_MATTER = { title: null, url: null, publisher: null, publishedAt: null };

function compact(result: ArticleResult): CachedResult {
  const { file: _file, classification: _classification, ...rest } = result;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'frontMatter' && Object.values(value as object).every((v) => v === null)) continue;
    out[key] = value;
  }
  return out as CachedResult;
}

function expand(cached: CachedResult, file: string): ArticleResult {
  return {
    contentKey: null,
    title: null,
    publisher: null,
    rejection: null,
    event: null,
    warnings: [],
    frontMatter: NO_FRONT_MATTER,
    ...cached,
    file,
    classification: null,
  };
}

export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

export class ExtractionCache {
  private readonly path: string;
  private readonly old: CacheFile;
  private readonly next: CacheFile;
  /** Whether this run learned anything the cache file does not hold. */
  private changed = false;

  constructor(cacheDir: string, inputDir: string, version: string) {
    const folder = createHash('sha256').update(resolve(inputDir)).digest('hex').slice(0, 16);
    this.path = join(cacheDir, `extract-${folder}.json`);
    this.old = this.load(version);
    this.next = { version, results: {}, files: {} };
  }

  private load(version: string): CacheFile {
    const empty = { version, results: {}, files: {} };
    if (!existsSync(this.path)) return empty;
    try {
      const data = JSON.parse(readFileSync(this.path, 'utf8')) as CacheFile;
      return data.version === version ? data : empty;
    } catch {
      return empty; // a damaged cache is only a slower run
    }
  }

  /** The bytes hash of a file unchanged since the last run, without reading it. */
  knownHash(file: string, size: number, mtimeMs: number): string | null {
    const seen = this.old.files[file];
    return seen && seen[0] === size && seen[1] === mtimeMs && this.old.results[seen[2]]
      ? seen[2]
      : null;
  }

  get(file: string, hash: string): ArticleResult | null {
    const cached = this.old.results[hash];
    return cached ? expand(cached, file) : null;
  }

  /** Records a result for the next run. */
  put(result: ArticleResult, hash: string, size: number, mtimeMs: number): void {
    this.next.results[hash] = this.old.results[hash] ?? compact(result);
    this.next.files[result.file] = [size, mtimeMs, hash];
    const seen = this.old.files[result.file];
    if (
      !seen ||
      seen[2] !== hash ||
      seen[0] !== size ||
      seen[1] !== mtimeMs ||
      !this.old.results[hash]
    )
      this.changed = true;
  }

  /** Writes the results of this run (and only those: what the folder no longer holds is dropped). */
  save(): void {
    // Files that disappeared also change the cache.
    if (!this.changed && Object.keys(this.old.files).length === Object.keys(this.next.files).length)
      return;
    mkdirSync(join(this.path, '..'), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.next));
    renameSync(tmp, this.path);
  }
}
