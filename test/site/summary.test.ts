import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadSentence, linkPreviewText, sentences, withoutNoise } from '../../src/site/summary.ts';

test('a sentence does not end at TP., GS.TS., ThS.BS. or an initial', () => {
  assert.equal(
    leadSentence(
      'Đoàn công tác của Toàn TP. Hà Nội đã làm việc với GS.TS. Nguyễn Văn A tại bệnh viện. Hai bên ký kết biên bản.',
    ),
    'Đoàn công tác của Toàn TP. Hà Nội đã làm việc với GS.TS. Nguyễn Văn A tại bệnh viện.',
  );
  assert.equal(
    leadSentence('ThS.BS. Lê Thị B và ông Trần V. Cường dẫn đầu đoàn. Sau đó đoàn đi thăm.'),
    'ThS.BS. Lê Thị B và ông Trần V. Cường dẫn đầu đoàn.',
  );
});

test('a sentence ends at a full stop before a capital, and at ! and ?', () => {
  assert.deepEqual(sentences('Bệnh viện tiếp nhận 8.000 ca. Kết quả tốt! Còn gì nữa? Hết'), [
    'Bệnh viện tiếp nhận 8.000 ca.',
    'Kết quả tốt!',
    'Còn gì nữa?',
    'Hết',
  ]);
  assert.deepEqual(
    sentences('Năm 2024. Tiếp theo'),
    ['Năm 2024.', 'Tiếp theo'],
    'a number before the stop ends the sentence',
  );
  assert.deepEqual(sentences('Thúc đẩy chuyển đổi số. Hai bên thống nhất'), [
    'Thúc đẩy chuyển đổi số.',
    'Hai bên thống nhất',
  ]);
});

test('a full stop followed by a lower-case word or inside a number does not end a sentence', () => {
  assert.deepEqual(sentences('Tỷ lệ 4.5 lần so với năm trước. vẫn thấp'), [
    'Tỷ lệ 4.5 lần so với năm trước. vẫn thấp',
  ]);
});

test('a closing quote stays with its sentence', () => {
  assert.deepEqual(sentences('Ông nói: “Rất vui.” Sau đó'), ['Ông nói: “Rất vui.”', 'Sau đó']);
});

test('scraped noise is never the lead, nor its tail', () => {
  assert.equal(
    leadSentence('>> Mua bảo hiểm du lịch trực tuyến\nSáng 5/5, Sở Y tế ký kết hợp tác. Tiếp'),
    'Sáng 5/5, Sở Y tế ký kết hợp tác.',
  );
  assert.equal(
    leadSentence('Sở Y tế ký kết hợp tác với bệnh viện >> Mua bảo hiểm ngay'),
    'Sở Y tế ký kết hợp tác với bệnh viện',
  );
  assert.equal(
    leadSentence('Xem thêm: Tin khác. Bệnh viện nhận chuyển giao.'),
    'Bệnh viện nhận chuyển giao.',
  );
  assert.equal(withoutNoise('Tin chính.\n» Tin liên quan'), 'Tin chính.');
  assert.equal(leadSentence('>> Mua bảo hiểm'), '');
});

test('the lead never ends in an abbreviation when a sentence follows it', () => {
  for (const abbr of ['TP.', 'GS.', 'PGS.TS.', 'BSCKII.', 'TS.', 'Th.S.']) {
    const lead = leadSentence(`Đoàn của ${abbr} Hoàng Văn Nam đến thăm. Câu thứ hai.`);
    assert.equal(lead, `Đoàn của ${abbr} Hoàng Văn Nam đến thăm.`, abbr);
  }
});

test('a link preview keeps whole sentences that fit, else cuts at a word', () => {
  const two = 'Sở Y tế ký kết hợp tác với GS.TS. Nguyễn Văn An. Hai bên thống nhất nội dung.';
  assert.equal(linkPreviewText(two, 60), 'Sở Y tế ký kết hợp tác với GS.TS. Nguyễn Văn An.');
  assert.equal(linkPreviewText(two), two);
  assert.equal(linkPreviewText('>> Mua bảo hiểm\nNgắn gọn.'), 'Ngắn gọn.');
  const long = linkPreviewText('Một câu rất dài '.repeat(30));
  assert.ok(long.length <= 200 && long.endsWith('…') && !/\s…$/.test(long), long);
});
