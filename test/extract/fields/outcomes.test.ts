import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOutcomes } from '../../../src/extract/fields/outcomes.ts';

const values = (s: string) => findOutcomes(s).map((o) => [o.value, o.kind, o.qualifier]);

test('numbers with their unit, meaning and qualifier', () => {
  assert.deepEqual(values('Bệnh viện đã cử 29 bác sỹ giúp hơn 8.000 người dân tiếp cận dịch vụ khám, chữa bệnh.'), [
    [29, 'experts-sent', 'exact'],
    [8000, 'people-reached', 'more-than'],
  ]);
  assert.deepEqual(values('Các chuyên gia đã đào tạo, chuyển giao kỹ thuật cho 110 cán bộ y tế.'), [[110, 'staff-trained', 'exact']]);
  assert.deepEqual(values('Hỗ trợ miễn phí điều trị cho 02 bệnh nhi và phẫu thuật cho khoảng 15 bệnh nhân.'), [
    [2, 'patients', 'exact'],
    [15, 'patients', 'about'],
  ]);
});

test('rates keep their decimal and the year they refer to', () => {
  const out = findOutcomes('Tỷ lệ chuyển tuyến giảm từ 4,5% (năm 2022) xuống còn 3,5% (năm 2023).');
  assert.deepEqual(out.map((o) => [o.value, o.kind, o.period]), [[4.5, 'rate', '2022'], [3.5, 'rate', '2023']]);
});

test('money is read with its scale word', () => {
  assert.deepEqual(values('Dự án có tổng kinh phí 200 tỷ đồng.'), [[200e9, 'funding', 'exact']]);
  assert.deepEqual(values('Quỹ tài trợ 1,5 triệu USD.'), [[1.5e6, 'funding', 'exact']]);
});

test('years, programme names, dates, ages and beds are not outcomes', () => {
  assert.deepEqual(values('Thực hiện Đề án 1816 từ năm 2023, ngày 5/5 có 250 giường bệnh, trẻ dưới 15 tuổi.'), []);
});

test('statistics about a disease are not results of cooperation', () => {
  assert.deepEqual(values('Toàn tỉnh hiện có 230 bệnh nhân mắc Thalassemia.'), []);
});

test('a thousand written twice ("200.000 ngàn") is read once, and a hospital\'s yearly volume is not an outcome', () => {
  assert.deepEqual(values('Nhờ chuyển giao kỹ thuật, bệnh viện đã khám cho 200.000 ngàn lượt bệnh nhân.'), [[200000, 'consultations', 'exact']]);
  assert.deepEqual(values('Mỗi năm bệnh viện khám và điều trị cho khoảng 200.000 lượt bệnh nhân.'), []);
  assert.deepEqual(values('Dự án hỗ trợ 5 nghìn người dân.'), [[5000, 'people-reached', 'exact']]);
});
