import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticleBytes } from '../../../src/extract/read/read.ts';

const text = 'Sở Y tế tỉnh Lào Cai';
const decoded = (bytes: Uint8Array) => {
  const r = decodeArticleBytes(bytes);
  assert.ok(r.ok, 'expected text');
  return r.text;
};

test('UTF-8 with and without BOM', () => {
  assert.equal(decoded(Buffer.from(text, 'utf8')), text);
  assert.equal(
    decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
    text,
  );
});

test('UTF-16 little and big endian with BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(decoded(le), text);
  assert.equal(decoded(be), text);
});

test('the legacy code page Windows-1258 is read when the bytes are not UTF-8', () => {
  // Windows-1258 writes ê as one byte (0xEA) and the dot below as a combining mark (0xF2): "Bệnh viện".
  const bytes = Buffer.from([
    0x42, 0xea, 0xf2, 0x6e, 0x68, 0x20, 0x76, 0x69, 0xea, 0xf2, 0x6e, 0x20, 0x42, 0x61, 0xf2, 0x63,
    0x68, 0x20, 0x4d, 0x61, 0x69,
  ]);
  const r = decodeArticleBytes(bytes);
  assert.ok(r.ok);
  assert.equal(r.encoding, 'windows-1258');
  assert.equal(r.text.normalize('NFC'), 'Bệnh viện Bạch Mai');
});

test('a PNG is unreadable and a .docx is unsupported, each saying what it is', () => {
  const png = decodeArticleBytes(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  );
  assert.deepEqual([png.ok, !png.ok && png.reason], [false, 'unreadable']);
  const docx = decodeArticleBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
  assert.ok(!docx.ok && docx.reason === 'unsupported' && /ZIP/.test(docx.detail));
});
