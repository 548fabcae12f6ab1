/** An event page's structured data: its permanent address, a credible date only, the sources as NewsArticles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventJsonLd, jsonLdText } from '../../src/site/event-json-ld.ts';
import type { Article, CooperationEvent } from '../../src/lib/schema.ts';

const SITE = new URL('https://hoptac.example.org');

/** An event written for this test. */
const EVENT: CooperationEvent = {
  id: 'e-00000000000000aa',
  slug: 'ky-ket-hop-tac-000000aa',
  title: 'Ký kết hợp tác </script> y tế',
  summary: 'Hai bên ký biên bản ghi nhớ.',
  type: 'agreement',
  date: { start: '2024-10-12', end: '2024-10-13', precision: 'day', yearInferred: false },
  provinces: [{ name: 'Yên Bái', code: '15', current: 'Lào Cai' }],
  countries: [],
  organisations: [
    { name: 'Sở Y tế Yên Bái', role: 'organiser' },
    { name: 'Bệnh viện Bạch Mai', role: 'partner' },
  ],
  people: [],
  topics: [],
  sourceArticleIds: ['a-00000000000000aa', 'a-00000000000000bb'],
  evidence: [],
  redirectsFrom: [],
};

const article = (over: Partial<Article>): Article => ({
  id: 'a-00000000000000aa',
  file: 'bai.md',
  title: null,
  publisher: null,
  url: null,
  publishedAt: null,
  status: 'event',
  reason: null,
  eventIds: [EVENT.id],
  warnings: [],
  ...over,
});

test('the Event names its permanent address, dates, places as they were and are, organisers and sources', () => {
  const data = eventJsonLd(
    EVENT,
    [
      article({
        title: 'Yên Bái ký kết',
        publisher: 'Báo Yên Bái',
        url: 'https://example.org/a',
        publishedAt: '2024-10-14',
      }),
      article({ id: 'a-00000000000000bb', file: 'khong-tieu-de.txt' }),
    ],
    SITE,
  );
  assert.equal(data.url, 'https://hoptac.example.org/su-kien/ky-ket-hop-tac-000000aa/');
  assert.equal(data.startDate, '2024-10-12');
  assert.equal(data.endDate, '2024-10-13');
  assert.deepEqual(data.location, [
    {
      '@type': 'Place',
      name: 'Yên Bái',
      address: { '@type': 'PostalAddress', addressRegion: 'Lào Cai', addressCountry: 'VN' },
    },
  ]);
  assert.deepEqual(data.organizer, [{ '@type': 'Organization', name: 'Sở Y tế Yên Bái' }]);
  const [first, second] = data.subjectOf as Array<Record<string, unknown>>;
  assert.deepEqual(JSON.parse(JSON.stringify(first)), {
    '@type': 'NewsArticle',
    headline: 'Yên Bái ký kết',
    url: 'https://example.org/a',
    publisher: { '@type': 'Organization', name: 'Báo Yên Bái' },
    datePublished: '2024-10-14',
  });
  assert.deepEqual(JSON.parse(JSON.stringify(second)), { '@type': 'NewsArticle' });
});

test('a date after the build year and a day without a year give no date at all', () => {
  for (const date of [
    { start: '2999-01-02', end: '2999-01-02', precision: 'day' as const, yearInferred: false },
    { start: '--10-12', end: '--10-12', precision: 'day' as const, yearInferred: false },
  ]) {
    const data = eventJsonLd({ ...EVENT, date }, [], SITE);
    assert.equal('startDate' in data, false, date.start);
    assert.equal('endDate' in data, false, date.start);
  }
});

test('the JSON cannot close its <script> tag, and reads back as the same data', () => {
  const data = eventJsonLd(EVENT, [], SITE);
  const text = jsonLdText(data);
  assert.doesNotMatch(text, /<\/script/i);
  assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(data)));
});
