import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../../src/extract/fields/dates.ts';

const parts = (s: string) =>
  findDates(s).map((d) => [
    d.kind,
    d.startDay,
    d.startMonth,
    d.startYear,
    d.endDay,
    d.endMonth,
    d.endYear,
  ]);
const roles = (s: string) => findDates(s).map((d) => [d.text, d.role]);

test('day-first dates with and without year, times of day included', () => {
  assert.deepEqual(parts('Sáng 5/5, Sở Y tế tổ chức'), [['day', 5, 5, null, null, null, null]]);
  assert.deepEqual(parts('Chiều ngày 17/3, đoàn làm việc'), [
    ['day', 17, 3, null, null, null, null],
  ]);
  assert.deepEqual(parts('Ngày 4-2, tại bệnh viện'), [['day', 4, 2, null, null, null, null]]);
  assert.deepEqual(parts('ngày 19/5/2025'), [['day', 19, 5, 2025, null, null, null]]);
  assert.deepEqual(parts('ngày 12 tháng 10 năm 2023'), [['day', 12, 10, 2023, null, null, null]]);
});

test('a newspaper\'s relative day written with its date ("hôm qua 21-12", "sáng nay 30-1")', () => {
  assert.deepEqual(parts('Hôm qua 14-11, đoàn chuyên gia Nhật Bản đến làm việc'), [
    ['day', 14, 11, null, null, null, null],
  ]);
  assert.deepEqual(parts('Khoảng 9h sáng nay 8-4, bệnh viện tiếp nhận lô thiết bị'), [
    ['day', 8, 4, null, null, null, null],
  ]);
  assert.deepEqual(parts('Chiều qua (ngày 2/6) và hôm nay ngày 3/6, hội thảo diễn ra'), [
    ['day', 2, 6, null, null, null, null],
    ['day', 3, 6, null, null, null, null],
  ]);
});

test('ranges, within a month and across months and years', () => {
  assert.deepEqual(parts('Từ ngày 19 đến 22/5/2025, đoàn'), [['range', 19, 5, 2025, 22, 5, 2025]]);
  assert.deepEqual(parts('từ 30/4 đến 2/5/2024'), [['range', 30, 4, 2024, 2, 5, 2024]]);
  assert.deepEqual(parts('từ 28/12 đến 3/1/2025'), [['range', 28, 12, 2024, 3, 1, 2025]]);
});

test('years and periods', () => {
  assert.deepEqual(parts('Năm 2023 đánh dấu'), [['year', null, null, 2023, null, null, null]]);
  assert.deepEqual(parts('giai đoạn 2024 – 2030'), [
    ['period', null, null, 2024, null, null, 2030],
  ]);
  assert.deepEqual(parts('3 tháng đầu năm 2025'), [['period', null, 1, 2025, null, 3, 2025]]);
});

test('fractions, percentages, ages and impossible days are not dates', () => {
  assert.deepEqual(parts('tỷ lệ 1/3 dân số, chiếm 8 - 10% bệnh nhân, ngày 30/2'), []);
  assert.deepEqual(parts('Chương trình tiêm cho trẻ từ 2-6 tuổi và trẻ 6-9 tháng tuổi'), []);
  assert.deepEqual(parts('Khoảng 1/4 đến 1/3 số người nhiễm không biết mình mắc bệnh'), []);
  assert.deepEqual(parts('Học sinh các lớp 7-8-9 được khám răng'), []);
});

test("a decision's date and a rule's effective date are document dates", () => {
  assert.deepEqual(roles('theo Quyết định số 5239/QĐ-BYT ngày 23/9/2016 của Bộ Y tế'), [
    ['23/9/2016', 'document'],
  ]);
  assert.deepEqual(roles('Thông tư mới có hiệu lực từ ngày 1/7, nhiều bệnh viện lo lắng'), [
    ['từ ngày 1/7', 'document'],
  ]);
});

test("the news item's own date is its dateline", () => {
  assert.deepEqual(roles('Bản tin ngày 14/3'), [['ngày 14/3', 'dateline']]);
  assert.deepEqual(roles('Tin vắn ngày 2/11/2007'), [['2/11/2007', 'dateline']]);
});

test('founding dates, "từ năm", "hồi năm" and "Trước đó" date the background', () => {
  assert.deepEqual(roles('Bệnh viện được thành lập năm 1954, hiện có 800 giường'), [
    ['năm 1954', 'background'],
  ]);
  assert.deepEqual(roles('Chương trình triển khai từ năm 2008 tại 12 tỉnh'), [
    ['năm 2008', 'background'],
  ]);
  assert.deepEqual(roles('Sau ca mổ đầu tiên hồi cuối năm 2019, bệnh viện tiếp tục'), [
    ['năm 2019', 'background'],
  ]);
  assert.deepEqual(roles('Trước đó, ngày 12/8/2021, Sở Y tế đã gửi văn bản'), [
    ['12/8/2021', 'background'],
  ]);
  assert.deepEqual(roles('các nạn nhân của vụ cháy chung cư ngày 12/9/2023 được điều trị'), [
    ['12/9/2023', 'background'],
  ]);
  assert.deepEqual(
    roles('theo báo cáo của Quỹ Dân số Liên Hợp Quốc (UNFPA) năm 2012, tỷ lệ này là 20%'),
    [['năm 2012', 'background']],
  );
  assert.deepEqual(roles('Ngày 5/5, đoàn bác sĩ tới hỗ trợ nạn nhân vụ ngộ độc'), [
    ['Ngày 5/5', 'event'],
  ]);
});

test("a plan's horizon and a programme's span are targets, not event dates", () => {
  assert.deepEqual(roles('Phấn đấu đến năm 2030, 100% trạm y tế có bác sĩ'), [
    ['năm 2030', 'target'],
  ]);
  assert.deepEqual(roles('Đề án bệnh viện vệ tinh giai đoạn 2021 – 2025'), [
    ['2021 – 2025', 'target'],
  ]);
  assert.deepEqual(roles('Năm 2026 phấn đấu giảm 10% ca chuyển tuyến'), [['Năm 2026', 'target']]);
  assert.deepEqual(roles('Năm 2022, bệnh viện đã tiếp nhận 3 kỹ thuật'), [['Năm 2022', 'event']]);
});

test('an end, a cut-off or a deadline bounds the event without dating it', () => {
  assert.deepEqual(roles('Đợt khám sẽ kéo dài đến 15-9 tại huyện'), [['đến 15-9', 'until']]);
  assert.deepEqual(roles('Tính đến ngày 8/8/2024, toàn tỉnh ghi nhận 900 ca'), [
    ['8/8/2024', 'until'],
  ]);
  assert.deepEqual(roles('Các đơn vị gửi báo cáo trước ngày 20/11'), [['ngày 20/11', 'until']]);
});

test('"tháng 3-4/2010" is two months, not the third of April', () => {
  assert.deepEqual(
    findDates('Hai ca ghép tiếp theo dự kiến làm vào tháng 3-4/2010.').map((d) => [
      d.kind,
      d.startDay,
    ]),
    [['month', null]],
  );
});

test('a day something has run since, up to now, is background', () => {
  assert.deepEqual(roles('Từ ngày 2/3 đến nay, khoa đã lọc máu cho 40 người bệnh.'), [
    ['Từ ngày 2/3', 'background'],
  ]);
  assert.deepEqual(roles('Ngày 2/3, khoa bắt đầu lọc máu cho người bệnh.'), [
    ['Ngày 2/3', 'event'],
  ]);
});
