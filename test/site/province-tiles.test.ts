import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROVINCE_TILES } from '../../src/site/province-tiles.ts';
import { CURRENT_PROVINCE_NAMES } from '../../src/lib/provinces.ts';

test('the tile map has one tile for each of the 34 current provinces, and no two share a square', () => {
  assert.equal(CURRENT_PROVINCE_NAMES.length, 34);
  assert.deepEqual(PROVINCE_TILES.map((t) => t.name).sort(), [...CURRENT_PROVINCE_NAMES].sort());
  assert.equal(new Set(PROVINCE_TILES.map((t) => `${t.col},${t.row}`)).size, 34);
});

test('tiles run north to south as the country does', () => {
  const row = (name: string) => PROVINCE_TILES.find((t) => t.name === name)!.row;
  assert.ok(
    row('Lào Cai') < row('Hà Nội') &&
      row('Hà Nội') < row('Thanh Hóa') &&
      row('Thanh Hóa') < row('Huế'),
  );
  assert.ok(
    row('Huế') < row('Đà Nẵng') &&
      row('Đà Nẵng') < row('Khánh Hòa') &&
      row('Khánh Hòa') < row('Hồ Chí Minh') &&
      row('Hồ Chí Minh') < row('Cà Mau'),
  );
});

test('a count axis has whole-number ticks only, however small the counts', async () => {
  const { countTicks } = await import('../../src/site/figures.ts');
  assert.deepEqual(countTicks(1), [0, 1]);
  assert.deepEqual(countTicks(2), [0, 1, 2]);
  assert.deepEqual(countTicks(10), [0, 5, 10]);
  assert.deepEqual(countTicks(37), [0, 10, 20, 30]);
  assert.deepEqual(countTicks(49), [0, 20, 40]);
  assert.deepEqual(countTicks(97), [0, 50]);
});
