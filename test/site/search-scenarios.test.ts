/**
 * Search as journalists use it, on a real build of 300 events written for
 * these cases (search-fixture.ts), in Chromium through the shareable
 * /tim-kiem/?q= address: each query with the events it must show first (all
 * of them, before anything else) and the events it must not show at all.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { buildSiteFromData, launchBrowser, serve } from './harness.ts';
import { ROOT, tempDir } from '../helpers.ts';
import type { CooperationEvent } from '../../src/lib/schema.ts';
import { PERSON, writeSearchFixture } from './search-fixture.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR || join(ROOT, 'test-results');
const eventUrl = (e: CooperationEvent) => `/su-kien/${e.slug}/`;
const inProvince = (name: string) => (e: CooperationEvent) =>
  e.provinces.some((p) => p.name === name || p.current === name);
const withInstitution = (name: string) => (e: CooperationEvent) =>
  e.organisations.some((o) => o.name === name);
const yearOf = (e: CooperationEvent) => e.date.start!.slice(0, 4);
const isDecoy = (e: CooperationEvent) => e.title.startsWith('Hội thảo hàng năm');

/** Opens the address, shows every result ("Xem thêm" until none is left) and returns their paths in order. */
async function allResults(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
  await page.waitForFunction(
    () => (document.getElementById('search-status')?.textContent ?? '') !== '',
  );
  while (await page.locator('#more-results').isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#more-results');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results > li').length > n,
      before,
    );
  }
  return page.$$eval('#search-results > li > a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('search scenarios on 300 events written for them', () => {
  let events: CooperationEvent[];
  let url: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  before(async () => {
    const dataDir = tempDir('hoptac-search-data-');
    events = writeSearchFixture(dataDir);
    const site = buildSiteFromData(dataDir);
    ({ url, server } = await serve(site.outDir));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** query → the events it must show first (every one of them) and those it must never show. */
  const scenarios: Array<{
    queries: string[];
    first: (e: CooperationEvent) => boolean;
    only?: boolean;
    never?: (e: CooperationEvent) => boolean;
  }> = [
    {
      queries: ['ha tinh', 'Hà Tĩnh', 'tỉnh Hà Tĩnh', 'HA TINH'],
      first: inProvince('Hà Tĩnh'),
      only: true,
    },
    {
      queries: ['tp hcm', 'TP.HCM', 'TPHCM', 'hcm', 'sài gòn', 'Hồ Chí Minh'],
      first: inProvince('Hồ Chí Minh'),
      only: true,
    },
    { queries: ['brvt', 'Bà Rịa - Vũng Tàu'], first: inProvince('Bà Rịa - Vũng Tàu'), only: true },
    {
      queries: ['huế', 'hue', 'Thừa Thiên Huế'],
      first: (e) => inProvince('Huế')(e) || inProvince('Thừa Thiên Huế')(e),
      only: true,
      never: withInstitution('Bệnh viện Trung ương Huế'),
    },
    { queries: ['lao cai'], first: inProvince('Lào Cai'), only: true },
    {
      queries: ['yen bai'],
      first: (e) => e.provinces.some((p) => p.name === 'Yên Bái'),
      only: true,
    },
    { queries: ['da nang', 'Đà Nẵng'], first: inProvince('Đà Nẵng'), only: true },
    { queries: ['khanh hoa', 'Khánh Hoà'], first: inProvince('Khánh Hòa'), only: true },
    { queries: ['can tho'], first: inProvince('Cần Thơ'), only: true },
    {
      queries: ['bach mai', 'BV Bạch Mai'],
      first: withInstitution('Bệnh viện Bạch Mai'),
      only: true,
    },
    { queries: ['cho ray'], first: withInstitution('Bệnh viện Chợ Rẫy'), only: true },
    { queries: ['viet duc'], first: withInstitution('Bệnh viện Hữu nghị Việt Đức'), only: true },
    { queries: ['who'], first: withInstitution('Tổ chức Y tế Thế giới (WHO)'), only: true },
    {
      queries: ['bach mai 2023'],
      first: (e) => withInstitution('Bệnh viện Bạch Mai')(e) && yearOf(e) === '2023',
      only: true,
    },
    {
      queries: ['dao xuan co', 'Đào Xuân Cơ'],
      first: (e) => e.people.some((p) => p.name === PERSON),
      only: true,
    },
    {
      queries: ['ký kết hà tĩnh'],
      first: (e) => e.type === 'agreement' && inProvince('Hà Tĩnh')(e),
      only: true,
    },
    { queries: ['ghép thận'], first: (e) => /ghép thận/.test(e.title) },
  ];
  for (const { queries, first, only, never } of scenarios) {
    test(`${queries.map((q) => `«${q}»`).join(', ')}: ${only ? 'exactly' : 'first'} the events named`, async () => {
      const expected = events.filter(first).map(eventUrl);
      assert.ok(expected.length > 0, 'the fixture has events for it');
      let firstFound: string[] | null = null;
      for (const query of queries) {
        const found = await allResults(page, url, query);
        assert.deepEqual(
          [...found.slice(0, expected.length)].sort(),
          [...expected].sort(),
          `${query}: the first ${expected.length} results`,
        );
        if (only) assert.equal(found.length, expected.length, `${query}: nothing else`);
        for (const e of events
          .filter((x) => isDecoy(x) || (never?.(x) ?? false))
          .filter((x) => !first(x)))
          assert.ok(!found.includes(eventUrl(e)), `${query}: found ${e.title}`);
        // Every spelling gives the same results, in the same order.
        if (firstFound) assert.deepEqual(found, firstFound, `${query} against ${queries[0]}`);
        firstFound = found;
      }
    });
  }

  test('/tim-kiem/?q=ha+tinh opens with the Hà Tĩnh chip, newest first; removing it leaves an empty query', async () => {
    await allResults(page, url, 'ha tinh');
    assert.deepEqual(await page.locator('#search-chips .chip > span').allInnerTexts(), [
      'Tỉnh: Hà Tĩnh',
    ]);
    const byPath = new Map(events.map((e) => [eventUrl(e), e]));
    const dates = (
      await page.$$eval('#search-results > li > a', (ls) =>
        ls.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      )
    ).map((p) => byPath.get(p)!.date.start!);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.match(await page.locator('#search-results .why').first().innerText(), /Tỉnh: Hà Tĩnh/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
    await page.click('#search-chips .chip-remove');
    await page.waitForURL((u) => u.pathname === '/tim-kiem/' && !u.searchParams.get('q'));
    assert.equal(await page.locator('#search-chips .chip').count(), 0);
  });

  test('a merged province says so: «lao cai» shows Yên Bái events as Yên Bái (nay Lào Cai)', async () => {
    await allResults(page, url, 'lao cai');
    const reasons = await page.locator('#search-results .why').allInnerTexts();
    assert.ok(
      reasons.some((r) => r.includes('Tỉnh: Yên Bái (nay Lào Cai)')),
      reasons.slice(0, 5).join(' | '),
    );
  });

  test('counts beside the results: per province, type and year, each a link that narrows', async () => {
    await allResults(page, url, 'bach mai');
    const bachMai = events.filter(withInstitution('Bệnh viện Bạch Mai'));
    const years = await page.$$eval('#search-facets section', (sections) =>
      sections.map((s) => [
        s.querySelector('h2')!.textContent,
        [...s.querySelectorAll('li')].map((li) => [
          li.querySelector('a')!.textContent,
          Number(li.querySelector('.count')!.textContent),
        ]),
      ]),
    );
    const byYear = Object.fromEntries(
      years.find(([h]) => h === 'Theo năm')![1] as Array<[string, number]>,
    );
    const expected: Record<string, number> = {};
    for (const e of bachMai) expected[yearOf(e)] = (expected[yearOf(e)] ?? 0) + 1;
    assert.deepEqual(byYear, expected);
    await page.locator('#search-facets a', { hasText: '2023' }).click();
    await page.waitForFunction(() =>
      /sự kiện/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    assert.deepEqual(await page.locator('#search-chips .chip > span').allInnerTexts(), [
      'Cơ quan: Bệnh viện Bạch Mai',
      'Năm: 2023',
    ]);
    assert.equal(
      await page.locator('#search-results > li').count(),
      bachMai.filter((e) => yearOf(e) === '2023').length,
    );
  });

  test('the highlight colour reaches the marks the script makes', async () => {
    await allResults(page, url, 'ghép thận');
    const colour = await page
      .locator('#search-results mark')
      .first()
      .evaluate((m) => getComputedStyle(m).backgroundColor);
    assert.equal(colour, 'rgb(255, 229, 138)');
  });

  test('newest first is a choice kept in the address', async () => {
    await page.goto(`${url}/tim-kiem/?q=ghep+than&sort=moi-nhat`);
    await page.waitForFunction(
      () => (document.getElementById('search-status')?.textContent ?? '') !== '',
    );
    assert.match(await page.locator('#search-status').innerText(), /mới nhất trước/);
    assert.equal(await page.locator('#sort').inputValue(), 'moi-nhat');
  });
});
