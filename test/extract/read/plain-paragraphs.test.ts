/**
 * The plain reading of a body with no Markdown must give exactly the blocks remark-parse gives: every later stage,
 * the article's id and the decision to publish are computed from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  markdownBlocks,
  parseArticle,
  plainParagraphs,
  readFrontMatter,
} from '../../../src/extract/read/parse.ts';
import { decodeArticleBytes } from '../../../src/extract/read/read.ts';
import { normaliseText } from '../../../src/extract/read/normalise.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';
import { ROOT } from '../../helpers.ts';

test('a body of plain text is its paragraphs between blank lines, each line as written', () => {
  const body =
    'Sở Y tế tỉnh Lạng Sơn làm việc với Bệnh viện Bạch Mai\n' +
    ' Hai bên thống nhất cử 10 bác sĩ về tỉnh.   \n' +
    '   \n' +
    '\n' +
    'Ảnh: Minh Anh - Báo Lạng Sơn\n';
  assert.deepEqual(plainParagraphs(body), [
    {
      kind: 'paragraph',
      lines: [
        'Sở Y tế tỉnh Lạng Sơn làm việc với Bệnh viện Bạch Mai',
        'Hai bên thống nhất cử 10 bác sĩ về tỉnh.',
      ],
    },
    { kind: 'paragraph', lines: ['Ảnh: Minh Anh - Báo Lạng Sơn'] },
  ]);
  assert.deepEqual(plainParagraphs(body), markdownBlocks(body));
});

test('a body that may hold Markdown is left to remark-parse', () => {
  const markdown = [
    '# Tiêu đề',
    'Dòng một\n===',
    'Dòng một\n---',
    '-',
    '- ',
    '-  Khám bệnh',
    '- - Khám bệnh',
    '- # Khám bệnh',
    '- 1. Khám bệnh',
    '  - Khám bệnh',
    '-Khám bệnh',
    'Khám bệnh\n-',
    '+ Khám bệnh',
    '1.',
    '1.  Khám bệnh',
    '1.\tKhám bệnh',
    ' 1. Khám bệnh',
    '1. - Khám bệnh',
    '1. 2. Khám bệnh',
    '1. # Khám bệnh',
    '> Lời phát biểu',
    '~~~\nmã\n~~~',
    '    mã thụt lề',
    '\tmã thụt lề',
    'Bệnh viện **Bạch Mai**',
    'Bệnh viện _Bạch Mai_',
    'Xem [bài gốc](https://example.vn)',
    'Ảnh ![ảnh](a.jpg)',
    'Dòng <b>đậm</b>',
    'Tôm &amp; cá',
    'Mã &#273;',
    'Dấu \\*',
    'Mã `x`',
    'Dòng\r\nkhác',
  ];
  for (const body of markdown) assert.equal(plainParagraphs(body), null, body);
  // Numbers, dashes and ampersands inside a line are plain text.
  assert.notEqual(plainParagraphs('Năm 2024. Có 8.000 lượt khám - tăng 5% & hơn thế'), null);
});

test('a bullet list item written "- " and its text is a paragraph of its own, its lines up to a blank line or the next item', () => {
  const body =
    'Đoàn công tác gồm:\n' +
    '- Bác sĩ Lê Văn A, Trưởng khoa Nội\n' +
    'tiếp tục công tác tại tỉnh\n' +
    '- 10 điều dưỡng\n' +
    '\n' +
    'Hai bên ký kết hợp tác.';
  assert.deepEqual(plainParagraphs(body), [
    { kind: 'paragraph', lines: ['Đoàn công tác gồm:'] },
    {
      kind: 'paragraph',
      lines: ['Bác sĩ Lê Văn A, Trưởng khoa Nội', 'tiếp tục công tác tại tỉnh'],
    },
    { kind: 'paragraph', lines: ['10 điều dưỡng'] },
    { kind: 'paragraph', lines: ['Hai bên ký kết hợp tác.'] },
  ]);
  assert.deepEqual(plainParagraphs(body), markdownBlocks(body));
});

test('a numbered item "1. " or "2) " and its text is a paragraph of its own, but a number other than 1 goes on with a paragraph that is no item', () => {
  const body =
    'Kết quả năm 2024:\n' +
    '1. Khám cho 8.000 lượt người\n' +
    '2) Phát thuốc miễn phí\n' +
    'cho người nghèo\n' +
    '- Tặng 50 suất quà\n' +
    '3. Mổ mắt cho 20 người\n' +
    '\n' +
    'Đoàn làm việc tại xã\n' +
    '2. Sau đó về tỉnh\n' +
    '\n' +
    '5. Tổng kết';
  assert.deepEqual(plainParagraphs(body), [
    { kind: 'paragraph', lines: ['Kết quả năm 2024:'] },
    { kind: 'paragraph', lines: ['Khám cho 8.000 lượt người'] },
    { kind: 'paragraph', lines: ['Phát thuốc miễn phí', 'cho người nghèo'] },
    { kind: 'paragraph', lines: ['Tặng 50 suất quà'] },
    { kind: 'paragraph', lines: ['Mổ mắt cho 20 người'] },
    { kind: 'paragraph', lines: ['Đoàn làm việc tại xã', '2. Sau đó về tỉnh'] },
    { kind: 'paragraph', lines: ['Tổng kết'] },
  ]);
  assert.deepEqual(plainParagraphs(body), markdownBlocks(body));
  // Where an indented line after a blank line may or may not go on with the item, the numbered line is left to remark-parse.
  const unsure = '1. Khám bệnh\n\n  cho người nghèo\n2. Phát thuốc';
  assert.equal(plainParagraphs(unsure), null);
});

test('on random lines of text, numbered and bulleted items, blank and indented lines, the plain reading gives the blocks remark-parse gives', () => {
  const lines = [
    'Bệnh viện hợp tác',
    'Khám bệnh.',
    '1. Khám',
    '2. Phát thuốc',
    '1) Mổ',
    '3) Tập huấn',
    '01. Hai',
    '10. Mười',
    '123456789. Lớn',
    '- Bác sĩ',
    '- 2 người',
    '',
    ' ',
    ' thụt một',
    '  thụt hai',
    '   thụt ba',
    '2.Liền',
    '2. 3. lồng',
    '2020. Năm',
    '1.',
  ];
  const random = seededRandom(15);
  let plain = 0;
  for (let n = 0; n < 4000; n++) {
    const count = 1 + Math.floor(random() * 10);
    const body = Array.from(
      { length: count },
      () => lines[Math.floor(random() * lines.length)]!,
    ).join('\n');
    const blocks = plainParagraphs(body);
    if (blocks === null) continue;
    plain++;
    assert.deepEqual(blocks, markdownBlocks(body), JSON.stringify(body));
  }
  assert.ok(plain > 1000, `${plain} plain bodies`);
});

test('on random text, wherever the plain reading applies it gives the blocks remark-parse gives', () => {
  // Text and white space of every kind the plain reading must handle, and the Markdown it must leave alone.
  const plainPieces = [
    'Bệnh viện',
    'hợp tác',
    'Đà Nẵng',
    '2024.',
    '8.000',
    ' ',
    ' ',
    '  ',
    '\t',
    '\n',
    '\n',
    '\n\n',
    ' \n',
    '\n ',
    '\n   ',
    '\n    ',
    '\u00a0',
    '\u2003',
    '\u2028',
    ':',
    '|',
    '!',
    '&',
    '(a.jpg)',
    '\n- Khám',
    '- 10 ',
    '\n1. Khám',
    '\n2) Khám',
  ];
  const markdownPieces = [
    '-',
    '- ',
    '+ ',
    '1. ',
    '3) ',
    '#',
    '# ',
    '>',
    '=',
    '===',
    '---',
    '***',
    '*',
    '_',
    '`',
    '~~~',
    '[',
    ']',
    '<',
    '<b>',
    '&amp;',
    '&#273;',
    '\\',
  ];
  const random = seededRandom(14);
  let plain = 0;
  let markdown = 0;
  for (let n = 0; n < 4000; n++) {
    let body = '';
    const length = 1 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) {
      const pieces = random() < 0.15 ? markdownPieces : plainPieces;
      body += pieces[Math.floor(random() * pieces.length)];
    }
    const blocks = plainParagraphs(body);
    if (blocks === null) {
      markdown++;
      continue;
    }
    plain++;
    assert.deepEqual(blocks, markdownBlocks(body), JSON.stringify(body));
  }
  // Both ways are taken often enough for the comparison to mean something.
  assert.ok(plain > 1000, `${plain} plain bodies`);
  assert.ok(markdown > 1000, `${markdown} bodies with Markdown`);
});

test('every seed and fixture article gives the same blocks as remark-parse, the plain ones read plainly', () => {
  const folders = [
    'content',
    'test/fixtures/articles',
    'test/fixtures/same-event',
    'test/fixtures/search',
  ];
  let plain = 0;
  let files = 0;
  for (const folder of folders) {
    for (const name of readdirSync(join(ROOT, folder))) {
      const decoded = decodeArticleBytes(readFileSync(join(ROOT, folder, name)));
      assert.ok(decoded.ok, name);
      const text = normaliseText(decoded.text);
      const { body } = readFrontMatter(text, []);
      files++;
      if (plainParagraphs(body)) plain++;
      assert.deepEqual(parseArticle(text).blocks, markdownBlocks(body), name);
    }
  }
  // The five seeds are plain scraped text: they must take the plain way.
  assert.ok(plain >= 5, `${plain} of ${files} read plainly`);
});
