/**
 * What a person sees, in a real browser, on a real build: the timeline, event
 * pages, province pages, search with its filters, accessibility, and pages
 * that ship no JavaScript. One file, so the builds run one after the other.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { buildSite, buildSiteFromData, launchBrowser, serve, type BuiltSite } from './harness.ts';
import { ROOT, readJson, tempDir } from '../helpers.ts';
import type { Article, CooperationEvent, Delegation } from '../../src/lib/schema.ts';
import { provincePath } from '../../src/site/paths.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR || join(ROOT, 'test-results');
const eventUrl = (e: CooperationEvent) => `/su-kien/${e.slug}/`;

interface Running {
  site: BuiltSite;
  url: string;
  server: Server;
  browser: Browser;
  events: CooperationEvent[];
  articles: Article[];
  delegations: Delegation[];
}

/** Builds and serves a site from one or more folders of articles. */
async function start(...articleDirs: string[]): Promise<Running> {
  let articlesDir = articleDirs[0]!;
  if (articleDirs.length > 1) {
    articlesDir = tempDir('hoptac-articles-');
    for (const dir of articleDirs) cpSync(dir, articlesDir, { recursive: true });
  }
  const site = buildSite(articlesDir);
  const { url, server } = await serve(site.outDir);
  return {
    site,
    url,
    server,
    browser: await launchBrowser(),
    events: readJson(site.dataDir, 'events.json'),
    articles: readJson(site.dataDir, 'articles.json'),
    delegations: readJson(site.dataDir, 'delegations.json'),
  };
}

async function stop(running: Running | undefined): Promise<void> {
  await running?.browser.close();
  running?.server.close();
}

/** Opens the search page with a query (and filters) as a shared link would, and returns the result paths. */
async function searchFor(
  page: Page,
  base: string,
  query: string,
  filters: Record<string, string> = {},
): Promise<string[]> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${base}/tim-kiem/?${params}`);
  await page.waitForFunction(
    () => (document.getElementById('search-status')?.textContent ?? '') !== '',
  );
  return page.$$eval('#search-results li > a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** A date key that sorts newest first; a date without a year sorts last. */
const newestFirstKey = (e: CooperationEvent) =>
  e.date.start && !e.date.start.startsWith('--') ? e.date.start : '';

describe('the archive built from the seed articles', () => {
  let run: Running;
  let page: Page;
  before(async () => {
    run = await start(join(ROOT, 'content'));
    // axe needs a page opened from an explicit context.
    page = await (await run.browser.newContext()).newPage();
  });
  after(() => stop(run));

  test('the timeline lists every event, newest first', async () => {
    await page.goto(`${run.url}/`);
    const paths = await page.$$eval('ul.timeline li > p:first-child a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    assert.deepEqual([...paths].sort(), run.events.map(eventUrl).sort());
    const byPath = new Map(run.events.map((e) => [eventUrl(e), e]));
    const keys = paths.map((p) => newestFirstKey(byPath.get(p)!));
    for (let i = 1; i < keys.length; i++)
      assert.ok(
        keys[i - 1]! >= keys[i]!,
        `${paths[i - 1]} (${keys[i - 1]}) before ${paths[i]} (${keys[i]})`,
      );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline.png') });
  });

  test('a day whose year was inferred says so, and no day is invented for a year-only event', async () => {
    await page.goto(`${run.url}/`);
    const text = await page.locator('main').innerText();
    const inferred = run.events.filter(
      (e) => e.date.yearInferred && /^\d{4}/.test(e.date.start ?? ''),
    );
    assert.ok(inferred.length > 0, 'the seeds have a day without its year');
    for (const e of inferred)
      assert.match(text, new RegExp(`năm suy đoán ${e.date.start!.slice(0, 4)}`));
    for (const e of run.events.filter((x) => x.date.precision === 'year'))
      assert.match(text, new RegExp(`Năm ${e.date.start}`));
  });

  test('searching "lao cai" finds the Lào Cai events and not the Hà Tĩnh one', async () => {
    const found = await searchFor(page, run.url, 'lao cai');
    const laoCai = run.events.filter((e) => e.provinces.some((p) => p.name === 'Lào Cai'));
    const haTinhOnly = run.events.filter(
      (e) => e.provinces.every((p) => p.name === 'Hà Tĩnh') && e.provinces.length,
    );
    assert.ok(laoCai.length > 0 && haTinhOnly.length > 0);
    for (const e of laoCai) assert.ok(found.includes(eventUrl(e)), `missing ${e.title}`);
    for (const e of haTinhOnly) assert.ok(!found.includes(eventUrl(e)), `found ${e.title}`);
    assert.deepEqual(
      await searchFor(page, run.url, 'Lào Cai'),
      found,
      'with or without diacritics',
    );
  });

  test('search results come newest first when asked (the default for a query of words is relevance)', async () => {
    const found = await searchFor(page, run.url, 'y tế', { sort: 'moi-nhat' });
    const byPath = new Map(run.events.map((e) => [eventUrl(e), e]));
    const keys = found.map((p) => newestFirstKey(byPath.get(p)!));
    assert.ok(found.length >= 3);
    for (let i = 1; i < keys.length; i++)
      assert.ok(keys[i - 1]! >= keys[i]!, `${keys[i - 1]} before ${keys[i]}`);
  });

  test('the province filter narrows results to that province', async () => {
    const all = await searchFor(page, run.url, 'bach mai');
    const narrowed = await searchFor(page, run.url, 'bach mai', { province: 'Lào Cai' });
    assert.ok(
      narrowed.length > 0 && narrowed.length < all.length,
      `${narrowed.length} of ${all.length}`,
    );
    const byPath = new Map(run.events.map((e) => [eventUrl(e), e]));
    for (const path of narrowed)
      assert.ok(byPath.get(path)!.provinces.some((p) => p.name === 'Lào Cai'));
    // The filter is in the address, so the narrowed search can be shared.
    assert.match(page.url(), /province=L%C3%A0o\+Cai|province=L%C3%A0o%20Cai/);
  });

  test('an event page shows its delegation leader first, and is the page the timeline links to', async () => {
    const withLeader = run.delegations.filter((d) => d.leader);
    assert.ok(withLeader.length > 0);
    for (const d of withLeader) {
      const event = run.events.find((e) => e.id === d.eventId)!;
      await page.goto(`${run.url}${eventUrl(event)}`);
      const items = await page.locator('#doan ~ ul li').allInnerTexts();
      assert.match(items[0]!, new RegExp(`^Trưởng đoàn:\\s*${d.leader!.name}`));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'event.png'), fullPage: false });
  });

  test('a former province says where it belongs now, and the current province lists its events', async () => {
    const merged = run.events.flatMap((e) => e.provinces).find((p) => p.name !== p.current);
    const current = run.events.flatMap((e) => e.provinces)[0]!;
    await page.goto(`${run.url}/tinh/`);
    await page.getByRole('link', { name: current.current, exact: true }).first().click();
    const listed = await page.$$eval('ol.events a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const expected = run.events
      .filter((e) => e.provinces.some((p) => p.current === current.current))
      .map(eventUrl);
    assert.deepEqual([...listed].sort(), [...expected].sort());
    if (merged) {
      await page.goto(`${run.url}/tinh/`);
      await page.getByRole('link', { name: merged.name, exact: true }).click();
      assert.match(
        await page.locator('h1').innerText(),
        new RegExp(`${merged.name} — nay thuộc tỉnh ${merged.current}`),
      );
    }
  });

  test('an organisation taking part in several events lists each of them', async () => {
    const counts = new Map<string, CooperationEvent[]>();
    for (const e of run.events)
      for (const o of e.organisations) counts.set(o.name, [...(counts.get(o.name) ?? []), e]);
    const [name, events] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
    assert.ok(events.length >= 2, 'the seeds share an organisation');
    await page.goto(`${run.url}/to-chuc/`);
    await page.getByRole('link', { name, exact: true }).click();
    const listed = await page.$$eval('ol.events a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    for (const e of events) assert.ok(listed.includes(eventUrl(e)), `${name}: missing ${e.title}`);
  });

  test('no serious or critical accessibility violation on the timeline, an event, a province and search', async () => {
    const event = run.events[0]!;
    const province = event.provinces[0]!;
    const paths = ['/', eventUrl(event), provincePath(province.current), '/tim-kiem/?q=lao+cai'];
    for (const path of paths) {
      await page.goto(`${run.url}${path}`);
      if (path.startsWith('/tim-kiem/'))
        await page.waitForFunction(
          () => (document.getElementById('search-status')?.textContent ?? '') !== '',
        );
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      assert.deepEqual(
        serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`),
        [],
      );
    }
  });

  test('pages are readable on a 360 px phone without sideways scrolling', async () => {
    const phone = await run.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', eventUrl(run.events[0]!), '/du-lieu/']) {
      await phone.goto(`${run.url}${path}`);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${path} is ${width}px wide`);
    }
    await phone.close();
  });

  test('pages other than search ship no JavaScript, but for the event page’s copy button', () => {
    const pages = readdirSync(run.site.outDir, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.html'),
    );
    for (const entry of pages) {
      const path = join(entry.parentPath, entry.name);
      if (path.includes(`${join(run.site.outDir, 'tim-kiem')}`)) continue;
      const scripts = [
        ...readFileSync(path, 'utf8').matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g),
      ].filter((m) => !/type="application\/ld\+json"/.test(m[1]!));
      const copyButton = (m: RegExpMatchArray) =>
        path.includes(join(run.site.outDir, 'su-kien')) &&
        m[2]!.includes('button[data-copy]') &&
        m[2]!.length < 1024;
      assert.deepEqual(
        scripts.filter((m) => !copyButton(m)).map((m) => m[0].slice(0, 80)),
        [],
        `${path} has a script`,
      );
    }
  });

  test('the open-data files are published, and events.csv has a row per event', async () => {
    for (const name of ['articles.json', 'events.json', 'delegations.json', 'outcomes.json']) {
      assert.equal(
        readFileSync(join(run.site.outDir, 'data', name), 'utf8'),
        readFileSync(join(run.site.dataDir, name), 'utf8'),
      );
    }
    const csv = await (await fetch(`${run.url}/data/events.csv`)).text();
    assert.equal(csv.trim().split(/\r\n/).length, run.events.length + 1);
    const rss = await (await fetch(`${run.url}/rss.xml`)).text();
    for (const e of run.events) assert.ok(rss.includes(eventUrl(e)));
    assert.equal((await fetch(`${run.url}/sitemap-index.xml`)).status, 200);
  });

  test('two builds from the same articles give byte-identical sites', () => {
    const again = buildSite(join(ROOT, 'content'));
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length))
        .sort();
    const first = files(run.site.outDir);
    assert.deepEqual(files(again.outDir), first);
    for (const f of first)
      assert.ok(
        readFileSync(join(run.site.outDir, f)).equals(readFileSync(join(again.outDir, f))),
        `${f} differs`,
      );
  });

  test('the first search costs less than 300 KB transferred', async () => {
    const fresh = await run.browser.newPage();
    let bytes = 0;
    fresh.on(
      'response',
      (r) =>
        void r
          .body()
          .then((b) => (bytes += b.length))
          .catch(() => undefined),
    );
    await searchFor(fresh, run.url, 'bach mai');
    await fresh.waitForLoadState('networkidle');
    await fresh.close();
    assert.ok(bytes < 300 * 1024, `${(bytes / 1024).toFixed(0)} KB`);
  });
});

describe('search as people type Vietnamese (articles written for these cases)', () => {
  let run: Running;
  let page: Page;
  let slugOf: (file: string) => string;
  before(async () => {
    run = await start(
      join(ROOT, 'test', 'fixtures', 'search'),
      join(ROOT, 'test', 'fixtures', 'same-event'),
    );
    page = await run.browser.newPage();
    const byId = new Map(run.events.map((e) => [e.id, e]));
    slugOf = (file) => eventUrl(byId.get(run.articles.find((a) => a.file === file)!.eventIds[0]!)!);
  });
  after(() => stop(run));

  const scenarios: Array<{ query: string; finds: string[]; notFinds: string[] }> = [
    {
      query: 'da nang',
      finds: ['da-nang-eye-technique-transfer.md'],
      notFinds: ['khanh-hoa-old-tone-style.md', 'bach-mai-director-named.md'],
    },
    {
      query: 'Đà Nẵng',
      finds: ['da-nang-eye-technique-transfer.md'],
      notFinds: ['khanh-hoa-old-tone-style.md'],
    },
    {
      query: 'thuy tinh the',
      finds: ['da-nang-eye-technique-transfer.md'],
      notFinds: ['bach-mai-director-named.md'],
    },
    {
      query: 'khanh hoa',
      finds: ['khanh-hoa-old-tone-style.md'],
      notFinds: ['da-nang-eye-technique-transfer.md'],
    },
    {
      query: 'Khánh Hòa',
      finds: ['khanh-hoa-old-tone-style.md'],
      notFinds: ['da-nang-eye-technique-transfer.md'],
    },
    {
      query: 'Khánh Hoà',
      finds: ['khanh-hoa-old-tone-style.md'],
      notFinds: ['da-nang-eye-technique-transfer.md'],
    },
    {
      query: 'bach mai',
      finds: ['bach-mai-director-named.md'],
      notFinds: ['words-of-a-name-apart.md', 'khanh-hoa-old-tone-style.md'],
    },
    {
      query: 'dao xuan co',
      finds: ['bach-mai-director-named.md'],
      notFinds: ['khanh-hoa-old-tone-style.md'],
    },
    {
      query: 'Đào Xuân Cơ',
      finds: ['bach-mai-director-named.md'],
      notFinds: ['khanh-hoa-old-tone-style.md'],
    },
    {
      query: '"dao xuan co"',
      finds: ['bach-mai-director-named.md'],
      notFinds: ['words-of-a-name-apart.md'],
    },
  ];
  for (const { query, finds, notFinds } of scenarios) {
    test(`«${query}» finds ${finds.join(', ')} and not ${notFinds.join(', ')}`, async () => {
      const found = await searchFor(page, run.url, query);
      for (const f of finds)
        assert.ok(found.includes(slugOf(f)), `${query}: missing ${f} in ${found.join(' ')}`);
      for (const f of notFinds)
        assert.ok(!found.includes(slugOf(f)), `${query}: should not find ${f}`);
    });
  }

  test('a report merged into an earlier one keeps its address, which leads to the event', async () => {
    const merged = run.events.find((e) => e.redirectsFrom.length > 0);
    assert.ok(merged, 'the same-event fixtures merge');
    await page.goto(`${run.url}/su-kien/${merged.redirectsFrom[0]}/`);
    await page.waitForURL(`${run.url}${eventUrl(merged)}`);
    assert.equal(await page.locator('h1').innerText(), merged.title);
  });

  test('results show text as written, with no folded alias text', async () => {
    await searchFor(page, run.url, 'dao xuan co');
    const text = await page.locator('#search-results').innerText();
    assert.match(text, /Bạch Mai/);
    assert.doesNotMatch(text, /Bach Mai|Dao Xuan|Da Nang/);
  });

  test('an event page links to its source article, and article text is shown as text, never run', async () => {
    const delegation = run.delegations.find((d) => d.leader)!;
    const event = run.events.find((e) => e.id === delegation.eventId)!;
    const source = run.articles.find((a) => a.id === event.sourceArticleIds[0])!;
    await page.goto(`${run.url}${eventUrl(event)}`);
    assert.equal(await page.locator(`a[href="${source.url}"]`).count(), 1);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${run.url}${slugOf('script-in-title.md')}`);
    assert.match(await page.locator('h1').innerText(), /<script>alert\(1\)<\/script>/);
    await searchFor(page, run.url, 'phoi trung uong');
    assert.match(await page.locator('#search-results').innerText(), /<script>alert\(1\)<\/script>/);
    assert.equal(dialogs, 0);
  });
});

describe('the archive at 10,000 events (the scale fixture)', () => {
  let site: BuiltSite;
  let url: string;
  let server: Server;
  let browser: Browser;
  before(async () => {
    const seedsData = buildSite(join(ROOT, 'content')).dataDir;
    const dataDir = tempDir('hoptac-scale-');
    const generate = spawnSync(
      process.execPath,
      [
        join(ROOT, 'scripts', 'scale-fixture.ts'),
        '--from',
        seedsData,
        '--events',
        '10000',
        '--output',
        dataDir,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(generate.status, 0, generate.stderr);
    site = buildSiteFromData(dataDir);
    ({ url, server } = await serve(site.outDir));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('every one of the 10,000 events has its page', () => {
    const events = readJson<CooperationEvent[]>(site.dataDir, 'events.json');
    assert.equal(events.length, 10000);
    const pages = readdirSync(join(site.outDir, 'su-kien'));
    for (const e of events) assert.ok(pages.includes(e.slug), e.slug);
  });

  test('the first search transfers less than 300 KB', async () => {
    const page = await browser.newPage();
    let bytes = 0;
    page.on(
      'response',
      (r) =>
        void r
          .body()
          .then((b) => (bytes += b.length))
          .catch(() => undefined),
    );
    const found = await searchFor(page, url, 'bach mai');
    await page.waitForLoadState('networkidle');
    assert.ok(found.length > 0);
    assert.ok(bytes < 300 * 1024, `${(bytes / 1024).toFixed(0)} KB`);
    console.log(`first search at 10,000 events: ${(bytes / 1024).toFixed(0)} KB`);
  });
});
