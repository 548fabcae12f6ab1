/**
 * The correction an event page offers staff: saved as it is (with a reason) under a corrections folder, it
 * is read back by the extraction's own corrections parser as the event's current values; each field sits on
 * one line, so deleting the lines that are right leaves a valid correction of the rest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CorrectionError,
  loadCorrections,
  type Corrections,
} from '../../src/extract/pipeline/corrections.ts';
import { eventCorrectionYaml, OFFERED_FIELDS } from '../../src/site/correction-yaml.ts';
import type { CooperationEvent } from '../../src/lib/schema.ts';
import { BUILD_YEAR } from '../../src/site/display-dates.ts';
import { tempDir } from '../helpers.ts';

/** An event written for this test, with the values YAML is easiest to get wrong. */
const EVENT: CooperationEvent = {
  id: 'e-0123456789abcdef',
  slug: 'so-y-te-ha-tinh-ky-ket-0123abcd',
  title: 'Sở Y tế Hà Tĩnh: ký kết hợp tác với Bệnh viện Bạch Mai, giai đoạn 2025 - 2030',
  summary: 'Sáng 12/10, hai bên ký biên bản ghi nhớ #1 về "đào tạo" và chuyển giao kỹ thuật.\nHết.',
  type: 'agreement',
  date: { start: '--10-12', end: '--10-12', precision: 'day', yearInferred: true },
  provinces: [
    { name: 'Hà Tĩnh', code: '42', current: 'Hà Tĩnh' },
    { name: 'Yên Bái', code: '15', current: 'Lào Cai' },
  ],
  countries: ['Nhật Bản'],
  organisations: [
    { name: 'Sở Y tế Hà Tĩnh', role: 'organiser' },
    { name: 'Bệnh viện Bạch Mai (Hà Nội)', role: 'partner' },
    { name: 'null', role: 'participant' },
  ],
  people: [
    {
      name: 'Nguyễn Văn An',
      title: 'Giám đốc Sở Y tế, Trưởng đoàn',
      organisation: 'Sở Y tế Hà Tĩnh',
    },
    { name: "Jean-Luc O'Neil", title: null, organisation: null },
  ],
  topics: ['tim mạch', '2025', 'true'],
  sourceArticleIds: ['a-0123456789abcdef'],
  evidence: [{ field: 'date', text: 'Sáng 12/10, hai bên ký biên bản.' }],
  redirectsFrom: [],
};

function load(yaml: string): Corrections {
  const dir = tempDir('hoptac-corrections-');
  writeFileSync(join(dir, 'offered.yaml'), yaml);
  return loadCorrections(dir);
}

test('the offered correction, saved with a reason, reads back as the event by its slug with its current values', () => {
  const { events, articles } = load(eventCorrectionYaml(EVENT, 'Thông cáo của Sở Y tế'));
  assert.equal(articles.length, 0);
  assert.equal(events.length, 1);
  const [c] = events;
  assert.equal(c!.event, EVENT.slug);
  assert.equal(c!.reason, 'Thông cáo của Sở Y tế');
  assert.deepEqual(Object.keys(c!.set).sort(), [...OFFERED_FIELDS].sort());
  for (const field of OFFERED_FIELDS) assert.deepEqual(c!.set[field], EVENT[field], field);
});

test('deleting the lines that are right leaves a correction of the others; an edited line is read as edited', () => {
  const lines = eventCorrectionYaml(EVENT, 'Biên bản ghi ngày 13/10').split('\n');
  const kept = lines
    .filter((l) => !/^ {4}\w+:/.test(l) || /^ {4}(type|date):/.test(l))
    .map((l) => l.replace(/^( {4}type:) .*/, '$1 training'))
    .map((l) => l.replace(/--10-12/g, '2025-10-13'));
  const [c] = load(kept.join('\n')).events;
  assert.deepEqual(c!.set, {
    type: 'training',
    date: { start: '2025-10-13', end: '2025-10-13', precision: 'day', yearInferred: true },
  });
});

test('saved without a reason, the offered correction stops the run with the file and the entry named', () => {
  assert.throws(
    () => load(eventCorrectionYaml(EVENT)),
    (error: Error) =>
      error instanceof CorrectionError &&
      /offered\.yaml: entry 1 \(event: so-y-te-ha-tinh-ky-ket-0123abcd\): reason/.test(
        error.message,
      ),
  );
});

test('each offered field is on one line, and the comments are Vietnamese', () => {
  const yaml = eventCorrectionYaml(EVENT);
  const fieldLines = yaml.split('\n').filter((l) => /^ {4}\w+:/.test(l));
  assert.deepEqual(
    fieldLines.map((l) => l.trim().split(':')[0]),
    [...OFFERED_FIELDS],
  );
  assert.match(yaml, /^# Hiệu đính sự kiện \/su-kien\/so-y-te-ha-tinh-ky-ket-0123abcd\//);
  assert.match(yaml, /xoá các dòng đúng/);
});

test('a date after the build year is offered as the page shows it, unknown, for staff to fill in', () => {
  const future = `${BUILD_YEAR + 3}-05-01`;
  const yaml = eventCorrectionYaml(
    { ...EVENT, date: { start: future, end: future, precision: 'day', yearInferred: false } },
    'Ngày ghi trong thông cáo',
  );
  assert.ok(!yaml.includes(String(BUILD_YEAR + 3)));
  const [c] = load(yaml).events;
  assert.deepEqual(c!.set.date, { start: null, end: null, precision: null, yearInferred: false });
});
