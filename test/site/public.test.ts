/**
 * The public's archive, in a real browser on real builds: /tong-quan/ (the
 * archive at a glance), a timeline right by construction, the site's own
 * 404 page, link previews, one tone style for place names, and counts that
 * are true. On the seed site, and on a fixture of a few hundred events
 * written for these cases (test/site/public-fixture.ts).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buildSite, buildSiteFromData, launchBrowser, serve, type BuiltSite } from './harness.ts';
import { ROOT, readJson, tempDir } from '../helpers.ts';
import { FUTURE_YEAR, SUMMARIES, writePublicFixture } from './public-fixture.ts';
import type { Article, CooperationEvent } from '../../src/lib/schema.ts';
import { BUILD_YEAR } from '../../src/site/display-dates.ts';
import { toneKey } from '../../src/lib/vietnamese.ts';
import { typeSegment, undatedPath } from '../../src/site/undated.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR || join(ROOT, 'test-results');

interface Running {
  site: BuiltSite;
  url: string;
  server: Server;
  browser: Browser;
  page: Page;
  events: CooperationEvent[];
  articles: Article[];
}

async function open(site: BuiltSite): Promise<Running> {
  const { url, server } = await serve(site.outDir);
  const browser = await launchBrowser();
  // axe needs a page opened from an explicit context.
  const page = await (await browser.newContext()).newPage();
  return {
    site,
    url,
    server,
    browser,
    page,
    events: readJson(site.dataDir, 'events.json'),
    articles: readJson(site.dataDir, 'articles.json'),
  };
}

async function close(run: Running | undefined): Promise<void> {
  await run?.browser.close();
  run?.server.close();
}

const htmlPages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

/** A year the site can show: written, and not after the build year. */
const credibleYear = (e: CooperationEvent) => {
  const year = /^\d{4}/.exec(e.date.start ?? '')?.[0];
  return year && Number(year) <= BUILD_YEAR ? year : null;
};

/** The counts /tong-quan/ must show, recounted here from events.json. */
function recount(events: CooperationEvent[]) {
  const years = new Map<string, number>();
  let undated = 0;
  const provinces = new Map<string, number>();
  const countries = new Map<string, number>();
  for (const e of events) {
    const y = credibleYear(e);
    if (y) years.set(y, (years.get(y) ?? 0) + 1);
    else undated++;
    for (const p of new Set(e.provinces.map((x) => toneKey(x.current))))
      provinces.set(p, (provinces.get(p) ?? 0) + 1);
    for (const c of new Set(e.countries)) countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  return { years, undated, provinces, countries };
}

const tableRows = (page: Page, id: string) =>
  page.$$eval(`#${id} tbody tr`, (rows) =>
    rows.map((r) => ({
      head: (r.querySelector('th') as HTMLElement).innerText.trim(),
      href: r.querySelector('th a')?.getAttribute('href') ?? null,
      cells: [...r.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim()),
    })),
  );

/** /tong-quan/'s figures and tables hold the counts of events.json, and every bar and tile links to a page that exists. */
async function checkGlance(run: Running): Promise<void> {
  const { page, url, events } = run;
  const expected = recount(events);
  await page.goto(`${url}/tong-quan/`);
  assert.equal(
    await page.locator('figure svg').count(),
    expected.countries.size > 0 ? 4 : 3,
    'one figure per view',
  );
  assert.equal(
    await page.locator('script:not([type="application/ld+json"])').count(),
    0,
    'no JavaScript: the figures are static SVG',
  );

  const years = await tableRows(page, 'bang-nam');
  const total = (r: { cells: string[] }) => Number(r.cells.at(-1));
  assert.deepEqual(
    new Map(years.filter((r) => r.head !== 'Chưa rõ năm').map((r) => [r.head, total(r)])),
    expected.years,
  );
  assert.equal(
    total(years.find((r) => r.head === 'Chưa rõ năm')!),
    expected.undated,
    'undated events are counted apart',
  );
  for (const r of years)
    assert.equal(
      r.cells.slice(0, -1).reduce((n, c) => n + Number(c), 0),
      total(r),
      `${r.head}: the types add up to the total`,
    );

  const provinces = await tableRows(page, 'bang-tinh');
  assert.equal(provinces.length, 34, 'every current province has a row');
  for (const r of provinces)
    assert.equal(Number(r.cells[0]), expected.provinces.get(toneKey(r.head)) ?? 0, r.head);
  const tiles = page.locator('figure.tiles svg rect');
  assert.equal(await tiles.count(), 34, 'one tile per current province');

  if (expected.countries.size) {
    const countries = await tableRows(page, 'bang-quoc-gia');
    assert.deepEqual(
      new Map(countries.map((r) => [r.head, Number(r.cells[0])])),
      expected.countries,
    );
  }

  // Every bar and tile is a link to a page of the site, named for a screen reader.
  const links = await page.$$eval('figure svg a', (as) =>
    as.map((a) => ({ href: a.getAttribute('href')!, label: a.getAttribute('aria-label') ?? '' })),
  );
  const bars = years.filter((r) => r.head !== 'Chưa rõ năm').length;
  assert.ok(links.length >= bars + expected.provinces.size, `${links.length} links in the figures`);
  for (const { href, label } of links) {
    assert.ok(label.length > 0, `${href} has a name`);
    assert.equal((await fetch(`${url}${href}`)).status, 200, href);
  }
  const yearLinks = new Set(links.filter((l) => l.href.startsWith('/nam/')).map((l) => l.href));
  assert.deepEqual(
    yearLinks,
    new Set([...expected.years.keys()].map((y) => `/nam/${y}/`)),
    'each year bar links to its year',
  );

  // A tile leads to its province's page, which lists as many events as the tile says.
  const busiest = [...provinces].sort((a, b) => Number(b.cells[0]) - Number(a.cells[0]))[0]!;
  await page.locator(`figure.tiles svg a[href="${busiest.href}"]`).click();
  assert.equal(
    await page.locator('ol.events > li').count(),
    Number(busiest.cells[0]),
    `${busiest.head}'s page`,
  );
}

/** Nothing on the page a screen reader or a keyboard cannot use, on the new pages. */
async function checkAxe(run: Running, paths: string[]): Promise<void> {
  for (const path of paths) {
    await run.page.goto(`${run.url}${path}`);
    const results = await new AxeBuilder({ page: run.page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    assert.deepEqual(
      serious.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`),
      [],
    );
  }
}

async function checkPhone(run: Running, paths: string[]): Promise<void> {
  const phone = await run.browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const path of paths) {
    await phone.goto(`${run.url}${path}`);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path} is ${width}px wide at 360 px`);
  }
  // The figures are drawn at a phone's width: their text is not shrunk below 9 px there.
  await phone.goto(`${run.url}/tong-quan/`);
  const smallest = await phone.$$eval('figure svg', (svgs) =>
    Math.min(
      ...svgs.map(
        (svg) =>
          (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width) * 10,
      ),
    ),
  );
  assert.ok(smallest >= 9, `the figures' 10 px text shows at ${smallest.toFixed(1)} px`);
  await phone.close();
}

describe('the public archive built from the seed articles', () => {
  let run: Running;
  before(async () => {
    run = await open(buildSite(join(ROOT, 'content')));
  });
  after(() => close(run));

  test('/tong-quan/ shows each figure with its table, its numbers match events.json, and each bar and tile links to its page', () =>
    checkGlance(run));

  test('an unknown address shows the site’s own 404 page, with a way home and a search box that searches', async () => {
    const response = await run.page.goto(`${run.url}/khong-co-trang-nay/`);
    assert.equal(response!.status(), 404);
    assert.equal(await run.page.locator('h1').innerText(), 'Không tìm thấy trang');
    assert.ok((await run.page.locator('main a[href="/"]').count()) > 0, 'a way home');
    await run.page.getByLabel('Tìm một sự kiện, tỉnh, cơ quan hay người').fill('lao cai');
    await run.page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await run.page.waitForFunction(
      () => (document.getElementById('search-status')?.textContent ?? '') !== '',
    );
    assert.match(run.page.url(), /\/tim-kiem\/\?q=lao\+cai$/);
    assert.ok((await run.page.locator('#search-results li > a').count()) > 0, 'the search ran');
  });

  test('every page carries a link preview: og:title, og:description, og:site_name and a twitter card', () => {
    const pages = htmlPages(run.site.outDir);
    assert.ok(pages.length > 10);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      if (/http-equiv="refresh"/.test(html)) continue; // a merged report's redirect
      for (const tag of [
        'property="og:title"',
        'property="og:description"',
        'property="og:site_name"',
        'name="twitter:card"',
      ]) {
        const m = new RegExp(`<meta ${tag} content="([^"]*)"`).exec(html);
        assert.ok(m && m[1]!.trim().length > 0, `${file.slice(run.site.outDir.length)}: ${tag}`);
      }
    }
    const unescape = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    for (const e of run.events) {
      const html = readFileSync(join(run.site.outDir, 'su-kien', e.slug, 'index.html'), 'utf8');
      assert.equal(
        unescape(/<meta property="og:title" content="([^"]*)"/.exec(html)![1]!),
        e.title,
      );
      const description = unescape(
        /<meta property="og:description" content="([^"]*)"/.exec(html)![1]!,
      );
      assert.ok(
        description.length > 0 &&
          description.length <= 200 &&
          e.summary.replace(/\s+/g, ' ').includes(description.replace(/…$/, '')),
        description,
      );
      assert.match(html, /<meta property="og:type" content="article"/);
    }
  });

  test('/tinh/ counts what it lists, and the open-data page counts every file’s records', async () => {
    await run.page.goto(`${run.url}/tinh/`);
    const heading = await run.page.locator('#hien-nay').innerText();
    assert.equal(
      Number(/^(\d+)/.exec(heading)![1]),
      await run.page.locator('ul[aria-labelledby="hien-nay"] > li').count(),
    );
    const former = run.page.locator('#truoc-day');
    if (await former.count())
      assert.equal(
        Number(/^(\d+)/.exec(await former.innerText())![1]),
        await run.page.locator('ul[aria-labelledby="truoc-day"] > li').count(),
      );

    await run.page.goto(`${run.url}/du-lieu/`);
    const counts = new Map(
      await run.page.$$eval('#tep tbody tr', (rows) =>
        rows.map(
          (r) =>
            [
              (r.querySelector('td a') as HTMLElement).innerText,
              (r.querySelector('td.num') as HTMLElement).innerText.replace(/\./g, ''),
            ] as [string, string],
        ),
      ),
    );
    for (const name of ['articles.json', 'events.json', 'delegations.json', 'outcomes.json']) {
      assert.equal(
        Number(counts.get(name)),
        readJson<unknown[]>(run.site.dataDir, name).length,
        name,
      );
    }
    assert.equal(Number(counts.get('events.csv')), run.events.length);
  });

  test('at 375 px no file name on the open-data page breaks inside a word', async () => {
    const phone = await run.browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(`${run.url}/du-lieu/`);
    const broken = await phone.$$eval('td.file', (cells) =>
      cells
        .filter((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return lines.size > 1;
        })
        .map((td) => (td as HTMLElement).innerText),
    );
    assert.deepEqual(broken, []);
    assert.ok((await phone.evaluate(() => document.documentElement.scrollWidth)) <= 375);
    await phone.close();
  });

  test('no serious accessibility violation on /tong-quan/, the 404 page, /tinh/ and /du-lieu/', () =>
    checkAxe(run, ['/tong-quan/', '/404.html', '/tinh/', '/du-lieu/']));

  test('/tong-quan/ and the 404 page are readable at 360 px', () =>
    checkPhone(run, ['/tong-quan/', '/404.html', '/tinh/']));
});

describe('the public archive on a few hundred events written for these cases', () => {
  let run: Running;
  let fixture: ReturnType<typeof writePublicFixture>;
  before(async () => {
    const dataDir = tempDir('hoptac-public-');
    fixture = writePublicFixture(dataDir);
    run = await open(buildSiteFromData(dataDir));
  });
  after(() => close(run));

  test('/tong-quan/ numbers match events.json and every bar and tile links to its page', async () => {
    await checkGlance(run);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await run.page.setViewportSize({ width: 1100, height: 1400 });
    await run.page.goto(`${run.url}/tong-quan/`);
    await run.page.screenshot({ path: join(SCREENSHOTS, 'glance.png') });
    const phone = await run.browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${run.url}/tong-quan/#theo-tinh`);
    await phone
      .locator('figure.tiles')
      .screenshot({ path: join(SCREENSHOTS, 'glance-tiles-phone.png') });
    await phone.close();
  });

  test('no page shows a date after the build year, nor a year page for it', () => {
    assert.ok(
      fixture.events.some((e) => e.date.start?.startsWith(String(FUTURE_YEAR))),
      'the fixture has such a date',
    );
    for (const file of htmlPages(run.site.outDir)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/datetime="(\d{4})/g))
        assert.ok(Number(m[1]) <= BUILD_YEAR, `${file}: <time datetime="${m[1]}…">`);
      const text = html.replace(/<[^>]+>/g, ' ');
      assert.ok(
        !text.includes(String(FUTURE_YEAR)),
        `${file.slice(run.site.outDir.length)} shows ${FUTURE_YEAR}`,
      );
    }
    assert.equal(
      readdirSync(join(run.site.outDir, 'nam')).filter((y) => Number(y) > BUILD_YEAR).length,
      0,
    );
  });

  test('year-only and month-only events sit under their own headings, never under a day’s month; one list per heading, unnumbered', async () => {
    const bySlug = new Map(run.events.map((e) => [`/su-kien/${e.slug}/`, e]));
    const years = readdirSync(join(run.site.outDir, 'nam')).filter((y) => y !== 'chua-ro');
    // The events without a year: one page per type, each such event on exactly one.
    const undatedTypes = readdirSync(join(run.site.outDir, 'nam', 'chua-ro', 'loai'));
    let checked = 0;
    for (const path of [
      '/',
      ...years.map((y) => `/nam/${y}/`),
      '/nam/chua-ro/',
      ...undatedTypes.map((t) => `/nam/chua-ro/loai/${t}/`),
    ]) {
      await run.page.goto(`${run.url}${path}`);
      assert.equal(
        await run.page.locator('main ol').count(),
        0,
        `${path}: no numbered list restarting under each heading`,
      );
      const groups = await run.page.$$eval('ul.timeline', (lists) =>
        lists.map((ul) => ({
          key: ul.getAttribute('data-group')!,
          heading: (ul.previousElementSibling as HTMLElement).innerText,
          links: [...ul.querySelectorAll('li > p:first-child a')].map(
            (a) => new URL((a as HTMLAnchorElement).href).pathname,
          ),
        })),
      );
      for (const g of groups) {
        for (const link of g.links) {
          const e = bySlug.get(link)!;
          const year = credibleYear(e);
          const precision = year ? e.date.precision : null;
          checked++;
          if (precision === 'day') assert.match(g.heading, /^Tháng \d+$/, `${path} ${link}`);
          else if (precision === 'month')
            assert.match(g.heading, /^Tháng \d+, không rõ ngày$/, `${path} ${link}`);
          else if (precision === 'year')
            assert.equal(g.heading, 'Không rõ tháng', `${path} ${link}`);
          else
            assert.match(
              g.heading,
              /^(Bài báo đăng năm \d{4}|Không rõ ngày đăng bài)$/,
              `${path} ${link}`,
            );
          if (precision === 'day' || precision === 'month')
            assert.equal(
              Number(/\d+/.exec(g.heading)![0]),
              Number(e.date.start!.slice(5, 7)),
              `${path} ${link} under the wrong month`,
            );
        }
      }
    }
    assert.ok(checked >= run.events.length, `${checked} placements checked`);
  });

  test('undated events are shown on their type’s page with their article’s publication, and counted apart', async () => {
    const undated = run.events.filter((e) => !credibleYear(e));
    await run.page.goto(`${run.url}/`);
    assert.match(
      await run.page.locator('#counts').innerText(),
      new RegExp(
        `${run.events.length} sự kiện: ${run.events.length - undated.length} có năm, .*; ${undated.length} chưa rõ năm`,
      ),
    );
    const articles = new Map(run.articles.map((a) => [a.id, a]));
    for (const e of undated) {
      await run.page.goto(`${run.url}${undatedPath(typeSegment(e.type))}`);
      const published = articles.get(e.sourceArticleIds[0]!)!.publishedAt;
      const item = run.page.locator('ul.timeline li', {
        has: run.page.locator(`a[href="/su-kien/${e.slug}/"]`),
      });
      const group = await item.evaluate(
        (li) => (li.parentElement!.previousElementSibling as HTMLElement).innerText,
      );
      if (published) {
        const [y, m, d] = published.split('-');
        assert.equal(group, `Bài báo đăng năm ${y}`, e.slug);
        assert.match(
          await item.innerText(),
          new RegExp(`bài đăng ngày ${Number(d)}/${Number(m)}/${y}`),
        );
      } else assert.equal(group, 'Không rõ ngày đăng bài', e.slug);
    }
  });

  test('summaries are cut at sentence ends, never at an abbreviation, never from noise', async () => {
    await run.page.goto(`${run.url}/nam/2019/`);
    const leads = await run.page.locator('p.lead').allInnerTexts();
    assert.ok(leads.length > 20);
    for (const lead of leads) {
      assert.ok(
        SUMMARIES.some((s) => s.lead === lead),
        `unexpected lead: ${lead}`,
      );
      assert.doesNotMatch(lead, /(^|\s)(TP|GS|TS|PGS|ThS|BS)\.$|>>|Mua bảo hiểm/);
    }
    for (const { lead } of SUMMARIES) assert.ok(leads.includes(lead), `${lead} is shown`);
  });

  test('place names are shown in one tone style (Hòa Bình beside Khánh Hòa)', async () => {
    for (const path of [
      '/tinh/',
      '/tinh/hoa-binh/',
      '/tinh/phu-tho/',
      '/tong-quan/',
      '/nam/2019/',
    ]) {
      await run.page.goto(`${run.url}${path}`);
      const text = await run.page.locator('main').innerText();
      assert.doesNotMatch(text, /Hoà|Hoá|Hoả|Hoạ|Thuỷ/, path);
    }
    await run.page.goto(`${run.url}/tinh/`);
    const names = await run.page.locator('main li a').allInnerTexts();
    assert.ok(
      names.includes('Hòa Bình') && names.includes('Khánh Hòa'),
      'both are listed, in the same style',
    );
  });

  test('no serious accessibility violation on /tong-quan/ and the timeline at this size', () =>
    checkAxe(run, ['/tong-quan/', '/', '/nam/chua-ro/']));

  test('/tong-quan/ is readable at 360 px and in print', async () => {
    await checkPhone(run, ['/tong-quan/', '/', '/nam/chua-ro/']);
    const print = await run.browser.newPage({ viewport: { width: 700, height: 1000 } });
    await print.emulateMedia({ media: 'print' });
    await print.goto(`${run.url}/tong-quan/`);
    assert.equal(
      await print.locator('header.site nav').isVisible(),
      false,
      'no navigation on paper',
    );
    const boxes = await print.$$eval('figure svg', (svgs) =>
      svgs.map((s) => s.getBoundingClientRect().width),
    );
    for (const w of boxes) assert.ok(w > 200 && w <= 700, `a figure ${w}px wide on paper`);
    const pdf = await print.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    await print.close();
  });
});
