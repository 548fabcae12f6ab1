/** Query understanding, entity vocabulary, ranking and rendering of the search page, without a browser. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { EventSchema, type CooperationEvent } from '../../src/lib/schema.ts';
import {
  entityMatcher,
  parseQuery,
  pagefindTerms,
  withoutChip,
  narrowedQuery,
  hasEmptyChip,
  searchKey,
  namesakeOffers,
  nearerQueries,
} from '../../src/components/search/search-query.ts';
import { organisationKey } from '../../src/lib/organisation-key.ts';
import { organisationKeysOfEvents } from '../../src/lib/organisation-aliases.ts';
import {
  buildVocabulary,
  entityToken,
  entityTokens,
} from '../../src/site/search/search-vocabulary.ts';
import {
  firstThenRest,
  hasPhrase,
  rankByRelevance,
  relevance,
} from '../../src/components/search/search-rank.ts';
import {
  renderChips,
  renderFacets,
  renderResult,
} from '../../src/components/search/search-render.ts';

function event(id: string, over: Partial<CooperationEvent>): CooperationEvent {
  return EventSchema.parse({
    id: `e-${id.slice(1).padStart(16, '0')}`,
    slug: id,
    title: 'Sự kiện',
    summary: 'Tóm tắt.',
    type: 'agreement',
    date: { start: '2023-05-01', end: '2023-05-01', precision: 'day', yearInferred: false },
    provinces: [],
    countries: [],
    organisations: [],
    people: [],
    topics: [],
    sourceArticleIds: ['a-0000000000000001'],
    evidence: [],
    redirectsFrom: [],
    ...over,
  });
}
const events = [
  event('e1', {
    provinces: [{ name: 'Hà Tĩnh', code: '42', current: 'Hà Tĩnh' }],
    organisations: [{ name: 'Bệnh viện Bạch Mai', role: 'partner' }],
    people: [{ name: 'Đào Xuân Cơ', title: 'Giám đốc', organisation: null }],
  }),
  event('e2', {
    provinces: [{ name: 'Yên Bái', code: '15', current: 'Lào Cai' }],
    organisations: [
      { name: 'Bệnh viện Hữu nghị Việt Đức', role: 'partner' },
      { name: 'Tổ chức Y tế Thế giới (WHO)', role: 'partner' },
    ],
    type: 'technology-transfer',
  }),
  event('e3', {
    provinces: [{ name: 'Hồ Chí Minh', code: '79', current: 'Hồ Chí Minh' }],
    organisations: [{ name: 'Bệnh viện Chợ Rẫy', role: 'organiser' }],
    date: { start: '2024-01-08', end: '2024-01-08', precision: 'day', yearInferred: false },
  }),
  event('e4', {
    provinces: [
      { name: 'Thừa Thiên Huế', code: '46', current: 'Huế' },
      { name: 'Bà Rịa - Vũng Tàu', code: '77', current: 'Hồ Chí Minh' },
    ],
    countries: ['Nhật Bản'],
  }),
];
const vocabulary = buildVocabulary(events);
const matcher = entityMatcher(vocabulary);
const chipsOf = (q: string) =>
  parseQuery(q, matcher).chips.map((c) => `${c.entity.kind}:${c.entity.label}`);

test('a province in any spelling, with or without marks, đ or d, is one chip', () => {
  for (const q of ['ha tinh', 'Hà Tĩnh', 'HA TINH', 'tỉnh Hà Tĩnh', 'hatinh'])
    assert.deepEqual(chipsOf(q), ['province:Hà Tĩnh'], q);
  for (const q of [
    'tp hcm',
    'TP.HCM',
    'TPHCM',
    'hcm',
    'sài gòn',
    'sai gon',
    'Hồ Chí Minh',
    'thành phố Hồ Chí Minh',
    'TP. HCM',
  ])
    assert.deepEqual(chipsOf(q), ['province:Hồ Chí Minh'], q);
  for (const q of ['huế', 'hue', 'Thừa Thiên Huế', 'TT-Huế'])
    assert.deepEqual(chipsOf(q), ['province:Huế'], q);
  for (const q of ['brvt', 'BR-VT', 'ba ria vung tau'])
    assert.deepEqual(chipsOf(q), ['province:Bà Rịa - Vũng Tàu'], q);
  assert.deepEqual(chipsOf('da nang'), ['province:Đà Nẵng']);
  assert.deepEqual(chipsOf('Đắk Lắk'), chipsOf('dak lak'));
});

test('old and new names across the 2025 merger: a merged province is its own chip, the new one takes in its events', () => {
  assert.deepEqual(chipsOf('yen bai'), ['province:Yên Bái']);
  assert.deepEqual(chipsOf('lao cai'), ['province:Lào Cai']);
  const [yenBai] = parseQuery('yen bai', matcher).chips;
  const [laoCai] = parseQuery('lao cai', matcher).chips;
  // e2 is Yên Bái at its date and Lào Cai now: both chips find it.
  assert.ok(entityTokens(events[1]!).includes(yenBai!.entity.token));
  assert.ok(entityTokens(events[1]!).includes(laoCai!.entity.token));
  assert.ok(!entityTokens(events[0]!).includes(laoCai!.entity.token));
  assert.equal(laoCai!.entity.events, 1);
  // Bà Rịa - Vũng Tàu is in Hồ Chí Minh now.
  assert.ok(
    entityTokens(events[3]!).includes(parseQuery('tp hcm', matcher).chips[0]!.entity.token),
  );
});

test('institutions by their short names and abbreviations, people, countries, types and years', () => {
  assert.deepEqual(chipsOf('bach mai'), ['institution:Bệnh viện Bạch Mai']);
  assert.deepEqual(chipsOf('BV Chợ Rẫy'), ['institution:Bệnh viện Chợ Rẫy']);
  assert.deepEqual(chipsOf('viet duc'), ['institution:Bệnh viện Hữu nghị Việt Đức']);
  assert.deepEqual(chipsOf('WHO'), ['institution:Tổ chức Y tế Thế giới (WHO)']);
  assert.deepEqual(chipsOf('dao xuan co'), ['person:Đào Xuân Cơ']);
  assert.deepEqual(chipsOf('nhat ban'), ['country:Nhật Bản']);
  assert.deepEqual(chipsOf('ký kết'), ['type:Ký kết hợp tác']);
  assert.deepEqual(chipsOf('chuyen giao'), ['type:Chuyển giao kỹ thuật']);
  assert.deepEqual(chipsOf('bach mai 2023'), ['institution:Bệnh viện Bạch Mai', 'year:2023']);
  // A year no event has is text, not a chip.
  assert.deepEqual(chipsOf('1999'), []);
});

test('a country in any common spelling is its chip; the hospital named after it only an offer', () => {
  const japanese = [
    ...events,
    event('e5', { organisations: [{ name: 'Bệnh viện Hữu nghị Nhật Bản', role: 'partner' }] }),
    event('e6', { countries: ['Hoa Kỳ'] }),
    event('e7', { countries: ['Australia'] }),
    event('e8', { countries: ['Hàn Quốc'] }),
    event('e9', { countries: ['Pháp'] }),
  ];
  const m = entityMatcher(buildVocabulary(japanese));
  const chips = (q: string) =>
    parseQuery(q, m).chips.map((c) => `${c.entity.kind}:${c.entity.label}`);
  for (const q of ['Nhật Bản', 'nhat ban', 'Nhật', 'nhật', 'Japan'])
    assert.deepEqual(chips(q), ['country:Nhật Bản'], q);
  for (const q of ['Hoa Kỳ', 'hoa ky', 'Mỹ', 'USA'])
    assert.deepEqual(chips(q), ['country:Hoa Kỳ'], q);
  for (const q of ['Úc', 'Australia', 'Ô-xtrây-li-a'])
    assert.deepEqual(chips(q), ['country:Australia'], q);
  for (const q of ['Hàn Quốc', 'han quoc', 'Hàn'])
    assert.deepEqual(chips(q), ['country:Hàn Quốc'], q);
  // Marks typed are read: "nhất" is not Japan; a common word is a country only as a name.
  assert.deepEqual(chips('thống nhất'), []);
  assert.deepEqual(chips('pháp luật'), []);
  assert.deepEqual(chips('hợp tác với Pháp'), ['country:Pháp']);
  // The hospital's own name is its chip; the country's name offers it beside the country.
  assert.deepEqual(chips('Bệnh viện Hữu nghị Nhật Bản'), [
    'institution:Bệnh viện Hữu nghị Nhật Bản',
  ]);
  const parsed = parseQuery('Nhật Bản', m);
  assert.deepEqual(
    namesakeOffers(parsed, m).map((e) => e.label),
    ['Bệnh viện Hữu nghị Nhật Bản'],
  );
  assert.deepEqual(namesakeOffers(parseQuery('Thống Nhất', m), m), []);
});

test('a common word is not a country or a hospital: a phone’s first capital, a word typed without its marks, a specialty', () => {
  const m = entityMatcher(
    buildVocabulary([
      ...events,
      event('e5', { countries: ['Lào', 'Pháp', 'Nhật Bản'] }),
      event('e6', { organisations: [{ name: 'Bệnh viện Ung bướu', role: 'partner' }] }),
      event('e7', { organisations: [{ name: 'Bệnh viện Tâm thần', role: 'partner' }] }),
      event('e8', { organisations: [{ name: 'Bệnh viện Răng Hàm Mặt', role: 'partner' }] }),
      event('e9', { organisations: [{ name: 'Bệnh viện Ung Bướu', role: 'partner' }] }),
    ]),
  );
  const chips = (q: string) =>
    parseQuery(q, m).chips.map((c) => `${c.entity.kind}:${c.entity.label}`);
  // Tuberculosis ("lao") and law ("pháp luật"), whatever the keyboard capitalised.
  for (const q of ['Lao phổi', 'lao kháng thuốc', 'lao', 'Pháp luật y tế', 'phap'])
    assert.deepEqual(chips(q), [], q);
  // The countries, written as names.
  assert.deepEqual(chips('Lào'), ['country:Lào']);
  assert.deepEqual(chips('Pháp và Nhật'), ['country:Pháp', 'country:Nhật Bản']);
  // A specialty is every story of it, not the one hospital named after it; the full name still is.
  for (const q of [
    'ung bướu',
    'ung buou',
    'Ung Bướu',
    'điều trị ung bướu',
    'tâm thần',
    'răng hàm mặt',
  ])
    assert.ok(!chips(q).some((c) => c.startsWith('institution:')), q);
  assert.deepEqual(chips('Bệnh viện Ung bướu'), ['institution:Bệnh viện Ung bướu']);
  assert.deepEqual(chips('Bạch Mai'), ['institution:Bệnh viện Bạch Mai']);
});

test('an institution’s short name that two institutions bear is one’s chip and the other’s offer', () => {
  const m = entityMatcher(
    buildVocabulary([
      ...events,
      event('e6', { organisations: [{ name: 'Bệnh viện Hùng Vương', role: 'partner' }] }),
      event('e7', { organisations: [{ name: 'Bệnh viện Hùng Vương', role: 'partner' }] }),
      event('e8', { organisations: [{ name: 'Bệnh viện Đa khoa Hùng Vương', role: 'partner' }] }),
    ]),
  );
  const parsed = parseQuery('Hùng Vương', m);
  assert.deepEqual(
    parsed.chips.map((c) => c.entity.label),
    ['Bệnh viện Hùng Vương'],
  );
  assert.deepEqual(
    namesakeOffers(parsed, m).map((e) => e.label),
    ['Bệnh viện Đa khoa Hùng Vương'],
  );
});

test('"Bệnh viện Việt Đức" and "Bệnh viện Hữu nghị Việt Đức" are one institution: one chip, nothing to offer beside it', () => {
  const m = entityMatcher(
    buildVocabulary([
      ...events,
      // e2 names Bệnh viện Hữu nghị Việt Đức once.
      event('e6', { organisations: [{ name: 'Bệnh viện Việt Đức', role: 'partner' }] }),
      event('e7', { organisations: [{ name: 'Bệnh viện Việt Đức', role: 'partner' }] }),
    ]),
  );
  const parsed = parseQuery('Việt Đức', m);
  assert.deepEqual(
    parsed.chips.map((c) => [c.entity.label, c.entity.events]),
    [['Bệnh viện Việt Đức', 3]],
  );
  assert.deepEqual(namesakeOffers(parsed, m), []);
});

test('an institution is one entity under every spelling, as its /to-chuc/ page groups them', () => {
  const who = [
    event('w1', { organisations: [{ name: 'Tổ chức Y tế Thế giới (WHO)', role: 'partner' }] }),
    event('w2', { organisations: [{ name: 'WHO', role: 'partner' }] }),
    event('w3', { organisations: [{ name: 'Tổ chức Y tế thế giới', role: 'partner' }] }),
    event('w4', { organisations: [{ name: 'Tổ chức Y tế Thế giới (WHO)', role: 'partner' }] }),
  ];
  const m = entityMatcher(buildVocabulary(who));
  for (const q of ['WHO', 'who', 'Tổ chức Y tế Thế giới', 'to chuc y te the gioi']) {
    const chips = parseQuery(q, m).chips;
    assert.equal(chips.length, 1, q);
    assert.equal(chips[0]!.entity.label, 'Tổ chức Y tế Thế giới (WHO)', q);
    assert.equal(chips[0]!.entity.events, 4, q);
  }
  // The index holds one institution token for all four events.
  const institutionTokens = who.flatMap((e) => entityTokens(e)).filter((t) => t.startsWith('zqo'));
  assert.deepEqual(
    [...new Set(institutionTokens)],
    [entityToken('institution', organisationKey('WHO'))],
  );
});

test('a query that finds nothing offers the nearest: without the year, without the words, the words without a chip', () => {
  const parsed = parseQuery('chuyển giao kỹ thuật 2023 ghép', matcher);
  assert.deepEqual(
    parsed.chips.map((c) => c.entity.kind),
    ['type', 'year'],
  );
  assert.deepEqual(nearerQueries(parsed), [
    'chuyển giao kỹ thuật ghép',
    '2023 ghép',
    'chuyển giao kỹ thuật 2023',
    '"chuyển giao kỹ thuật" 2023 ghép',
    'chuyển giao kỹ thuật "2023" ghép',
  ]);
});

test('the rest of the query is text; quoted words are never a chip', () => {
  const parsed = parseQuery('ha tinh ghép thận', matcher);
  assert.deepEqual(parsed.words, ['ghep', 'than']);
  // Pagefind gets the marks typed (it ranks them first) and `đ` as `d`, as the index holds it.
  assert.equal(pagefindTerms(parsed), `${parsed.chips[0]!.entity.token} ghép thận`);
  assert.equal(pagefindTerms(parseQuery('Điều trị', matcher)), 'diều trị');
  const quoted = parseQuery('"ha tinh" bach mai', matcher);
  assert.deepEqual(quoted.phrases, [['ha', 'tinh']]);
  assert.deepEqual(
    quoted.chips.map((c) => c.entity.label),
    ['Bệnh viện Bạch Mai'],
  );
  // "ha" and "tinh" alone are words, not Hà Tĩnh.
  assert.deepEqual(chipsOf('tinh'), []);
});

test('removing a chip leaves the rest of the query as typed; a count narrows by adding its name', () => {
  const parsed = parseQuery('TP.HCM ghép thận 2024', matcher);
  assert.equal(withoutChip(parsed, parsed.chips[0]!), 'ghép thận 2024');
  assert.equal(withoutChip(parsed, parsed.chips[1]!), 'TP.HCM ghép thận');
  assert.equal(narrowedQuery('bach mai', 'Hà Tĩnh'), 'bach mai Hà Tĩnh');
  assert.deepEqual(chipsOf(narrowedQuery('bach mai', 'Ký kết hợp tác')), [
    'institution:Bệnh viện Bạch Mai',
    'type:Ký kết hợp tác',
  ]);
});

test('a province without events is an empty chip, not words searched anyhow', () => {
  const parsed = parseQuery('ca mau', matcher);
  assert.deepEqual(
    parsed.chips.map((c) => c.entity.label),
    ['Cà Mau'],
  );
  assert.ok(hasEmptyChip(parsed));
  assert.ok(!hasEmptyChip(parseQuery('ha tinh', matcher)));
});

test('tokens: letters only, one length, distinct per entity, the same for both tone styles', () => {
  const tokens = vocabulary.entities.map((e) => e[2]);
  for (const t of tokens) assert.match(t, /^zq[a-z]{8}$/);
  assert.equal(new Set(tokens).size, tokens.length);
  assert.equal(entityToken('province', 'Khánh Hoà'), entityToken('province', 'Khánh Hòa'));
  assert.notEqual(entityToken('province', 'Hà Nam'), entityToken('province', 'Hà Nội'));
});

test('the vocabulary is small: every province, and only the names events use', () => {
  const kinds = new Map<string, number>();
  for (const [kind] of vocabulary.entities) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  assert.ok(kinds.get('province')! >= 63, `${kinds.get('province')} provinces`);
  assert.equal(kinds.get('institution'), 4);
  assert.ok(
    JSON.stringify(vocabulary).length < 20_000,
    `${JSON.stringify(vocabulary).length} bytes`,
  );
  assert.equal(searchKey('TP.HCM'), 'tp hcm');
});

test('relevance: a phrase in the title or places outranks the words apart, and says why', () => {
  const parsed = parseQuery('ha tinh ghep than', matcher);
  const inTitle = relevance(
    { title: 'Ca ghép thận đầu tiên ở Hà Tĩnh', places: 'Hà Tĩnh' },
    parsed,
  );
  const inSummary = relevance(
    { title: 'Hợp tác', places: 'Hà Tĩnh', summary: 'Bệnh viện ghép được thận.' },
    parsed,
  );
  const elsewhere = relevance(
    { title: 'Hợp tác', places: 'Hà Tĩnh', summary: 'Khám bệnh.' },
    parsed,
  );
  assert.deepEqual([inTitle.tier, inSummary.tier, elsewhere.tier], [3, 1, 0]);
  assert.deepEqual(inTitle.reasons, ['Tỉnh: Hà Tĩnh', 'cụm từ trong tiêu đề']);
  assert.deepEqual(elsewhere.reasons, ['Tỉnh: Hà Tĩnh', 'từ khóa trong nội dung bài']);
  const merged = relevance({ places: 'Yên Bái (nay Lào Cai)' }, parseQuery('lao cai', matcher));
  assert.deepEqual(merged.reasons, ['Tỉnh: Yên Bái (nay Lào Cai)']);
  assert.ok(hasPhrase('Bệnh viện Bạch Mai', ['bach', 'mai']));
  assert.ok(!hasPhrase('Bạch tuộc, Mai', ['bach', 'mai']));
  assert.deepEqual(
    rankByRelevance(['a', 'b', 'c', 'd'], (x) => ({ a: 0, b: 2, c: 0, d: 2 })[x]!),
    ['b', 'd', 'a', 'c'],
  );
  assert.deepEqual(firstThenRest(['x', 'c', 'a'], ['a', 'b', 'c']), ['c', 'a', 'b']);
});

test('rendering: chips with a removing link, results with marks and reasons, counts as links; text stays text', () => {
  const { document } = parseHTML('<html><body></body></html>');
  const [chip] = renderChips(document, [
    { kind: 'province', label: 'Hà Tĩnh', removeHref: '/tim-kiem/?q=ghep', events: 3 },
  ]);
  assert.equal(chip!.querySelector('span')!.textContent, 'Tỉnh: Hà Tĩnh');
  assert.equal(chip!.querySelector('a')!.getAttribute('href'), '/tim-kiem/?q=ghep');
  assert.equal(chip!.querySelector('a')!.getAttribute('aria-label'), 'Bỏ Hà Tĩnh');
  const item = renderResult(
    document,
    {
      url: '/su-kien/x/',
      meta: { title: '<b>Ghép</b> thận ở Đà Nẵng', date: '2023', places: 'Đà Nẵng' },
      reasons: ['Tỉnh: Đà Nẵng'],
    },
    'ghep than',
  );
  assert.deepEqual(
    [...item.querySelectorAll('a mark')].map((m) => m.textContent),
    ['Ghép', 'thận'],
  );
  assert.equal(item.querySelector('a')!.querySelectorAll('b').length, 0);
  assert.equal(item.querySelector('.why')!.textContent, 'Khớp: Tỉnh: Đà Nẵng');
  const [facet] = renderFacets(document, [
    { heading: 'Theo năm', values: [['2023', 4, '/tim-kiem/?q=2023']] },
    { heading: 'Theo loại', values: [] },
  ]);
  assert.equal(facet!.querySelector('h2')!.textContent, 'Theo năm');
  assert.equal(facet!.querySelector('a')!.getAttribute('href'), '/tim-kiem/?q=2023');
  assert.equal(facet!.querySelector('.count')!.textContent, '4');
});

test('an abbreviation one event brackets is the institution in every event: one chip, one index token', () => {
  const taught = [
    event('h1', { organisations: [{ name: 'Bệnh viện Hoàn Hảo (HHH)', role: 'partner' }] }),
    event('h2', { organisations: [{ name: 'BV HHH', role: 'partner' }] }),
    event('h3', { organisations: [{ name: 'Bệnh viện Hoàn Hảo', role: 'partner' }] }),
  ];
  const m = entityMatcher(buildVocabulary(taught));
  for (const q of ['HHH', 'Bệnh viện Hoàn Hảo']) {
    const chips = parseQuery(q, m).chips;
    assert.deepEqual(
      chips.map((c) => [c.entity.kind, c.entity.events]),
      [['institution', 3]],
      q,
    );
  }
  const keyOf = organisationKeysOfEvents(taught);
  const tokens = taught
    .flatMap((e) => entityTokens(e, [], keyOf))
    .filter((t) => t.startsWith('zqo'));
  assert.equal(new Set(tokens).size, 1);
});
