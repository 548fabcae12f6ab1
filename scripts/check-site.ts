/**
 * node scripts/check-site.ts <data dir> <site dir>
 * The post-build check: fails (exit 1) when a page links to a path that does
 * not exist, when an event in events.json has no page, or when the search
 * index does not hold every event.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CooperationEvent } from '../src/lib/schema.ts';
import { eventPath } from '../src/site/paths.ts';

export function checkSite(dataDir: string, siteDir: string): string[] {
  const problems: string[] = [];
  const events = JSON.parse(
    readFileSync(join(dataDir, 'events.json'), 'utf8'),
  ) as CooperationEvent[];
  for (const event of events) {
    if (!existsSync(join(siteDir, eventPath(event.slug), 'index.html')))
      problems.push(`event ${event.id} has no page at ${eventPath(event.slug)}`);
  }
  const entry = join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) problems.push('no search index (pagefind/pagefind-entry.json)');
  else {
    const languages = (
      JSON.parse(readFileSync(entry, 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages;
    const indexed = Object.values(languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed !== events.length)
      problems.push(`the search index holds ${indexed} pages for ${events.length} events`);
  }
  for (const page of htmlFiles(siteDir)) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
      const path = decodeURI(m[1]!);
      if (!resolves(siteDir, path))
        problems.push(`${page.slice(siteDir.length)} links to ${path}, which does not exist`);
    }
  }
  return problems;
}

function resolves(siteDir: string, path: string): boolean {
  const file = join(siteDir, path);
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

if (import.meta.main) {
  const [dataDir, siteDir] = process.argv.slice(2);
  if (!dataDir || !siteDir) {
    console.error('usage: node scripts/check-site.ts <data dir> <site dir>');
    process.exit(2);
  }
  const problems = checkSite(dataDir, siteDir);
  for (const p of problems) console.error(`check: ${p}`);
  if (problems.length) process.exit(1);
  console.log('check: every link resolves, every event has a page and is in the search index');
}
