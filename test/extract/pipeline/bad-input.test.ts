/**
 * Whatever a scraper hands over, every file gets a row in articles.json
 * (published, or rejected with the contract's reason) and the report says
 * what happened; nothing stops the run.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, runExtractCommand, tempDir } from '../../helpers.ts';
import type { Article } from '../../../src/lib/schema.ts';

const COOPERATION =
  'Ngày 12/10/2023, UBND tỉnh Hà Tĩnh và Bệnh viện Bạch Mai ký kết biên bản ghi nhớ hợp tác hỗ trợ y tế giai đoạn 2024 – 2030.\n\nBệnh viện Bạch Mai sẽ chuyển giao kỹ thuật và đào tạo cán bộ y tế cho tỉnh Hà Tĩnh, như đã làm với tỉnh Khánh Hòa.\n';
const OTHER =
  'Ngày 3/4/2024, Bệnh viện Chợ Rẫy tiếp nhận chuyển giao kỹ thuật ghép gan từ Bệnh viện Đại học Kyoto (Nhật Bản) theo thỏa thuận hợp tác giữa hai bệnh viện.\n';
const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};
// "Sở Y tế" and "Bệnh viện" in Windows-1258: base letters with combining tone marks (0xD2 hook, 0xF2 dot below).
const WINDOWS_1258_LEAD = Buffer.from([
  0x53, 0xd2, 0x20, 0x59, 0x20, 0x74, 0xea, 0xd2, 0x20, 0x74, 0xec, 0x6e, 0x68, 0x20, 0x4e, 0x67,
  0x68, 0xea, 0xf2, 0x20, 0x41, 0x6e, 0x20, 0x6b, 0xfd, 0x20, 0x6b, 0xea, 0xec, 0x74, 0x20,
]);

const CASES: Record<string, Buffer | string> = {
  'empty.txt': '',
  'whitespace-only.md': '  \n\n\t \n',
  'image-named-as-text.txt': Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]),
  'utf16-le.txt': utf16(OTHER.replace('3/4', '5/4'), false),
  'utf16-be.txt': utf16(OTHER.replace('3/4', '6/4'), true),
  'windows-1258.txt': Buffer.concat([
    WINDOWS_1258_LEAD,
    Buffer.from('hop tac voi Bach Mai.\n', 'latin1'),
  ]),
  'decomposed-nfd.txt': OTHER.replace('3/4', '7/4').normalize('NFD'),
  'malformed-front-matter.md': `---\ntitle: [không đóng\n---\n${OTHER.replace('3/4', '8/4')}`,
  'wrong-types.md': `---\npublishedAt: hôm qua\nurl: 42\n---\n${OTHER.replace('3/4', '9/4')}`,
  'first-copy.txt': COOPERATION,
  'second-copy.txt': COOPERATION,
  'other-whitespace-and-tone.txt': `${COOPERATION.replace('Khánh Hòa', 'Khánh Hoà').replace(/ /g, '  ')}\n\n`,
  'tên tệp có dấu cách và chữ Việt.md': OTHER.replace('3/4', '10/4'),
  'page.html': '<html><body><p>Bệnh viện Bạch Mai ký kết hợp tác</p></body></html>',
  'notes.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
};

let rows: Map<string, Article>;
let report: string;
before(() => {
  const input = tempDir();
  for (const [name, content] of Object.entries(CASES)) writeFileSync(join(input, name), content);
  const big = Buffer.alloc(20 * 1024 * 1024, 'Bệnh viện Bạch Mai hợp tác với tỉnh Hà Tĩnh. ');
  writeFileSync(join(input, 'twenty-megabytes.txt'), big);
  const output = tempDir();
  const run = runExtractCommand(['--input', input, '--output', output]);
  assert.equal(run.status, 0, run.stderr);
  report = run.stdout;
  rows = new Map(readJson<Article[]>(output, 'articles.json').map((a) => [a.file, a]));
});

const row = (file: string) => {
  const r = rows.get(file);
  assert.ok(r, `${file} has no row`);
  return r;
};
const reportLine = (file: string) =>
  report.split('\n').find((l) => l.trim().startsWith(`${file}:`)) ?? '';

test('nothing is lost: every file has exactly one row', () => {
  assert.equal(rows.size, Object.keys(CASES).length + 1);
});

test('an empty file and a whitespace-only file are rejected as empty, and reported', () => {
  for (const file of ['empty.txt', 'whitespace-only.md']) {
    assert.deepEqual([row(file).status, row(file).reason], ['rejected', 'empty']);
    assert.match(reportLine(file), /empty/);
  }
});

test('PNG bytes named .txt are unreadable, and the report says what they are', () => {
  assert.equal(row('image-named-as-text.txt').reason, 'unreadable');
  assert.match(reportLine('image-named-as-text.txt'), /PNG image/);
});

test('UTF-16 LE and BE with BOM are read like UTF-8', () => {
  for (const file of ['utf16-le.txt', 'utf16-be.txt'])
    assert.equal(row(file).status, 'event', file);
});

test('Windows-1258 text is read, with a warning', () => {
  assert.notEqual(row('windows-1258.txt').reason, 'unreadable');
  assert.match(reportLine('windows-1258.txt'), /Windows-1258/);
});

test('decomposed (NFD) text is read as its NFC form', () => {
  assert.equal(row('decomposed-nfd.txt').status, 'event');
});

test('malformed YAML front matter is ignored with a warning; the body is still extracted', () => {
  assert.equal(row('malformed-front-matter.md').status, 'event');
  assert.match(
    reportLine('malformed-front-matter.md'),
    /: published \(front matter is not valid YAML/,
  );
});

test('front matter of the wrong type is dropped with a warning naming the field', () => {
  const r = row('wrong-types.md');
  assert.deepEqual([r.status, r.publishedAt, r.url], ['event', null, null]);
  assert.match(reportLine('wrong-types.md'), /publishedAt.*hôm qua/);
  assert.match(reportLine('wrong-types.md'), /"url"/);
});

test('the same article twice: the second is a duplicate of the first', () => {
  assert.equal(row('first-copy.txt').status, 'event');
  assert.deepEqual(
    [row('second-copy.txt').status, row('second-copy.txt').reason],
    ['rejected', 'duplicate'],
  );
  assert.match(reportLine('second-copy.txt'), /same article as first-copy\.txt/);
});

test('the same article with other whitespace and tone style is a duplicate too', () => {
  assert.ok(
    CASES['other-whitespace-and-tone.txt']!.includes('Hoà') &&
      CASES['first-copy.txt']!.includes('Khánh Hòa'),
  );
  assert.equal(row('other-whitespace-and-tone.txt').reason, 'duplicate');
});

test('a file name with spaces and Vietnamese letters keeps its name', () => {
  assert.equal(row('tên tệp có dấu cách và chữ Việt.md').status, 'event');
});

test('.docx files are unsupported, and reported; a web page is read', () => {
  assert.equal(row('notes.docx').reason, 'unsupported');
  assert.match(reportLine('notes.docx'), /unsupported/);
  assert.notEqual(row('page.html').reason, 'unsupported');
});

test('a 20 MB text file is read up to a limit, with a warning, without stopping the run', () => {
  assert.ok(rows.has('twenty-megabytes.txt'));
  assert.match(reportLine('twenty-megabytes.txt'), /only the first \d+ were read/);
});

test('a run that cannot write its output fails with one line naming the path', () => {
  const blocker = join(tempDir(), 'a-file');
  writeFileSync(blocker, 'not a folder');
  const input = tempDir();
  mkdirSync(join(input, 'sub'));
  writeFileSync(join(input, 'sub', 'a.txt'), COOPERATION);
  const run = runExtractCommand(['--input', input, '--output', join(blocker, 'out')]);
  assert.notEqual(run.status, 0);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /a-file\/out/);
});
