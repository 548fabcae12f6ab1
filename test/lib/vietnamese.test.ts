import { test } from 'node:test';
import assert from 'node:assert/strict';
import { piecedTexts } from '../helpers.ts';
import {
  fold,
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

test('one fold: marks and đ gone for matching, kept for what the reader typed, đ alone folded for the index', () => {
  // Matching anyhow-typed words (extractor, query keys, permalinks, highlights): hoà = hòa = hoa, Đà = da.
  assert.equal(fold('Hoà Bình'), 'hoa binh');
  assert.equal(fold('Hòa Bình'), fold('HOA BINH'));
  assert.equal(fold('Đà Nẵng'), 'da nang');
  // Char for char on NFC text, so highlight positions carry over.
  const text = 'Bệnh viện Đa khoa tỉnh Thừa Thiên Huế';
  assert.equal(fold(text).length, text.length);
  // What the reader typed: marks kept with their placement normalised, đ kept apart from d.
  assert.equal(fold('Hoà', { keepMarks: true }), fold('hòa', { keepMarks: true }));
  assert.notEqual(fold('Nhật', { keepMarks: true }), fold('nhất', { keepMarks: true }));
  assert.notEqual(fold('đức', { keepMarks: true }), fold('dức', { keepMarks: true }));
  // The search index: marks kept for Pagefind to rank, đ as d because Pagefind cannot fold it.
  assert.equal(fold('Đà Nẵng', { keepMarks: true, keepD: false }), 'dà nẵng');
  // NFD input folds as NFC does.
  assert.equal(fold('Nhật'.normalize('NFD'), { keepMarks: true }), 'nhật');
  assert.equal(foldVietnamese('  Đắk   Lắk '), 'dak lak');
});

test('folding without marks gives what decomposing (NFD) and deleting the marks of U+0300–U+036F gives, on every character', () => {
  const byDefinition = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[đð]/g, 'd');
  // Each character alone, after a letter with marks and before marks of two blocks that NFD puts in order.
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    for (const text of [c, `ệ${c}\u0301`, `a${c}\u0592\u0323`])
      assert.equal(fold(text), byDefinition(text), `U+${code.toString(16)}`);
  }
  const pieces = [
    'Bệnh',
    'VIỆN',
    'Đà',
    'hoà',
    'e\u0301',
    '\u0323',
    '\u0483',
    '\u0592',
    '한',
    '😀',
    '\ufeff',
    ' ',
    '\n',
    '8.000',
    'ǅ',
    'ΣΑΣ',
  ];
  for (const text of piecedTexts(pieces, 18, 8))
    assert.equal(fold(text), byDefinition(text), JSON.stringify(text));
});
