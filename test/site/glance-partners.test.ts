/**
 * Partners at a glance, undated events that can be browsed, and the CSV, on
 * a real build of the public fixture (test/site/public-fixture.ts), read in
 * Chromium and recounted from the published events.json.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { buildSiteFromData, launchBrowser, serve, type BuiltSite } from './harness.ts';
import { readJson, tempDir } from '../helpers.ts';
import { LONE_EARLY_YEAR, writePublicFixture } from './public-fixture.ts';
import type { Article, CooperationEvent } from '../../src/lib/schema.ts';
import { BUILD_YEAR } from '../../src/site/display-dates.ts';
import { EVENT_TYPE_LABELS } from '../../src/site/labels.ts';
import { toneKey } from '../../src/lib/vietnamese.ts';

let site: BuiltSite;
let url: string;
let server: Server;
let browser: Browser;
let page: Page;
let events: CooperationEvent[];

/** A year the site can show: written, and not after the build year. */
const credibleYear = (e: CooperationEvent) => {
  const year = /^\d{4}/.exec(e.date.start ?? '')?.[0];
  return year && Number(year) <= BUILD_YEAR ? year : null;
};
/** An event's parties as the fixture writes them (each institution always under one name). */
const parties = (e: CooperationEvent) => [
  ...new Set([...e.organisations.map((o) => o.name), ...e.countries]),
];

/** Who took part beside `self` (or in the events, for a province), with how many events. */
function recountPartners(list: CooperationEvent[], self: string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of list)
    for (const p of parties(e)) if (p !== self) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

async function partnersOnPage(path: string) {
  await page.goto(`${url}${path}`);
  return page.$$eval('section.partners li', (items) =>
    items.map((li) => ({
      name: (li.querySelector('a') as HTMLElement).innerText,
      href: li.querySelector('a')!.getAttribute('href')!,
      count: Number(/— (\d+) sự kiện/.exec((li as HTMLElement).innerText)![1]),
    })),
  );
}

/** RFC 4180, as events.csv is written: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('partners, undated events and the CSV on a few hundred events', () => {
  before(async () => {
    const dataDir = tempDir('hoptac-glance-');
    writePublicFixture(dataDir);
    site = buildSiteFromData(dataDir);
    ({ url, server } = await serve(site.outDir));
    browser = await launchBrowser();
    page = await browser.newPage();
    events = readJson(site.dataDir, 'events.json');
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('an institution’s page lists its partners, each with the events it shares, a link, the newest first', async () => {
    await page.goto(`${url}/tong-quan/`);
    const institutions = await page.$$eval('#bang-co-quan tbody th a', (as) =>
      as.map((a) => ({ name: (a as HTMLElement).innerText, href: a.getAttribute('href')! })),
    );
    assert.ok(institutions.length >= 3);
    for (const institution of institutions.slice(0, 3)) {
      const own = events.filter((e) => parties(e).includes(institution.name));
      const shown = await partnersOnPage(institution.href);
      assert.deepEqual(
        new Map(shown.map((p) => [p.name, p.count])),
        recountPartners(own, institution.name),
        institution.name,
      );
      // Newest first: each partner's newest shared event is no newer than the one before's.
      const newest = (name: string) =>
        own
          .filter((e) => parties(e).includes(name))
          .map((e) => (credibleYear(e) ? e.date.start! : ''))
          .sort()
          .at(-1)!;
      const order = shown.map((p) => newest(p.name));
      assert.deepEqual(order, [...order].sort().reverse(), `${institution.name}: newest first`);
      for (const p of shown)
        assert.equal((await fetch(new URL(p.href, url))).status, 200, `${p.name}: ${p.href}`);
    }
  });

  test('a province’s page lists the institutions and countries of its events', async () => {
    // Phú Thọ: Hòa Bình's events (merged into it) name partner countries.
    const phuTho = events.filter((e) => e.provinces.some((p) => p.current === 'Phú Thọ'));
    const shown = await partnersOnPage('/tinh/phu-tho/');
    assert.deepEqual(new Map(shown.map((p) => [p.name, p.count])), recountPartners(phuTho, null));
    const countries = shown.filter((p) => p.href.startsWith('/tim-kiem/'));
    assert.ok(countries.length > 0, 'countries link to their search');
  });

  test('/data/partners.json holds every pair one event names together, with its events', async () => {
    const pairs = (await (await fetch(`${url}/data/partners.json`)).json()) as Array<{
      a: { kind: string; name: string; path: string };
      b: { kind: string; name: string; path: string };
      count: number;
      events: string[];
    }>;
    const expected = new Map<string, Set<string>>();
    for (const e of events) {
      const ps = parties(e);
      for (const x of ps)
        for (const y of ps)
          if (x < y) {
            const key = `${x}|${y}`;
            expected.set(key, (expected.get(key) ?? new Set()).add(e.id));
          }
    }
    const published = new Map(
      pairs.map((p) => [[p.a.name, p.b.name].sort().join('|'), new Set(p.events)]),
    );
    assert.deepEqual(published, expected);
    for (const p of pairs) assert.equal(p.count, p.events.length);
    const counts = pairs.map((p) => p.count);
    assert.deepEqual(
      counts,
      [...counts].sort((x, y) => y - x),
      'the most events first',
    );

    // /tong-quan/ shows the strongest pairs: the head of that list.
    await page.goto(`${url}/tong-quan/`);
    const rows = await page.$$eval('#bang-cap-doi-tac tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText)),
    );
    assert.ok(rows.length > 0 && rows.length <= 12);
    assert.deepEqual(
      rows.map((r) => Number(r[2])),
      counts.slice(0, rows.length),
    );
  });

  test('/nam/chua-ro/ says why, groups by type with short lists and by province with counts', async () => {
    const undated = events.filter((e) => !credibleYear(e));
    await page.goto(`${url}/nam/chua-ro/`);
    const why = await page.locator('#vi-sao').innerText();
    assert.match(why, new RegExp(`^Trong ${undated.length} sự kiện chưa rõ năm`));
    const dayOnly = undated.filter((e) => e.date.start?.startsWith('--')).length;
    assert.match(why, new RegExp(`${dayOnly} chỉ ghi ngày, tháng mà không ghi năm`));

    const types = await page.$$eval('section[aria-labelledby^="loai-"]', (sections) =>
      sections.map((s) => ({
        heading: (s.querySelector('h3') as HTMLElement).innerText,
        items: s.querySelectorAll('ul.short > li').length,
      })),
    );
    for (const [type, label] of Object.entries(EVENT_TYPE_LABELS)) {
      const n = undated.filter((e) => e.type === type).length;
      const group = types.find((t) => t.heading.startsWith(label));
      if (!n) assert.equal(group, undefined, label);
      else {
        assert.equal(group?.heading, `${label} (${n})`);
        assert.equal(group.items, Math.min(n, 5), `${label}: a short list`);
      }
    }
    const provinces = await page.$$eval('#bang-chua-ro-tinh tbody tr', (trs) =>
      trs.map((tr) => [
        (tr.querySelector('th') as HTMLElement).innerText,
        Number((tr.querySelector('td') as HTMLElement).innerText),
      ]),
    );
    const expected = new Map<string, number>();
    for (const e of undated) {
      const names = new Set(e.provinces.map((p) => toneKey(p.current)));
      if (!names.size) names.add(toneKey('Không ghi tỉnh'));
      for (const n of names) expected.set(n, (expected.get(n) ?? 0) + 1);
    }
    assert.deepEqual(new Map(provinces.map(([n, c]) => [toneKey(String(n)), c])), expected);
    // A group's page lists exactly its events.
    await page.locator('#bang-chua-ro-tinh a', { hasText: 'Lào Cai' }).click();
    assert.equal(await page.locator('ul.timeline > li').count(), expected.get(toneKey('Lào Cai')));
  });

  test('/tong-quan/’s year chart shows the years without events: one row for a long gap', async () => {
    await page.goto(`${url}/tong-quan/`);
    const chart = await page.locator('figure svg').first().textContent();
    const years = [...new Set(events.map(credibleYear).filter((y): y is string => !!y))].sort();
    assert.equal(years[0], String(LONE_EARLY_YEAR));
    const next = Number(years[1]);
    assert.ok(
      chart!.includes(`${LONE_EARLY_YEAR + 1}–${next - 1}`) && chart!.includes('không có sự kiện'),
      'the gap has its row',
    );
    for (let y = next; y <= Number(years.at(-1)); y++)
      assert.ok(chart!.includes(String(y)), `${y} has its row`);
  });

  test('events.csv: publisher, the type in Vietnamese, the date as the site shows it, and no year it does not give', async () => {
    const articles = new Map(
      readJson<Article[]>(site.dataDir, 'articles.json').map((a) => [a.id, a]),
    );
    const [header, ...rows] = parseCsv(
      (await (await fetch(`${url}/data/events.csv`)).text()).replace(/^\uFEFF/, ''),
    );
    const at = (name: string) => header!.indexOf(name);
    for (const name of ['publisher', 'type_label', 'date_display', 'year', 'year_inferred'])
      assert.ok(at(name) >= 0, name);
    assert.equal(rows.length, events.length);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const row of rows) {
      const e = byId.get(row[at('id')]!)!;
      const year = credibleYear(e);
      assert.equal(row[at('year')], year ?? '', e.id);
      assert.equal(row[at('year_inferred')], year ? String(e.date.yearInferred) : '', e.id);
      if (!year) assert.doesNotMatch(row[at('date_start')]!, /\d{4}/, `${e.id} claims a year`);
      assert.equal(row[at('type_label')], EVENT_TYPE_LABELS[e.type]);
      assert.equal(row[at('publisher')], articles.get(e.sourceArticleIds[0]!)!.publisher ?? '');
    }
    // The date as the year's page shows it.
    await page.goto(`${url}/nam/2019/`);
    const shown = await page.$$eval('ul.timeline > li', (items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        meta: (li.querySelector('p.meta') as HTMLElement).innerText,
      })),
    );
    assert.ok(shown.length > 10);
    for (const { href, meta } of shown) {
      const row = rows.find((r) => href.includes(r[at('slug')]!))!;
      assert.ok(meta.startsWith(row[at('date_display')]!), `${meta} / ${row[at('date_display')]}`);
    }
  });
});
