import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseEventDate } from '../../../src/extract/fields/event-date.ts';
import type { Sentence } from '../../../src/extract/clean/sentences.ts';

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ text, index, block: index, isHeadline: false }));
const NOW = 2026;
const choose = (publishedAt: string | null, ...texts: string[]) =>
  chooseEventDate(sentences(...texts), 3, publishedAt, NOW).date;

test('a missing year is taken from the publication date, and never after it', () => {
  assert.deepEqual(choose('2024-01-08', 'Sáng 28/12, bệnh viện tổ chức lễ ký kết.'), {
    start: '2023-12-28',
    end: '2023-12-28',
    precision: 'day',
    yearInferred: true,
  });
  assert.equal(choose('2024-05-06', 'Sáng 5/5, Sở Y tế tổ chức hội thảo.').start, '2024-05-05');
});

test("without a publication date the year comes from the article's full dates, never from a plan's period", () => {
  const fromFullDate = choose(
    null,
    'Sáng 5/5, Sở Y tế tổ chức hội thảo.',
    'Tính đến ngày 30/4/2023, tỉnh đã có 12 bệnh viện vệ tinh.',
    'Đề án giai đoạn 2023 - 2030 đặt mục tiêu 20 bệnh viện.',
  );
  assert.deepEqual(fromFullDate, {
    start: '2023-05-05',
    end: '2023-05-05',
    precision: 'day',
    yearInferred: true,
  });
  const periodOnly = choose(
    null,
    'Sáng 5/5, Sở Y tế tổ chức hội thảo.',
    'Kết quả định hướng giai đoạn 2023 - 2025.',
  );
  assert.deepEqual(periodOnly, {
    start: '--05-05',
    end: '--05-05',
    precision: 'day',
    yearInferred: true,
  });
  assert.deepEqual(choose(null, 'Ngày 12/10, hai bên ký kết biên bản ghi nhớ.'), {
    start: '--10-12',
    end: '--10-12',
    precision: 'day',
    yearInferred: true,
  });
});

test('a founding year, a horizon or a future year never dates a day', () => {
  const decision = choose(
    null,
    'Sáng 26/9, Bộ Y tế tổ chức hội thảo về đào tạo.',
    'Trường được thành lập năm 1946.',
    'Phấn đấu đến năm 2030 có 10.000 bác sĩ.',
    'Năm 2031 bệnh viện mới khánh thành.',
  );
  assert.equal(decision.start, '--09-26');
});

test('a year-only lead gives a year, never an invented day; a period or horizon gives nothing', () => {
  assert.deepEqual(choose(null, 'Năm 2023 đánh dấu những cái bắt tay hợp tác.'), {
    start: '2023',
    end: '2023',
    precision: 'year',
    yearInferred: false,
  });
  assert.deepEqual(
    choose(null, 'Bệnh viện vừa tổ chức lễ công bố đề án vệ tinh giai đoạn 2021-2025.').start,
    null,
  );
  assert.deepEqual(
    choose(
      null,
      'Trước đây bệnh nhân phải chuyển tuyến.',
      'Từ năm 2015, bệnh viện đã thực hiện kỹ thuật này.',
    ).start,
    null,
  );
  assert.deepEqual(choose(null, 'Số ca dự kiến sẽ tăng gấp đôi vào năm 2020.').start, null);
  assert.deepEqual(choose(null, 'Năm 2025, tỉnh sẽ hoàn thành bệnh viện mới.').start, null);
});

test("the news item's dateline is not the event's day, but gives its year", () => {
  const decision = choose(
    null,
    'Tin vắn ngày 14/3/2008',
    'Ngày 13/3 tại Hà Nội, Ngân hàng Thế giới cam kết tài trợ 20 triệu USD cho dự án.',
  );
  assert.deepEqual(decision, {
    start: '2008-03-13',
    end: '2008-03-13',
    precision: 'day',
    yearInferred: true,
  });
});

test('the day of a statement gives way to the day the event happened', () => {
  const decision = choose(
    null,
    'Chiều 4-9, giám đốc bệnh viện cho biết đã ghép giác mạc cho 6 bệnh nhân.',
    'Các giác mạc do một tổ chức Mỹ tặng.',
    'Theo đó, sáng 2-9 bệnh viện đã tiếp nhận 12 giác mạc.',
  );
  assert.equal(decision.start, '--09-02');
  const alone = choose(
    null,
    'Chiều 4-9, giám đốc bệnh viện cho biết đã ghép giác mạc cho 6 bệnh nhân.',
  );
  assert.equal(alone.start, '--09-04');
});

test('an end bound is not the event\'s start: "kéo dài đến 24-12"', () => {
  const decision = choose(
    null,
    'Hôm qua 20-11, đoàn bác sĩ bắt đầu đợt phẫu thuật.',
    'Đợt phẫu thuật sẽ kéo dài đến 24-11.',
  );
  assert.equal(decision.start, '--11-20');
});

test('no date after the current year, even when written', () => {
  assert.equal(choose(null, 'Ngày 5/5/2031, hai bệnh viện sẽ ký kết hợp tác.').start, null);
});

test("a year-less day takes the year that puts it nearest the article's other full date", () => {
  const decision = choose(
    null,
    'Sáng nay 9-1, bệnh viện tiếp nhận lô thuốc viện trợ.',
    'Trước khi có thuốc, từ ngày 15-12-2022 bệnh viện đã kê đơn thay thế.',
  );
  assert.equal(decision.start, '2023-01-09');
  const sameYear = choose(
    null,
    'Ngày 3/11, hai viện ký kết hợp tác.',
    'Ngày 20/10/2022, đoàn chuyên gia đã khảo sát.',
  );
  assert.equal(sameYear.start, '2022-11-03');
});

test("a forecast's year does not date the event", () => {
  const decision = choose(
    null,
    'Ngày 23/2, tổ chức quốc tế cam kết tài trợ cho dự án.',
    'Nhu cầu kinh phí sẽ lên đến 2,5 tỷ USD vào năm 2030.',
  );
  assert.equal(decision.start, '--02-23');
});

test('a sentence opening with "Trước đó" tells the background, whatever dates it gives', () => {
  const decision = choose(
    null,
    'Sáng 16/10, Sở Y tế cho biết đã xử lý vụ việc.',
    'Trước đó, gia đình bệnh nhân phản ánh về sự việc xảy ra đêm 26/9.',
  );
  assert.equal(decision.start, '--10-16');
});

test('a range of years is an anniversary or a programme, never the event', () => {
  const date = choose(
    null,
    'Nhân dịp kỷ niệm 63 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2018), lãnh đạo thành phố đến thăm các bệnh viện.',
  );
  assert.equal(date.start, null);
  const course = choose(null, 'Khóa đào tạo diễn ra từ ngày 5/3/2018 đến ngày 30/6/2018 tại Huế.');
  assert.equal(course.start, '2018-03-05');
  assert.equal(course.end, '2018-06-30');
});

test("a bare year in the body dates a statistic or someone's past, not a year-less day", () => {
  const date = choose(
    null,
    'Từ ngày 23/6, các bác sĩ Australia tham gia giải cứu đội bóng.',
    'Bác sĩ Harris là chuyên gia lặn hang động.',
    'Ông đã làm việc tại nhiều nước.',
    'Năm 2011, ông tham gia nhóm tìm kiếm thợ lặn Agnes Milowka.',
    'Số ca mắc mới tăng lên 126.000 ca (năm 2010).',
  );
  assert.equal(date.start, '--06-23');
  assert.equal(
    choose(null, 'Năm 2018, sáng 23/6 các bác sĩ Australia tham gia giải cứu.').start,
    '2018-06-23',
  );
});
