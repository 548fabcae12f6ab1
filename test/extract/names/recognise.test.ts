import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctNames, type NameMention } from '../../../src/extract/names/recognise.ts';
import type { NameKind } from '../../../src/extract/names/tags.ts';

const mention = (kind: NameKind, text: string): NameMention => ({
  kind,
  text,
  sentence: 0,
  start: 0,
  end: text.length,
});

test('a province or a country written inside an institution name is a name of its own', () => {
  const names = distinctNames([
    mention('ORG', 'Sở Y tế tỉnh Lào Cai'),
    mention('ORG', 'Cơ quan Hợp tác quốc tế Nhật Bản'),
    mention('ORG', 'Đại sứ quán Mỹ'),
  ]);
  assert.deepEqual([...names.PROV], ['Lào Cai']);
  assert.deepEqual([...names.COUNTRY], ['Nhật Bản', 'Mỹ']);
});

test('a short country name after a capitalised syllable is part of a name, not a country (Việt Đức, Thẩm Mỹ)', () => {
  const names = distinctNames([
    mention('ORG', 'Bệnh viện Hữu nghị Việt Đức'),
    mention('ORG', 'Bệnh viện Thẩm Mỹ Hàn Quốc'),
  ]);
  assert.deepEqual([...names.COUNTRY], ['Hàn Quốc']);
});

test('a person named in full and later by the end of the name is listed once, in full', () => {
  const names = distinctNames([
    mention('PER', 'Nguyễn Thị Kim Tiến'),
    mention('PER', 'Tiến'),
    mention('PER', 'Kim Tiến'),
    mention('PER', 'Lan'),
  ]);
  assert.deepEqual([...names.PER], ['Nguyễn Thị Kim Tiến', 'Lan']);
});

test('a foreigner named in full and later by the given name alone is listed once, in full', () => {
  const names = distinctNames([
    mention('PER', 'Helen Carter'),
    mention('PER', 'Helen'),
    mention('PER', 'Carter'),
    mention('PER', 'Helen Mirren Carter'),
  ]);
  assert.deepEqual([...names.PER], ['Helen Carter', 'Helen Mirren Carter']);
});
