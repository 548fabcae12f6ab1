/**
 * Every slug the permalinks register ever held resolves on the built site —
 * an event page, a redirect to one, or a page saying the event was withdrawn —
 * after edits, renames, moves, a merge, a removal and a staff rejection.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Register } from '../../src/extract/output/permalinks.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { FILES, firstVersion, secondVersion } from '../extract/output/permalinks-fixture.ts';

function build(articles: string, register: string, corrections: string) {
  const base = tempDir('hoptac-site-');
  const outDir = join(base, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      ARTICLES_DIR: articles,
      HOPTAC_DATA_DIR: join(base, 'data'),
      HOPTAC_OUT_DIR: outDir,
      HOPTAC_CACHE_DIR: join(base, 'astro-cache'),
      HOPTAC_PERMALINKS: register,
      HOPTAC_CORRECTIONS: corrections,
    },
  });
  // The build's own post-build check (scripts/check-site.ts) runs last: status 0 means it passed.
  assert.equal(result.status, 0, `${result.stdout.slice(-3000)}\n${result.stderr}`);
  return outDir;
}

type Resolution = 'event' | 'redirect' | 'withdrawn';

/** What /su-kien/<slug>/ shows, following a redirect to the page it names. */
function resolve(outDir: string, slug: string): { kind: Resolution; html: string } {
  const file = join(outDir, 'su-kien', slug, 'index.html');
  assert.ok(existsSync(file), `/su-kien/${slug}/ has a page`);
  const html = readFileSync(file, 'utf8');
  const refresh = /http-equiv="refresh" content="\d+;url=([^"]+)"/i.exec(html);
  if (refresh) {
    const target = /\/su-kien\/([^/]+)\//.exec(refresh[1]!)![1]!;
    assert.equal(resolve(outDir, target).kind, 'event', `${slug} redirects to a live event`);
    return { kind: 'redirect', html };
  }
  if (html.includes('data-withdrawn=')) return { kind: 'withdrawn', html };
  assert.match(html, /application\/ld\+json/, `${slug} is an event page`);
  return { kind: 'event', html };
}

test('every slug of the register resolves after edits, renames, moves, merges and removals', () => {
  const articles = firstVersion();
  const register = join(tempDir(), 'permalinks.json');
  const corrections = tempDir();
  const first = build(articles, register, corrections);
  const v1 = JSON.parse(readFileSync(register, 'utf8')) as Register;
  const slugs1 = Object.values(v1.events).map((e) => e.slug);
  assert.equal(slugs1.length, 6);
  const kinds1 = slugs1.map((s) => resolve(first, s).kind).sort();
  assert.deepEqual(kinds1, ['event', 'event', 'event', 'event', 'event', 'redirect']);

  secondVersion(articles);
  writeFileSync(
    join(corrections, 'rut.yaml'),
    `- article: ${FILES.rejected}\n  status: rejected\n  reason: "Bài tổng hợp, không phải một sự kiện"\n`,
  );
  const second = build(articles, register, corrections);
  const v2 = JSON.parse(readFileSync(register, 'utf8')) as Register;
  const slugs2 = Object.values(v2.events).map((e) => e.slug);
  for (const slug of slugs1) assert.ok(slugs2.includes(slug), `${slug} never leaves the register`);
  const byState = new Map<Resolution, string[]>();
  for (const slug of slugs2) {
    const { kind } = resolve(second, slug);
    byState.set(kind, [...(byState.get(kind) ?? []), slug]);
  }
  assert.equal(byState.get('withdrawn')?.length, 2);
  const slugOf = (file: string) =>
    Object.values(v1.events).find((e) => v1.articles[e.article]!.file === file)!.slug;
  const rejected = resolve(second, slugOf(FILES.rejected));
  assert.equal(rejected.kind, 'withdrawn');
  assert.match(rejected.html, /Lý do: Bài tổng hợp, không phải một sự kiện/);
  assert.equal(resolve(second, slugOf(FILES.merged)).kind, 'withdrawn');
  for (const file of [FILES.edited, FILES.frontMatter, FILES.moved])
    assert.equal(resolve(second, slugOf(file)).kind, 'event', file);

  // The sitemap lists every live event page and none of the old addresses kept for links.
  const sitemap = readFileSync(join(second, 'sitemap-0.xml'), 'utf8');
  for (const [kind, slugs] of byState)
    for (const slug of slugs)
      assert.equal(
        sitemap.includes(`/su-kien/${slug}/</loc>`),
        kind === 'event',
        `${kind} /su-kien/${slug}/ ${kind === 'event' ? 'missing from' : 'listed in'} the sitemap`,
      );
});
