import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../../../src/extract/fields/people.ts';

const people = (s: string) => findPeople(s).map((p) => [p.name, p.title]);

test('Name – Title, Name, Title and Title Name, after honorifics', () => {
  assert.deepEqual(people('do đồng chí Bùi Mạnh Hùng – Phó Giám đốc Sở Y tế làm Trưởng đoàn, cùng BSCKII Ngô Văn Khánh – Phó Giám đốc Bệnh viện Đa khoa tỉnh Quảng Ninh và Ths Bs Phạm Thị Hằng – Trưởng khoa Nội, Bệnh viện Sản Nhi Quảng Ninh đã tham dự.'), [
    ['Bùi Mạnh Hùng', 'Phó Giám đốc Sở Y tế'],
    ['Ngô Văn Khánh', 'Phó Giám đốc Bệnh viện Đa khoa tỉnh Quảng Ninh'],
    ['Phạm Thị Hằng', 'Trưởng khoa Nội, Bệnh viện Sản Nhi Quảng Ninh'],
  ]);
  assert.deepEqual(people('có các đồng chí: Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Giàng Thị Dung, Phó Chủ tịch UBND tỉnh.'), [
    ['Vũ Xuân Cường', 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh'],
    ['Giàng Thị Dung', 'Phó Chủ tịch UBND tỉnh'],
  ]);
  assert.deepEqual(people('Phát biểu tại lễ ký kết, Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Báu Hà cảm ơn.'), [['Trần Báu Hà', 'Phó Chủ tịch UBND tỉnh Hà Tĩnh']]);
  assert.deepEqual(people('Ông Hoàng Quốc Hương, Giám đốc Sở Y tế khẳng định: đây là kết quả tốt.'), [['Hoàng Quốc Hương', 'Giám đốc Sở Y tế']]);
});

test('a professional honorific alone makes a participant', () => {
  assert.deepEqual(people('PGS.TS Nguyễn Văn An trực tiếp phẫu thuật.'), [['Nguyễn Văn An', null]]);
});

test('people only referred to, patients, and names without a role are not participants', () => {
  assert.deepEqual(people('thực hiện 12 ý kiến chỉ đạo của đồng chí Tổng Bí thư Tô Lâm tại chuyến thăm.'), []);
  assert.deepEqual(people('bệnh nhi Lê Đăng Bảo Tú, 38 tháng tuổi, đã khỏe.'), []);
  assert.deepEqual(people('Anh Trần Văn Nam kể lại câu chuyện.'), []);
});

test('places that start with a family name are not people', () => {
  assert.deepEqual(people('Đoàn đến Hà Tĩnh, Lâm Đồng và Cao Bằng.'), []);
});
