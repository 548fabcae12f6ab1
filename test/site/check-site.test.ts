import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from '../../scripts/check-site.ts';
import { tempDir } from '../helpers.ts';

/** A tiny built site: an events.json, pages, and a search entry file. */
function site(options: { pages: Record<string, string>; events: string[]; indexed: number }) {
  const root = tempDir();
  const data = join(root, 'data');
  const dist = join(root, 'dist');
  mkdirSync(data, { recursive: true });
  writeFileSync(
    join(data, 'events.json'),
    JSON.stringify(options.events.map((slug, i) => ({ id: `e-${i}`, slug }))),
  );
  for (const [path, html] of Object.entries(options.pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  }
  mkdirSync(join(dist, 'pagefind'), { recursive: true });
  writeFileSync(
    join(dist, 'pagefind', 'pagefind-entry.json'),
    JSON.stringify({ languages: { vi: { page_count: options.indexed } } }),
  );
  return { data, dist };
}

test('a complete site passes', () => {
  const s = site({
    pages: { '/': '<a href="/su-kien/a/">A</a>', '/su-kien/a/': '<a href="/">home</a>' },
    events: ['a'],
    indexed: 1,
  });
  assert.deepEqual(checkSite(s.data, s.dist), []);
});

test('a link to a path that does not exist fails the check, naming the page and the path', () => {
  const s = site({
    pages: { '/': '<a href="/tinh/yen-bai/">Yên Bái</a>', '/su-kien/a/': '' },
    events: ['a'],
    indexed: 1,
  });
  assert.deepEqual(checkSite(s.data, s.dist), [
    '/index.html links to /tinh/yen-bai/, which does not exist',
  ]);
});

test('an event without a page, or missing from the search index, fails the check', () => {
  const s = site({ pages: { '/': '', '/su-kien/a/': '' }, events: ['a', 'b'], indexed: 1 });
  const problems = checkSite(s.data, s.dist);
  assert.ok(problems.some((p) => /event e-1 has no page at \/su-kien\/b\//.test(p)));
  assert.ok(problems.some((p) => /search index holds 1 pages for 2 events/.test(p)));
});
