/**
 * What a reader and staff see on an event page and on /gioi-thieu/, in Chromium on real builds of the seed
 * articles and a few written for the tests: the facts said to be machine-read, evidence labelled in Vietnamese, each source named with what
 * its article gave; the accuracy page printing src/data/evaluation.json; and the correction the page
 * offers, copied with its button, edited, saved under a corrections folder, applied by the next build.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, serve } from './harness.ts';
import { ROOT, readJson, tempDir } from '../helpers.ts';
import type { Article, CooperationEvent, EventType } from '../../src/lib/schema.ts';
import { EVENT_TYPES } from '../../src/lib/schema.ts';
import { EVENT_TYPE_LABELS, FIELD_LABELS } from '../../src/site/labels.ts';
import { eventPath } from '../../src/site/paths.ts';
import type { EvaluationSummary } from '../../src/lib/evaluation-summary.ts';
import { headlineFigure, percent } from '../../src/site/evaluation-display.ts';
import { formatPublished } from '../../src/site/display-dates.ts';

interface Build {
  dataDir: string;
  outDir: string;
  events: CooperationEvent[];
  articles: Article[];
}

/** `npm run build`'s script over `articles`, with the corrections of `corrections` applied. */
function build(articles: string, corrections: string, register: string): Build {
  const base = tempDir('hoptac-site-');
  const dataDir = join(base, 'data');
  const outDir = join(base, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      ARTICLES_DIR: articles,
      HOPTAC_DATA_DIR: dataDir,
      HOPTAC_OUT_DIR: outDir,
      HOPTAC_CACHE_DIR: join(base, 'astro-cache'),
      HOPTAC_PERMALINKS: register,
      HOPTAC_CORRECTIONS: corrections,
    },
  });
  assert.equal(result.status, 0, `${result.stdout.slice(-3000)}\n${result.stderr}`);
  return {
    dataDir,
    outDir,
    events: readJson(dataDir, 'events.json'),
    articles: readJson(dataDir, 'articles.json'),
  };
}

describe('event pages and /gioi-thieu/ on the seeds and articles with front matter', () => {
  const articles = tempDir('hoptac-articles-');
  const corrections = tempDir('hoptac-corrections-');
  const register = join(tempDir('hoptac-permalinks-'), 'permalinks.json');
  let site: Build;
  let url: string;
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    // The seeds (no front matter), two reports of one event with publishers and days, and one with its address.
    cpSync(join(ROOT, 'content'), articles, { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures', 'same-event'), articles, { recursive: true });
    const withUrl = join('search', 'delegation-with-source-url.md');
    cpSync(
      join(ROOT, 'test', 'fixtures', withUrl),
      join(articles, 'delegation-with-source-url.md'),
    );
    site = build(articles, corrections, register);
    ({ url, server } = await serve(site.outDir));
    browser = await launchBrowser();
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('every event page says its facts were read by machine and links to how', async () => {
    for (const e of site.events) {
      await page.goto(`${url}${eventPath(e.slug)}`);
      const note = page.locator('.machine-read');
      assert.match(await note.innerText(), /do máy đọc từ/);
      assert.equal(await note.locator('a[href="/gioi-thieu/"]').count(), 1);
    }
  });

  test('the evidence is labelled with the fields’ Vietnamese names, never their codes', async () => {
    const vietnamese = new Set(Object.values(FIELD_LABELS));
    for (const e of site.events) {
      await page.goto(`${url}${eventPath(e.slug)}`);
      await page.locator('details.evidence summary').click();
      const labels = await page.locator('details.evidence dt').allInnerTexts();
      const fields = [...new Set(e.evidence.map((x) => x.field))];
      assert.equal(labels.length, fields.length, e.slug);
      for (const label of labels) assert.ok(vietnamese.has(label), `${e.slug}: "${label}"`);
      const sentences = await page.locator('details.evidence dd').allInnerTexts();
      assert.deepEqual(sentences.sort(), e.evidence.map((x) => x.text.trim()).sort());
    }
  });

  test('each source article is named by its headline, publisher, day and link when it gave them, else by its file', async () => {
    const byId = new Map(site.articles.map((a) => [a.id, a]));
    let linked = 0;
    for (const e of site.events) {
      await page.goto(`${url}${eventPath(e.slug)}`);
      const items = page.locator('ul.sources > li');
      assert.equal(await items.count(), e.sourceArticleIds.length);
      for (const [i, id] of e.sourceArticleIds.entries()) {
        const a = byId.get(id)!;
        const item = items.nth(i);
        const text = await item.innerText();
        assert.ok(text.includes(a.title ?? a.file), `${e.slug}: ${text}`);
        if (a.publisher)
          assert.ok(text.includes(a.publisher), `${e.slug}: no publisher in ${text}`);
        if (a.publishedAt) assert.ok(text.includes(`đăng ngày ${formatPublished(a.publishedAt)}`));
        assert.equal(await item.locator('a[rel="external"]').count(), a.url ? 1 : 0);
        if (a.url) {
          assert.equal(await item.locator('a').getAttribute('href'), a.url);
          linked++;
        }
      }
    }
    assert.ok(linked > 0, 'an article gives its address');
    assert.ok(
      site.events.some((e) => e.sourceArticleIds.length > 1),
      'an event has two reports',
    );
  });

  test('/gioi-thieu/ is in the navigation and prints the figures of src/data/evaluation.json', async () => {
    const measured = JSON.parse(
      readFileSync(join(ROOT, 'src', 'data', 'evaluation.json'), 'utf8'),
    ) as EvaluationSummary;
    await page.goto(`${url}/`);
    await page.locator('header.site nav').getByRole('link', { name: 'Giới thiệu' }).click();
    await page.waitForURL(`${url}/gioi-thieu/`);
    const cv = measured.crossValidated;
    const crossValidated = page.locator('#do-chinh-xac-cheo');
    const values = await crossValidated
      .locator('td[data-value]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    assert.deepEqual(values, [
      cv.cooperation.f1,
      cv.type.accuracy,
      ...Object.values(cv.names.byField).map((s) => s.f1),
    ]);
    const text = await crossValidated.innerText();
    assert.ok(text.includes(`F1 ${percent(cv.cooperation.f1)}`));
    assert.ok(text.includes(percent(cv.cooperation.precision)));
    assert.ok(text.includes(`tỷ lệ đúng ${percent(cv.type.accuracy)}`));
    const dev = await page.locator('#do-chinh-xac-dev').innerText();
    assert.match(dev, /lạc quan/, 'the dev figures say they flatter');
    const date = measured.dev.givenDecision.date!;
    assert.ok(dev.includes(percent(headlineFigure(date))));
    for (const id of ['nguon-bai', 'cach-doc', 'do-chinh-xac', 'kiem-tra', 'bao-loi'])
      assert.equal(await page.locator(`#${id}`).count(), 1, id);
  });

  test('no serious accessibility violation on /gioi-thieu/ and an event page with its correction open', async () => {
    for (const path of ['/gioi-thieu/', eventPath(site.events[0]!.slug)]) {
      await page.goto(`${url}${path}`);
      if (path !== '/gioi-thieu/') await page.locator('details.correction-offer summary').click();
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

  test('without JavaScript the correction is there to read and select, and no dead button shows', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    const event = site.events[0]!;
    await noScript.goto(`${url}${eventPath(event.slug)}`);
    await noScript.locator('details.correction-offer summary').click();
    const yaml = noScript.locator('#correction-yaml');
    assert.ok(await yaml.isVisible());
    assert.match(await yaml.innerText(), new RegExp(`^- event: ${event.slug}$`, 'm'));
    assert.equal(await noScript.locator('button[data-copy]').isVisible(), false);
    await plain.close();
  });

  test('the offered YAML, copied with its button and edited, is applied to the page by the next build', async () => {
    const event = site.events.find((e) => e.sourceArticleIds.length === 1)!;
    const newType = EVENT_TYPES.find((t) => t !== event.type)! as EventType;
    await page.goto(`${url}${eventPath(event.slug)}`);
    await page.locator('details.correction-offer summary').click();
    await page.getByRole('button', { name: 'Sao chép YAML' }).click();
    await page.locator('[data-copy-status]').filter({ hasText: 'Đã sao chép' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.locator('#correction-yaml').textContent());

    // Staff keep the line to fix, change it, and say why.
    const edited = copied
      .split('\n')
      .filter((line) => !/^ {4}\w+:/.test(line) || /^ {4}type:/.test(line))
      .map((line) => line.replace(/^( {4}type:) .*$/, `$1 ${newType}`))
      .map((line) => line.replace(/^( {2}reason:) .*$/, '$1 "Thông cáo của Sở Y tế"'))
      .join('\n');
    writeFileSync(join(corrections, 'tu-trang-su-kien.yaml'), edited);
    const rebuilt = build(articles, corrections, register);
    const { url: url2, server: server2 } = await serve(rebuilt.outDir);
    try {
      const after = rebuilt.events.find((e) => e.id === event.id)!;
      assert.equal(after.type, newType);
      await page.goto(`${url2}${eventPath(event.slug)}`);
      assert.match(
        await page.locator('p.meta').first().innerText(),
        new RegExp(EVENT_TYPE_LABELS[newType]),
      );
      const notice = await page.locator('aside.corrected').innerText();
      assert.match(notice, /Biên tập viên đã hiệu đính/);
      assert.match(notice, /Loại sự kiện: Thông cáo của Sở Y tế/);
      // The page now offers the corrected value, and every other field as it was.
      const offered = (await page.locator('#correction-yaml').textContent()) ?? '';
      assert.match(offered, new RegExp(`^ {4}type: ${newType}$`, 'm'));
      assert.equal(
        offered
          .split('\n')
          .filter((l) => !/^ {4}type:/.test(l))
          .join('\n'),
        copied
          .split('\n')
          .filter((l) => !/^ {4}type:/.test(l))
          .join('\n'),
      );
    } finally {
      server2.close();
    }
  });
});
