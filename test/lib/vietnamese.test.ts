import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  asciiSlug,
  foldVietnamese,
  normaliseToneMarks,
  toneKey,
} from '../../src/lib/vietnamese.ts';

test('folding removes marks and turns đ into d, which Unicode decomposition does not', () => {
  assert.equal(foldVietnamese('Đào Xuân Cơ'), 'dao xuan co');
  assert.equal(foldVietnamese('Đà Nẵng'), 'da nang');
  assert.equal(foldVietnamese('thủy tinh thể'), 'thuy tinh the');
});

test('NFD and NFC input fold to the same key', () => {
  assert.equal(foldVietnamese('Lào Cai'.normalize('NFD')), foldVietnamese('Lào Cai'));
});

test('both tone-mark styles give one key (hoà = hòa, thuỷ = thủy) without touching closed syllables or qu', () => {
  assert.equal(normaliseToneMarks('Hoà Bình'), 'Hòa Bình');
  assert.equal(normaliseToneMarks('Khánh Hoà'), 'Khánh Hòa');
  assert.equal(normaliseToneMarks('thuỷ tinh thể'), 'thủy tinh thể');
  assert.equal(normaliseToneMarks('HOÀ'), 'HÒA');
  assert.equal(normaliseToneMarks('hoàn thành'), 'hoàn thành');
  assert.equal(normaliseToneMarks('quý'), 'quý');
  assert.equal(toneKey('Thanh Hoá'), toneKey('Thanh Hóa'));
});

test('slugs are ASCII words', () => {
  assert.equal(
    asciiSlug('Đoàn công tác của Bộ Y tế làm việc với UBND tỉnh Lai Châu', 6),
    'doan-cong-tac-cua-bo-y',
  );
  assert.match(asciiSlug('Hội thảo: “Đổi mới” 2025!'), /^[a-z0-9-]+$/);
});
