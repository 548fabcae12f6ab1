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
import { organisationKey } from '../../src/lib/organisation-key.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR || join(ROOT, 'test-results');
const eventUrl = (e: CooperationEvent) => `/su-kien/${e.slug}/`;
const inProvince = (name: string) => (e: CooperationEvent) =>
  e.provinces.some((p) => p.name === name || p.current === name);
/** As /to-chuc/ groups them: every spelling of the institution. */
const withInstitution = (name: string) => (e: CooperationEvent) =>
  e.organisations.some((o) => organisationKey(o.name) === organisationKey(name));
const withCountry = (name: string) => (e: CooperationEvent) => e.countries.includes(name);
const NAMESAKE = 'Bệnh viện Hữu nghị Nhật Bản';
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
    {
      queries: ['who', 'WHO', 'Tổ chức Y tế Thế giới', 'to chuc y te the gioi'],
      first: withInstitution('Tổ chức Y tế Thế giới (WHO)'),
      only: true,
    },
    {
      queries: ['nhi trung uong', 'Bệnh viện Nhi Trung ương', 'BV Nhi TW'],
      first: withInstitution('Bệnh viện Nhi Trung ương'),
      only: true,
    },
    {
      queries: ['Nhật Bản', 'nhat ban', 'Nhật', 'Japan'],
      first: withCountry('Nhật Bản'),
      only: true,
      never: withInstitution(NAMESAKE),
    },
    { queries: ['Hoa Kỳ', 'hoa ky', 'Mỹ', 'USA'], first: withCountry('Hoa Kỳ'), only: true },
    { queries: ['Úc', 'Australia'], first: withCountry('Australia'), only: true },
    { queries: ['Hàn Quốc', 'han quoc', 'Hàn'], first: withCountry('Hàn Quốc'), only: true },
    { queries: ['Pháp'], first: withCountry('Pháp'), only: true },
    {
      queries: [NAMESAKE, 'BV Hữu nghị Nhật Bản'],
      first: withInstitution(NAMESAKE),
      only: true,
    },
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

  test('«Nhật Bản» is the country; the hospital named after it is offered beside it, and its link finds it', async () => {
    await allResults(page, url, 'Nhật Bản');
    assert.deepEqual(await page.locator('#search-chips .chip > span').allInnerTexts(), [
      'Quốc gia: Nhật Bản',
    ]);
    const offer = page.locator('#search-offers a');
    assert.deepEqual(await offer.allInnerTexts(), [NAMESAKE]);
    const namesake = events.filter(withInstitution(NAMESAKE));
    assert.match(
      await page.locator('#search-offers').innerText(),
      new RegExp(`\\(${namesake.length} sự kiện\\)`),
    );
    await offer.click();
    await page.waitForFunction(() =>
      /sự kiện/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    assert.deepEqual(await page.locator('#search-chips .chip > span').allInnerTexts(), [
      `Cơ quan: ${NAMESAKE}`,
    ]);
    assert.equal(await page.locator('#search-results > li').count(), Math.min(20, namesake.length));
  });

  test('with marks typed, the events with those marks come first: «thận» before «thân»', async () => {
    const found = await allResults(page, url, 'thận');
    const byPath = new Map(events.map((e) => [eventUrl(e), e]));
    const hasKidney = (path: string) => {
      const e = byPath.get(path)!;
      return /thận/.test(`${e.title} ${e.summary}`);
    };
    const kidney = events.filter((e) => /thận/.test(`${e.title} ${e.summary}`)).length;
    const kin = events.filter((e) => /thân nhân/.test(e.title)).length;
    assert.ok(kidney > 0 && kin > 0, 'the fixture has both');
    assert.equal(found.length, kidney + kin, 'without marks the index finds both');
    assert.ok(found.slice(0, kidney).every(hasKidney), 'every «thận» first');
    assert.ok(!found.slice(kidney).some(hasKidney), 'then the «thân» ones');
  });

  test('a query that finds nothing says why and offers the nearest that would', async () => {
    const australia = events.filter(withCountry('Australia'));
    const year = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'].find(
      (y) => !australia.some((e) => yearOf(e) === y),
    )!;
    assert.ok(year, 'the fixture has a year without Australia');
    const found = await allResults(page, url, `Australia ${year}`);
    assert.deepEqual(found, []);
    const status = await page.locator('#search-status').innerText();
    assert.match(status, /Không có sự kiện nào vừa có Quốc gia: Australia, vừa có Năm: /);
    const offered = await page.$$eval('#search-nearer li', (items) =>
      items.map((li) => [li.querySelector('a')!.textContent, li.textContent]),
    );
    const inYear = events.filter((e) => yearOf(e) === year).length;
    assert.deepEqual(offered, [
      ['Australia', `Australia (${australia.length} sự kiện)`],
      [year, `${year} (${inYear} sự kiện)`],
    ]);
    await page.locator('#search-nearer a').first().click();
    await page.waitForFunction(() =>
      /sự kiện,/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    assert.equal(
      await page.locator('#search-results > li').count(),
      Math.min(20, australia.length),
    );
  });

  test('a word no event holds finds nothing, and the rest of the query is offered', async () => {
    const found = await allResults(page, url, 'bach mai xyzzyq');
    assert.deepEqual(found, []);
    assert.match(
      await page.locator('#search-status').innerText(),
      /Không có sự kiện nào vừa có Cơ quan: Bệnh viện Bạch Mai, vừa có «xyzzyq»/,
    );
    const bachMai = events.filter(withInstitution('Bệnh viện Bạch Mai')).length;
    assert.deepEqual(await page.locator('#search-nearer li').allInnerTexts(), [
      `bach mai (${bachMai} sự kiện)`,
    ]);
  });

  test('the form is laid out as a form at 360 px and 1280 px: box, button and sort apart, nothing off screen', async () => {
    for (const width of [360, 1280]) {
      const narrow = await browser.newPage({ viewport: { width, height: 800 } });
      await narrow.goto(`${url}/tim-kiem/?q=bach+mai`);
      const box = (await narrow.locator('#q').boundingBox())!;
      const button = (await narrow.locator('#search-form button[type=submit]').boundingBox())!;
      const sort = (await narrow.locator('#sort').boundingBox())!;
      for (const b of [box, button, sort]) {
        assert.ok(b.x >= 0 && b.x + b.width <= width, `${width}px: inside the screen`);
        assert.ok(b.height >= 24, `${width}px: tall enough to tap`);
      }
      // Apart: on one line with a gap, or on the next line.
      const apart = (a: typeof box, b: typeof box) =>
        b.x >= a.x + a.width + 6 || b.y >= a.y + a.height + 4;
      assert.ok(apart(box, button), `${width}px: button apart from the box`);
      assert.ok(apart(button, sort), `${width}px: sort apart from the button`);
      if (width === 1280) assert.ok(box.width >= 200, 'the box has room to type');
      else assert.ok(box.width >= 200, 'the box fills the phone');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await narrow.screenshot({ path: join(SCREENSHOTS, `search-form-${width}.png`) });
      await narrow.close();
    }
  });

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
