import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeName } from '../../src/lib/place-names.ts';
import { provincePath } from '../../src/site/paths.ts';

test('both tone styles show as the new style: Hoà Bình beside Khánh Hòa reads Hòa twice', () => {
  assert.equal(placeName('Hoà Bình'), 'Hòa Bình');
  assert.equal(placeName('Khánh Hòa'), 'Khánh Hòa');
  assert.equal(placeName('Thanh Hoá'), 'Thanh Hóa');
  assert.equal(placeName('Hoà Bình'.normalize('NFD')), 'Hòa Bình');
});

test('names without a moving mark are unchanged, and the page address does not depend on the style', () => {
  for (const name of ['Lào Cai', 'Quảng Ninh', 'Huế', 'Đắk Lắk', 'Bà Rịa - Vũng Tàu'])
    assert.equal(placeName(name), name);
  assert.equal(provincePath(placeName('Hoà Bình')), provincePath('Hoà Bình'));
});
