/**
 * Web pages saved from a browser, in the shapes of three Vietnamese news sites
 * (test/fixtures/web-pages/pages/): a national daily with JSON-LD, a provincial
 * paper with Open Graph and `article:published_time` (saved with its `_files/`
 * folder), a ministry portal with only `<time datetime>` and a canonical link.
 * Each comes out as the same event as its plain-text twin (…/text/), with the
 * page's own metadata, and none of the site's chrome in any record.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readJson, runExtractCommand, tempDir } from '../../helpers.ts';
import { readWebPage } from '../../../src/extract/read/web-page.ts';
import { listArticleFiles } from '../../../src/extract/pipeline/files.ts';
import type { Article, CooperationEvent as Event } from '../../../src/lib/schema.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'web-pages');
const PAGES = join(FIXTURES, 'pages');

interface Expected {
  twin: string;
  title: string;
  publisher: string | null;
  url: string;
  publishedAt: string;
  /** Strings only the page's navigation, related news, share buttons, comments or footer hold. */
  chrome: string[];
}

const EXPECTED: Record<string, Expected> = {
  'nhat-bao-dien-bien-ky-ket.html': {
    twin: 'nhat-bao-dien-bien-ky-ket.md',
    title: 'Bệnh viện Bạch Mai ký kết hợp tác với Sở Y tế Điện Biên',
    publisher: 'Báo Sức khỏe Việt',
    url: 'https://suckhoeviet.example.vn/thoi-su/bach-mai-ky-ket-dien-bien-169240314.htm',
    publishedAt: '2024-03-14',
    chrome: [
      'Bệnh viện K',
      'Cà Mau',
      'Chợ Rẫy',
      'Trung ương Huế',
      'Quảng Trị',
      'Nghệ An',
      'Facebook',
      'Zalo',
      'Việt Đức',
      'Lai Châu',
      'Kon Tum',
      'Bình Dương',
      'Nhi Trung ương',
      'Giảng Võ',
      'Sài Gòn',
      'Minh Thu',
    ],
  },
  'bao-lai-chau-dao-tao.html': {
    twin: 'bao-lai-chau-dao-tao.md',
    title: 'Bệnh viện Việt Đức đào tạo phẫu thuật nội soi cho bác sĩ Lai Châu',
    publisher: 'Báo Lai Châu điện tử',
    url: 'https://baolaichau.example.vn/y-te/benh-vien-viet-duc-dao-tao-phau-thuat-noi-soi-cho-bac-si-lai-chau-5521.html',
    publishedAt: '2024-06-06',
    chrome: [
      'Than Uyên',
      'Sìn Hồ',
      'Hà Giang',
      'Facebook',
      'Yên Bái',
      'Phổi Trung ương',
      'Mường Tè',
      'Sơn La',
      'Bệnh viện E',
      'Tuyên Quang',
      'Đại học Y Hà Nội',
      'Phong Thổ',
      'Hòa Bình',
      'Hồng Ngọc',
      'Phú Thọ',
      'Đồng Nai',
      'Tân Phong',
    ],
  },
  'cong-thong-tin-cao-bang-tiep-nhan.htm': {
    twin: 'cong-thong-tin-cao-bang-tiep-nhan.md',
    title: 'Bộ Y tế và WHO trao tặng xe cứu thương cho tỉnh Cao Bằng',
    publisher: null,
    url: 'https://portal.example.gov.vn/tin-tuc/-/asset_publisher/k206Q9qkZOqn/content/trao-tang-xe-cuu-thuong-cho-cao-bang',
    publishedAt: '2024-09-21',
    chrome: [
      'Giới thiệu',
      'Thủ tục hành chính',
      'Răng Hàm Mặt',
      'Vũng Tàu',
      'Gửi email',
      'Kiên Giang',
      'Đắk Lắk',
      'Ba Đình',
      'Thông tin Y tế Quốc gia',
      '12.345.678',
      '21/09/2024',
      'Tin tức',
    ],
  },
};

interface Run {
  articles: Map<string, Article>;
  events: Map<string, Event>;
  /** Every record an article gave: its row, its events, their delegations and outcomes. */
  recordsOf: (file: string) => string;
}

function extract(input: string): Run {
  const output = tempDir();
  const run = runExtractCommand(['--input', input, '--output', output, '--quiet']);
  assert.equal(run.status, 0, run.stderr);
  const articles = new Map(readJson<Article[]>(output, 'articles.json').map((a) => [a.file, a]));
  const events = new Map(readJson<Event[]>(output, 'events.json').map((e) => [e.id, e]));
  const byEvent = [
    ...readJson<{ eventId: string }[]>(output, 'delegations.json'),
    ...readJson<{ eventId: string }[]>(output, 'outcomes.json'),
  ];
  const recordsOf = (file: string) => {
    const article = articles.get(file)!;
    const ids = new Set(article.eventIds);
    return JSON.stringify([
      article,
      ...[...ids].map((id) => events.get(id)),
      ...byEvent.filter((r) => ids.has(r.eventId)),
    ]);
  };
  return { articles, events, recordsOf };
}

let pages: Run;
let texts: Run;
before(() => {
  pages = extract(PAGES);
  texts = extract(join(FIXTURES, 'text'));
});

const eventOf = (run: Run, file: string): Event => {
  const article = run.articles.get(file);
  assert.ok(article, `${file} has no row`);
  assert.equal(
    article.status,
    'event',
    `${file}: ${article.reason} ${article.warnings.join('; ')}`,
  );
  const event = run.events.get(article.eventIds[0]!);
  assert.ok(event);
  return event;
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`${file}: the same event as its plain text`, () => {
    const fromPage = eventOf(pages, file);
    const fromText = eventOf(texts, expected.twin);
    assert.equal(fromPage.type, fromText.type);
    assert.deepEqual(fromPage.date, fromText.date);
    assert.deepEqual(fromPage.provinces, fromText.provinces);
    assert.deepEqual(fromPage.organisations, fromText.organisations);
    assert.deepEqual(fromPage.countries, fromText.countries);
  });

  test(`${file}: title, publisher, url and publication date from the page's metadata`, () => {
    const article = pages.articles.get(file)!;
    assert.equal(article.title, expected.title);
    assert.equal(article.publisher, expected.publisher);
    assert.equal(article.url, expected.url);
    assert.equal(article.publishedAt, expected.publishedAt);
  });

  test(`${file}: the event's year comes from the page's publication date`, () => {
    const { date } = eventOf(pages, file);
    assert.equal(date.start?.slice(0, 4), expected.publishedAt.slice(0, 4));
    assert.equal(date.yearInferred, true);
  });
}

test("none of the pages' navigation, related news, share buttons, comments or footer reaches a record", () => {
  for (const [file, expected] of Object.entries(EXPECTED))
    for (const chrome of expected.chrome)
      assert.ok(!pages.recordsOf(file).includes(chrome), `${file}: "${chrome}" is in a record`);
});

test("a saved page's _files/ folder is the page's: no article, no report line", () => {
  assert.deepEqual(listArticleFiles(PAGES), Object.keys(EXPECTED).sort());
  assert.deepEqual([...pages.articles.keys()].sort(), Object.keys(EXPECTED).sort());
  const input = tempDir();
  const run = runExtractCommand(['--input', PAGES, '--output', input]);
  assert.doesNotMatch(run.stdout, /_files/);
});

test('a folder named _files without its page beside it is read like any other', () => {
  const input = tempDir();
  mkdirSync(join(input, 'bai-viet_files'));
  writeFileSync(join(input, 'bai-viet_files', 'ghi-chu.md'), 'Ghi chú');
  writeFileSync(join(input, 'khac.html'), '<p>Trang khác</p>');
  assert.deepEqual(listArticleFiles(input), ['bai-viet_files/ghi-chu.md', 'khac.html']);
});

test('metadata in JSON-LD wins over Open Graph; a page without any keeps its nulls', () => {
  const page = readWebPage(`<html><head>
    <meta property="og:title" content="Tiêu đề OG">
    <script type="application/ld+json">[{"@type":"NewsArticle","headline":"Tiêu đề JSON-LD","datePublished":"2025-01-02","publisher":{"name":"Báo A"}}]</script>
    <script type="application/ld+json">{ not json</script>
    </head><body><article><p>Sở Y tế tỉnh Hà Tĩnh ký kết hợp tác với Bệnh viện Bạch Mai về đào tạo.</p></article></body></html>`);
  assert.equal(page.frontMatter.title, 'Tiêu đề JSON-LD');
  assert.equal(page.frontMatter.publisher, 'Báo A');
  assert.equal(page.frontMatter.publishedAt, '2025-01-02');
  assert.equal(page.frontMatter.url, null);
  assert.match(page.warnings.join('\n'), /JSON-LD/);
  assert.match(page.blocks.map((b) => b.lines.join(' ')).join(' '), /Bạch Mai/);
});
