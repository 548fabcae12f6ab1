import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrganisations, organisationKey } from '../../../src/extract/fields/organisations.ts';

const names = (s: string) => findOrganisations(s).map((o) => (o.needsProvince ? `${o.name} [province]` : o.name));

test('names end before the person who follows them', () => {
  assert.deepEqual(names('Thứ trưởng Bộ Y tế Lê Đức Luận phát biểu.'), ['Bộ Y tế']);
  assert.deepEqual(names('Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Báu Hà cảm ơn Bệnh viện Bạch Mai.'), ['UBND tỉnh Hà Tĩnh', 'Bệnh viện Bạch Mai']);
});

test('place names inside a name are kept whole', () => {
  assert.deepEqual(names('hợp tác với Bệnh viện Đại học Y Hà Nội.'), ['Bệnh viện Đại học Y Hà Nội']);
  assert.deepEqual(names('cùng Trung tâm Y tế huyện Si Ma Cai và Hội Chữ thập đỏ Quảng Tây.'), ['Trung tâm Y tế huyện Si Ma Cai', 'Hội Chữ thập đỏ Quảng Tây']);
});

test('abbreviations are written out and a bracketed one is skipped', () => {
  assert.deepEqual(names('thăm BVĐK tỉnh Lai Châu và Ủy ban nhân dân (UBND) tỉnh Lai Châu.'), ['Bệnh viện Đa khoa tỉnh Lai Châu', 'Ủy ban nhân dân tỉnh Lai Châu']);
});

test('a provincial body named without its province is marked for completion; generic words are not names', () => {
  assert.deepEqual(names('Sở Y tế phối hợp với UBND tỉnh và các bệnh viện tuyến huyện.'), ['Sở Y tế [province]', 'UBND tỉnh [province]']);
  assert.deepEqual(names('Bệnh viện đã tiếp nhận nhiều kỹ thuật; Hội nghị diễn ra.'), []);
});

test('one key for one institution however it is written', () => {
  assert.equal(organisationKey('BVĐK tỉnh Lai Châu'), organisationKey('Bệnh viện Đa khoa tỉnh Lai Châu'));
  assert.equal(organisationKey('Ủy ban nhân dân tỉnh Lai Châu'), organisationKey('UBND tỉnh Lai Châu'));
});

test('a name ends where the sentence goes on, and "tổ chức" the verb is not an institution', () => {
  assert.deepEqual(names('Bộ Y tế công nhận Bệnh viện Đa khoa Hợp Lực là bệnh viện vệ tinh.'), ['Bộ Y tế', 'Bệnh viện Đa khoa Hợp Lực']);
  assert.deepEqual(names('BV Việt Đức tư vấn chuyên môn cho Bệnh viện Việt Tiệp.'), ['Bệnh viện Việt Đức', 'Bệnh viện Việt Tiệp']);
  assert.deepEqual(names('Bệnh viện vừa tổ chức Lễ công bố quyết định. Tổ chức Hội nghị tổng kết.'), []);
  assert.deepEqual(names('Bệnh viện E trung ương cử bác sĩ và Bệnh viện Nhi Trung ương hỗ trợ.'), ['Bệnh viện E', 'Bệnh viện Nhi Trung ương']);
});
