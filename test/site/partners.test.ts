import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventParties, partnerPairs, partnersIn, type Party } from '../../src/site/partners.ts';
import { organisationKey } from '../../src/lib/organisation-key.ts';
import { organisationKeysOfEvents } from '../../src/lib/organisation-aliases.ts';
import type { CooperationEvent } from '../../src/lib/schema.ts';

const institution = (name: string): Party => ({
  kind: 'institution',
  name,
  path: `/to-chuc/${name.toLowerCase().replace(/\s+/g, '-')}/`,
});
const country = (name: string): Party => ({ kind: 'country', name, path: `/tim-kiem/?q=${name}` });
const BACH_MAI = institution('Bạch Mai');
const SO_Y_TE = institution('Sở Y tế Hà Tĩnh');
const CHO_RAY = institution('Chợ Rẫy');
const JAPAN = country('Nhật Bản');

/** Events newest first, as the archive gives them, each with its parties. */
const events: Array<[CooperationEvent, Party[]]> = [
  [event('e3', '2024-05-03'), [BACH_MAI, SO_Y_TE, JAPAN]],
  [event('e2', '2023'), [SO_Y_TE, BACH_MAI]],
  [event('e1', '2021-01-15'), [CHO_RAY, JAPAN]],
  [event('e0', null), [BACH_MAI, CHO_RAY]],
];
function event(id: string, start: string | null): CooperationEvent {
  return {
    id,
    date: { start, end: start, precision: start ? 'day' : null, yearInferred: false },
  } as CooperationEvent;
}
const partiesOf = (e: CooperationEvent) => events.find(([x]) => x === e)![1];
const list = events.map(([e]) => e);

test('every pair an event names together is one pair, with its events newest first and counted', () => {
  const pairs = partnerPairs(list, partiesOf);
  const shape = pairs.map((p) => [p.a.name, p.b.name, p.count, p.events, p.latest]);
  assert.deepEqual(shape, [
    // Two events together: first; then one event each, the newest first.
    ['Bạch Mai', 'Sở Y tế Hà Tĩnh', 2, ['e3', 'e2'], '2024-05-03'],
    ['Bạch Mai', 'Nhật Bản', 1, ['e3'], '2024-05-03'],
    ['Sở Y tế Hà Tĩnh', 'Nhật Bản', 1, ['e3'], '2024-05-03'],
    ['Chợ Rẫy', 'Nhật Bản', 1, ['e1'], '2021-01-15'],
    ['Bạch Mai', 'Chợ Rẫy', 1, ['e0'], null],
  ]);
});

test('a pair is the same whichever order the event names its parties; an institution comes before a country', () => {
  const pairs = partnerPairs(list, partiesOf);
  const bachMaiSoYTe = pairs.filter(
    (p) =>
      new Set([p.a.name, p.b.name]).size === 2 &&
      [p.a, p.b].includes(SO_Y_TE) &&
      [p.a, p.b].includes(BACH_MAI),
  );
  assert.equal(bachMaiSoYTe.length, 1, 'e3 names Bạch Mai first, e2 Sở Y tế first: one pair');
  for (const p of pairs) if (p.a.kind === 'country') assert.equal(p.b.kind, 'country');
});

test('an institution’s partners leave the institution out, newest first, with the events shared', () => {
  const partners = partnersIn(
    list.filter((e) => partiesOf(e).includes(BACH_MAI)),
    partiesOf,
    BACH_MAI,
  );
  assert.deepEqual(
    partners.map((p) => [p.party.name, p.events, p.latest]),
    [
      ['Sở Y tế Hà Tĩnh', ['e3', 'e2'], '2024-05-03'],
      ['Nhật Bản', ['e3'], '2024-05-03'],
      ['Chợ Rẫy', ['e0'], null],
    ],
  );
});

test('a province’s partners are every party of its events', () => {
  const partners = partnersIn([list[2]!, list[3]!], partiesOf);
  assert.deepEqual(
    partners.map((p) => [p.party.name, p.events.length]),
    [
      ['Chợ Rẫy', 2],
      ['Nhật Bản', 1],
      ['Bạch Mai', 1],
    ],
  );
});

test('an event’s parties: one per institution page however its name is written, then each country', () => {
  const e = {
    id: 'e9',
    organisations: [
      { name: 'Sở Y tế TP HCM', role: 'organiser' },
      { name: 'Sở Y tế TP.HCM', role: 'partner' },
      { name: 'Bệnh viện Chợ Rẫy', role: 'partner' },
    ],
    countries: ['Nhật Bản', 'Hoa Kỳ'],
    date: { start: null, end: null, precision: null, yearInferred: false },
  } as CooperationEvent;
  const pages = new Map([
    [organisationKey('Sở Y tế TP HCM'), { name: 'Sở Y tế TP HCM', slug: 'so-y-te-tp-hcm' }],
    [organisationKey('Bệnh viện Chợ Rẫy'), { name: 'Bệnh viện Chợ Rẫy', slug: 'cho-ray' }],
  ]);
  assert.equal(organisationKey('Sở Y tế TP HCM'), organisationKey('Sở Y tế TP.HCM'));
  const parties = eventParties([e], pages, organisationKey)(e);
  assert.deepEqual(
    parties.map((p) => [p.kind, p.name, p.path]),
    [
      ['institution', 'Sở Y tế TP HCM', '/to-chuc/so-y-te-tp-hcm/'],
      ['institution', 'Bệnh viện Chợ Rẫy', '/to-chuc/cho-ray/'],
      ['country', 'Nhật Bản', '/tim-kiem/?q=Nh%E1%BA%ADt%20B%E1%BA%A3n'],
      ['country', 'Hoa Kỳ', '/tim-kiem/?q=Hoa%20K%E1%BB%B3'],
    ],
  );
  assert.equal(
    partnerPairs([e], eventParties([e], pages, organisationKey)).length,
    6,
    'four parties make six pairs',
  );
});

test('an event naming an institution by the abbreviation another event brackets has that institution as its party', () => {
  const dated = { start: null, end: null, precision: null, yearInferred: false };
  const full = {
    id: 'f1',
    organisations: [{ name: 'Bệnh viện Hoàn Hảo (HHH)', role: 'partner' }],
    countries: ['Pháp'],
    date: dated,
  } as CooperationEvent;
  const short = {
    id: 'f2',
    organisations: [{ name: 'BV HHH', role: 'partner' }],
    countries: ['Pháp'],
    date: dated,
  } as CooperationEvent;
  const keyOf = organisationKeysOfEvents([full, short]);
  const pages = new Map([
    [keyOf('Bệnh viện Hoàn Hảo (HHH)'), { name: 'Bệnh viện Hoàn Hảo (HHH)', slug: 'hoan-hao' }],
  ]);
  const partiesOf = eventParties([full, short], pages, keyOf);
  assert.deepEqual(partiesOf(short), partiesOf(full));
  const pairs = partnerPairs([full, short], partiesOf);
  assert.deepEqual(
    pairs.map((p) => [p.a.name, p.b.name, p.count]),
    [['Bệnh viện Hoàn Hảo (HHH)', 'Pháp', 2]],
  );
});
