import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrganisations } from '../../../src/extract/fields/organisations.ts';
import { organisationKey } from '../../../src/lib/organisation-key.ts';

const names = (s: string) =>
  findOrganisations(s).map((o) => (o.needsProvince ? `${o.name} [province]` : o.name));

test('names end before the person who follows them', () => {
  assert.deepEqual(names('Thứ trưởng Bộ Y tế Lê Đức Luận phát biểu.'), ['Bộ Y tế']);
  assert.deepEqual(names('Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Báu Hà cảm ơn Bệnh viện Bạch Mai.'), [
    'UBND tỉnh Hà Tĩnh',
    'Bệnh viện Bạch Mai',
  ]);
});

test('a family name after a place written with its type, or after "tỉnh" alone, starts a person', () => {
  assert.deepEqual(names('Giám đốc Sở Y tế TP HCM Tăng Chí Thượng cho biết.'), ['Sở Y tế TP HCM']);
  assert.deepEqual(names('Phó Bí thư Thành ủy TP. HCM Võ Thị Dung đến thăm.'), [
    'Thành ủy TP. HCM',
  ]);
  assert.deepEqual(names('Phó Chủ tịch UBND tỉnh Nguyễn Văn An dẫn đầu.'), [
    'UBND tỉnh [province]',
  ]);
  assert.deepEqual(names('Phó Bí thư Thành ủy Võ Thị Dung đến thăm.'), ['Thành ủy [province]']);
  assert.deepEqual(names('Bí thư Tỉnh uỷ Thái Bình phát biểu.'), ['Tỉnh ủy Thái Bình']);
  // Provinces that begin with a family name stay in the name.
  assert.deepEqual(names('UBND tỉnh Hà Giang và Sở Y tế tỉnh Lâm Đồng ký kết.'), [
    'UBND tỉnh Hà Giang',
    'Sở Y tế tỉnh Lâm Đồng',
  ]);
});

test('a full personal name after a name that has its proper words is the person, not more of the name', () => {
  assert.deepEqual(names('Giám đốc Bệnh viện Chợ Rẫy Nguyễn Trường Sơn cho biết.'), [
    'Bệnh viện Chợ Rẫy',
  ]);
  assert.deepEqual(names('Giám đốc Trung tâm Y tế huyện Si Ma Cai Lý Seo Chứ cho biết.'), [
    'Trung tâm Y tế huyện Si Ma Cai',
  ]);
  // A name that ends in a family-name syllable ("Mai", "Vương") keeps it; the person starts at the next one.
  assert.deepEqual(names('Giám đốc Bệnh viện Bạch Mai Nguyễn Quốc Anh cho biết.'), [
    'Bệnh viện Bạch Mai',
  ]);
  assert.deepEqual(names('Giám đốc Bệnh viện Trưng Vương Lê Văn An cho biết.'), [
    'Bệnh viện Trưng Vương',
  ]);
  // A foreign or former province after "tỉnh" is no person; a title before the kind marks the person.
  assert.deepEqual(names('Sở Y tế tỉnh Hồ Bắc công bố.'), ['Sở Y tế tỉnh Hồ Bắc']);
  assert.deepEqual(names('Giám đốc Bệnh viện Mắt Nguyễn Văn An cho biết.'), ['Bệnh viện Mắt']);
  assert.deepEqual(names('Phó Giám đốc Sở Y tế Trần Văn Hai phát biểu.'), ['Sở Y tế [province]']);
  // Named after a person, with no title before: "Bệnh viện Mắt Cao Thắng", "Đại học Y khoa Phạm Ngọc Thạch".
  assert.deepEqual(names('Bệnh viện Mắt Cao Thắng phẫu thuật miễn phí.'), [
    'Bệnh viện Mắt Cao Thắng',
  ]);
  assert.deepEqual(names('Trường Đại học Y khoa Phạm Ngọc Thạch ký kết hợp tác.'), [
    'Trường Đại học Y khoa Phạm Ngọc Thạch',
  ]);
  // Named after a person: the name right after the kind stays.
  assert.deepEqual(names('chuyển bệnh nhân tới Bệnh viện Nguyễn Tri Phương.'), [
    'Bệnh viện Nguyễn Tri Phương',
  ]);
});

test('a title or an address ends a name only as a whole phrase ("Đồng chí", not the "Đồng" of Lâm Đồng)', () => {
  assert.deepEqual(names('Bệnh viện Đa khoa tỉnh Lâm Đồng Đồng chí Trần Văn Hai phát biểu.'), [
    'Bệnh viện Đa khoa tỉnh Lâm Đồng',
  ]);
  assert.deepEqual(names('Bệnh viện Quân y 175 Thượng úy Lê Văn Bình cho biết.'), [
    'Bệnh viện Quân y 175',
  ]);
  assert.deepEqual(names('Bệnh viện Quân y 175 Thượng tá Lê Văn Bình cho biết.'), [
    'Bệnh viện Quân y 175',
  ]);
  assert.deepEqual(names('hợp tác với Đại học Y Thượng Hải.'), ['Đại học Y Thượng Hải']);
  // "Ủy ban" begins another institution, in either tone style.
  assert.deepEqual(names('Vụ trưởng Vụ Dân số - Uỷ ban Dân số - Gia đình và Trẻ em cho biết.'), [
    'Vụ Dân số',
    'Ủy ban Dân số - Gia đình và Trẻ em',
  ]);
  assert.deepEqual(names('Văn phòng Uỷ ban nhân dân tỉnh Lào Cai thông báo.'), [
    'Ủy ban nhân dân tỉnh Lào Cai',
  ]);
});

test('place names inside a name are kept whole', () => {
  assert.deepEqual(names('hợp tác với Bệnh viện Đại học Y Hà Nội.'), [
    'Bệnh viện Đại học Y Hà Nội',
  ]);
  assert.deepEqual(names('cùng Trung tâm Y tế huyện Si Ma Cai và Hội Chữ thập đỏ Quảng Tây.'), [
    'Trung tâm Y tế huyện Si Ma Cai',
    'Hội Chữ thập đỏ Quảng Tây',
  ]);
});

test('abbreviations are written out and a bracketed one is skipped', () => {
  assert.deepEqual(names('thăm BVĐK tỉnh Lai Châu và Ủy ban nhân dân (UBND) tỉnh Lai Châu.'), [
    'Bệnh viện Đa khoa tỉnh Lai Châu',
    'Ủy ban nhân dân tỉnh Lai Châu',
  ]);
});

test('a provincial body named without its province is marked for completion; generic words are not names', () => {
  assert.deepEqual(names('Sở Y tế phối hợp với UBND tỉnh và các bệnh viện tuyến huyện.'), [
    'Sở Y tế [province]',
    'UBND tỉnh [province]',
  ]);
  assert.deepEqual(names('Bệnh viện đã tiếp nhận nhiều kỹ thuật; Hội nghị diễn ra.'), []);
});

test('one key for one institution however it is written', () => {
  assert.equal(
    organisationKey('BVĐK tỉnh Lai Châu'),
    organisationKey('Bệnh viện Đa khoa tỉnh Lai Châu'),
  );
  assert.equal(
    organisationKey('Ủy ban nhân dân tỉnh Lai Châu'),
    organisationKey('UBND tỉnh Lai Châu'),
  );
});

test('a name ends where the sentence goes on, and "tổ chức" the verb is not an institution', () => {
  assert.deepEqual(names('Bộ Y tế công nhận Bệnh viện Đa khoa Hợp Lực là bệnh viện vệ tinh.'), [
    'Bộ Y tế',
    'Bệnh viện Đa khoa Hợp Lực',
  ]);
  assert.deepEqual(names('BV Việt Đức tư vấn chuyên môn cho Bệnh viện Việt Tiệp.'), [
    'Bệnh viện Việt Đức',
    'Bệnh viện Việt Tiệp',
  ]);
  assert.deepEqual(
    names('Bệnh viện vừa tổ chức Lễ công bố quyết định. Tổ chức Hội nghị tổng kết.'),
    [],
  );
  // "trung ương" may end a name in lower case; the scorer accepts a qualifier but not a cut name.
  assert.deepEqual(names('Bệnh viện E trung ương cử bác sĩ và Bệnh viện Nhi Trung ương hỗ trợ.'), [
    'Bệnh viện E trung ương',
    'Bệnh viện Nhi Trung ương',
  ]);
});

test('lower-case words of a name keep it whole; the verb after it is not part of it', () => {
  assert.deepEqual(names('Hội Bảo trợ bệnh nhân nghèo TP.HCM vừa trao 50 suất quà.'), [
    'Hội Bảo trợ bệnh nhân nghèo TP.HCM',
  ]);
  assert.deepEqual(
    names('Lãnh đạo Cục Cảnh sát quản lý hành chính về trật tự xã hội đã làm việc với bệnh viện.'),
    ['Cục Cảnh sát quản lý hành chính về trật tự xã hội'],
  );
  assert.deepEqual(names('Đại diện Trung tâm Điều phối ghép tạng quốc gia cho biết.'), [
    'Trung tâm Điều phối ghép tạng quốc gia',
  ]);
  assert.deepEqual(names('Công ty Cổ phần Đầu tư Dược phẩm An Khang ký hợp đồng.'), [
    'Công ty Cổ phần Đầu tư Dược phẩm An Khang',
  ]);
  assert.deepEqual(names('Viện nghiên cứu dược phẩm Servier tài trợ học bổng.'), [
    'Viện nghiên cứu dược phẩm Servier',
  ]);
  assert.deepEqual(names('Tổ chức Y tế Thế giới khuyến cáo tiêm vaccine.'), [
    'Tổ chức Y tế Thế giới',
  ]);
  assert.deepEqual(names('Viện Kiểm định Quốc gia về vaccine và Sinh phẩm Y tế lấy mẫu.'), [
    'Viện Kiểm định Quốc gia về vaccine và Sinh phẩm Y tế',
  ]);
  // The sentence goes on: "thông tin", "quản lý" after a complete name are its verb.
  assert.deepEqual(names('Sở Y tế Hà Nội thông tin về vụ việc.'), ['Sở Y tế Hà Nội']);
  assert.deepEqual(names('Bộ Tài chính quản lý nguồn vốn này.'), ['Bộ Tài chính']);
  assert.deepEqual(names('Bệnh viện Nhi tiếp nhận 20 ca bệnh.'), ['Bệnh viện Nhi']);
});

test('a dash inside a name joins its fields; a ministry with commas comes from the gazetteer', () => {
  assert.deepEqual(names('Bộ Lao động - Thương binh và Xã hội phối hợp với Bộ Kế hoạch- Đầu tư.'), [
    'Bộ Lao động - Thương binh và Xã hội',
    'Bộ Kế hoạch- Đầu tư',
  ]);
  assert.deepEqual(names('Bệnh viện Răng - Hàm - Mặt Trung ương khám miễn phí.'), [
    'Bệnh viện Răng - Hàm - Mặt Trung ương',
  ]);
  assert.deepEqual(names('Đoàn công tác của Bộ Văn hóa, Thể thao và Du lịch đến thăm.'), [
    'Bộ Văn hóa, Thể thao và Du lịch',
  ]);
  assert.deepEqual(names('Bệnh viện Truyền máu - huyết học TP. HCM tiếp nhận thuốc.'), [
    'Bệnh viện Truyền máu - huyết học TP. HCM',
  ]);
});

test('international bodies: full names, abbreviations written out, a bracketed abbreviation kept', () => {
  assert.deepEqual(names('Ủy ban châu Âu (EC) tài trợ 18 triệu euro.'), ['Ủy ban châu Âu (EC)']);
  assert.deepEqual(names('Theo WHO, JICA sẽ hỗ trợ thiết bị.'), [
    'Tổ chức Y tế Thế giới (WHO)',
    'Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)',
  ]);
  assert.deepEqual(names('Bác sĩ của tổ chức Orbis Quốc tế phẫu thuật mắt.'), ['Orbis Quốc tế']);
  assert.deepEqual(names('Tình nguyện viên của Tổ chức Phẫu thuật Nụ cười Việt Nam có mặt.'), [
    'Tổ chức Phẫu thuật Nụ cười Việt Nam',
  ]);
});

test('places and ships are not institutions', () => {
  assert.deepEqual(names('Quân y của huyện đảo Trường Sa khám cho ngư dân.'), []);
  assert.deepEqual(names('Tàu bệnh viện Khánh Hòa cập cảng; Trường THPT Chu Văn An tham gia.'), [
    'Trường THPT Chu Văn An',
  ]);
});

test('one key for one institution: city spellings, T.Ư, abbreviations and their full names', () => {
  const key = organisationKey('Sở Y tế TP HCM');
  for (const spelling of [
    'Sở Y tế TP.HCM',
    'Sở Y tế TP. HCM',
    'Sở Y tế thành phố Hồ Chí Minh',
    'Sở Y tế TPHCM',
  ])
    assert.equal(organisationKey(spelling), key);
  assert.equal(organisationKey('Bệnh viện Nhi T.Ư'), organisationKey('Bệnh viện Nhi Trung ương'));
  assert.notEqual(organisationKey('Bệnh viện Từ Dũ'), organisationKey('Bệnh viện Trung ương Dũ'));
  assert.equal(organisationKey('WHO'), organisationKey('Tổ chức Y tế thế giới'));
  assert.equal(organisationKey('Ủy ban châu Âu (EC)'), organisationKey('Ủy ban châu Âu'));
});

test('a number before a scale word is a sum given to the institution, not the number in its name', () => {
  assert.deepEqual(names('Tổ chức này sẽ tài trợ Sở Y tế 500 triệu đồng để mua máy.'), [
    'Sở Y tế [province]',
  ]);
  assert.deepEqual(names('Quỹ hỗ trợ Bệnh viện Nhi 2 tỷ đồng.'), ['Bệnh viện Nhi']);
  assert.deepEqual(names('Các bác sĩ Bệnh viện 108 và Bệnh viện 175 tham gia.'), [
    'Bệnh viện 108',
    'Bệnh viện 175',
  ]);
});
