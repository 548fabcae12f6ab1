import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../../../src/extract/fields/people.ts';

const people = (s: string) => findPeople(s).map((p) => [p.name, p.title]);

test('Name – Title, Name, Title and Title Name, after honorifics', () => {
  assert.deepEqual(
    people(
      'do đồng chí Bùi Mạnh Hùng – Phó Giám đốc Sở Y tế làm Trưởng đoàn, cùng BSCKII Ngô Văn Khánh – Phó Giám đốc Bệnh viện Đa khoa tỉnh Quảng Ninh và Ths Bs Phạm Thị Hằng – Trưởng khoa Nội, Bệnh viện Sản Nhi Quảng Ninh đã tham dự.',
    ),
    [
      ['Bùi Mạnh Hùng', 'Phó Giám đốc Sở Y tế'],
      ['Ngô Văn Khánh', 'Phó Giám đốc Bệnh viện Đa khoa tỉnh Quảng Ninh'],
      ['Phạm Thị Hằng', 'Trưởng khoa Nội, Bệnh viện Sản Nhi Quảng Ninh'],
    ],
  );
  assert.deepEqual(
    people(
      'có các đồng chí: Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Giàng Thị Dung, Phó Chủ tịch UBND tỉnh.',
    ),
    [
      ['Vũ Xuân Cường', 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh'],
      ['Giàng Thị Dung', 'Phó Chủ tịch UBND tỉnh'],
    ],
  );
  assert.deepEqual(
    people('Phát biểu tại lễ ký kết, Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Báu Hà cảm ơn.'),
    [['Trần Báu Hà', 'Phó Chủ tịch UBND tỉnh Hà Tĩnh']],
  );
  assert.deepEqual(
    people('Ông Hoàng Quốc Hương, Giám đốc Sở Y tế khẳng định: đây là kết quả tốt.'),
    [['Hoàng Quốc Hương', 'Giám đốc Sở Y tế']],
  );
});

test('a professional honorific alone makes a participant', () => {
  assert.deepEqual(people('PGS.TS Nguyễn Văn An trực tiếp phẫu thuật.'), [['Nguyễn Văn An', null]]);
});

test('people only referred to, patients, and names without a role are not participants', () => {
  assert.deepEqual(
    people('thực hiện 12 ý kiến chỉ đạo của đồng chí Tổng Bí thư Tô Lâm tại chuyến thăm.'),
    [],
  );
  assert.deepEqual(people('bệnh nhi Lê Đăng Bảo Tú, 38 tháng tuổi, đã khỏe.'), []);
  assert.deepEqual(people('Anh Trần Văn Nam kể lại câu chuyện.'), []);
});

test('places that start with a family name are not people', () => {
  assert.deepEqual(people('Đoàn đến Hà Tĩnh, Lâm Đồng và Cao Bằng.'), []);
});

test('honorifics written lower-case, and specialist degrees after "Bác sĩ"', () => {
  assert.deepEqual(people('Ca mổ do giáo sư Anna Schmidt và thạc sĩ Trần Minh Quân thực hiện.'), [
    ['Anna Schmidt', null],
    ['Trần Minh Quân', null],
  ]);
  assert.deepEqual(
    people('Bác sĩ CK2 Phù Văn Lực - giám đốc bệnh viện Truyền máu tỉnh cho biết.'),
    [['Phù Văn Lực', 'giám đốc bệnh viện Truyền máu tỉnh']],
  );
});

test('a verb of saying or promising ends a title written after a name', () => {
  assert.deepEqual(
    people(
      'PGS.TS Lê Văn Minh – Viện trưởng Viện Pasteur Nha Trang cam kết cử cán bộ hỗ trợ tỉnh.',
    ),
    [['Lê Văn Minh', 'Viện trưởng Viện Pasteur Nha Trang']],
  );
  assert.deepEqual(
    people('Ông Đỗ Quang Huy, Giám đốc Sở Y tế tỉnh Yên Bái thừa nhận nhân lực còn thiếu.'),
    [['Đỗ Quang Huy', 'Giám đốc Sở Y tế tỉnh Yên Bái']],
  );
});

test('foreign names: hyphenated, with initials, with particles, after ông/bà when a title follows', () => {
  assert.deepEqual(
    people('Bác sĩ Jean-Paul Moreau - Tổng giám đốc Bệnh viện Pháp Việt cho biết.'),
    [['Jean-Paul Moreau', 'Tổng giám đốc Bệnh viện Pháp Việt']],
  );
  assert.deepEqual(
    people(
      '"Chúng tôi sẽ tiếp tục", ông Robert K. Lewis, Tổng giám đốc Công ty Alpha Việt Nam cho biết.',
    ),
    [['Robert K. Lewis', 'Tổng giám đốc Công ty Alpha Việt Nam']],
  );
  assert.deepEqual(
    people('Chiều qua, bà Marie Dupont de Vries, phu nhân Tổng thống Pháp đã tới thăm bệnh viện.'),
    [['Marie Dupont de Vries', 'phu nhân Tổng thống Pháp']],
  );
  assert.deepEqual(
    people('Ông Peter Hansen - Giám đốc điều hành Quỹ Nhi đồng Bắc Âu ký biên bản.'),
    [['Peter Hansen', 'Giám đốc điều hành Quỹ Nhi đồng Bắc Âu']],
  );
  assert.deepEqual(people('Ông Peter Hansen cho biết quỹ sẽ tài trợ.'), []);
  assert.deepEqual(people('Đoàn do ông Kim Jong-ho, Thứ trưởng Bộ Y tế Hàn Quốc dẫn đầu.'), [
    ['Kim Jong-ho', 'Thứ trưởng Bộ Y tế Hàn Quốc'],
  ]);
});

test('after "của", a contribution names a participant, a directive only refers to one', () => {
  assert.deepEqual(
    people(
      'Đơn vị ra đời với sự giúp đỡ trực tiếp của GS.TS Trần Văn Hải, Chủ tịch Hội Gây mê Hồi sức.',
    ),
    [['Trần Văn Hải', 'Chủ tịch Hội Gây mê Hồi sức']],
  );
  assert.deepEqual(people('Kỹ thuật được chuyển giao của giáo sư Lê Văn Khoa (Việt kiều Pháp).'), [
    ['Lê Văn Khoa', null],
  ]);
  assert.deepEqual(
    people('Sở triển khai theo chỉ đạo của đồng chí Nguyễn Văn Minh, Chủ tịch UBND tỉnh.'),
    [],
  );
  assert.deepEqual(
    people('Dư luận đồng hành trong vụ án của bác sĩ Hoàng Văn Tâm suốt hai năm.'),
    [],
  );
});

test('attending, witnessing or speaking before "của" names a participant', () => {
  assert.deepEqual(
    people(
      'Buổi lễ diễn ra với sự tham dự của PGS.TS Đỗ Minh Quân – Giám đốc Bệnh viện Tỉnh Nam; bà Hà Thu Vân – Phó Giám đốc Sở Y tế.',
    ),
    [
      ['Đỗ Minh Quân', 'Giám đốc Bệnh viện Tỉnh Nam'],
      ['Hà Thu Vân', 'Phó Giám đốc Sở Y tế'],
    ],
  );
  assert.deepEqual(
    people('Biên bản được ký dưới sự chứng kiến của ông Lý Quốc Bảo, Thứ trưởng Bộ Y tế.'),
    [['Lý Quốc Bảo', 'Thứ trưởng Bộ Y tế']],
  );
  assert.deepEqual(
    people(
      'Đó là phát biểu của bà Trịnh Mai Lan - Phó Giám đốc Bệnh viện Đông Phong - tại buổi lễ.',
    ),
    [['Trịnh Mai Lan', 'Phó Giám đốc Bệnh viện Đông Phong']],
  );
});

test('a source quoted with "theo" and a role speaks for a party', () => {
  assert.deepEqual(
    people(
      'Theo bác sĩ Phan Thế Vinh - trưởng khoa Ngoại Bệnh viện Tỉnh Nam, ca mổ kéo dài ba giờ.',
    ),
    [['Phan Thế Vinh', 'trưởng khoa Ngoại Bệnh viện Tỉnh Nam']],
  );
  assert.deepEqual(people('Theo ông Đoàn Văn Lực, Giám đốc dự án, các bác sĩ sẽ ở lại hai năm.'), [
    ['Đoàn Văn Lực', 'Giám đốc dự án'],
  ]);
});

test('a title set apart before the name, opening its clause', () => {
  assert.deepEqual(
    people('Giám đốc Bệnh viện Nhi đồng 2, Lê Thị Thu Hà cho biết bệnh viện đã sẵn sàng.'),
    [['Lê Thị Thu Hà', 'Giám đốc Bệnh viện Nhi đồng 2']],
  );
  assert.deepEqual(
    people('Tổng giám đốc Bệnh viện Đại học Boston - John Miller - khẳng định sẽ hợp tác lâu dài.'),
    [['John Miller', 'Tổng giám đốc Bệnh viện Đại học Boston']],
  );
  // The title after the first name is that person's, not the next one's.
  assert.deepEqual(
    people('Dự có Nguyễn Văn An, Giám đốc Sở Y tế, Trần Văn Bình và nhiều khách mời.'),
    [['Nguyễn Văn An', 'Giám đốc Sở Y tế']],
  );
});

test('countries, institutions and titles after a title or a profession are not names', () => {
  assert.deepEqual(people('Các bác sĩ Việt Nam và chuyên gia Nhật Bản cùng thăm khám.'), []);
  assert.deepEqual(people('Phó Chủ tịch Cảng Oakland phát biểu tại buổi lễ.'), []);
  assert.deepEqual(
    people('Đó là yêu cầu của Chủ tịch Ủy ban Mặt trận tỉnh, Phó Thủ tướng tại hội nghị.').map(
      ([n]) => n,
    ),
    [],
  );
});

test('a title with all the words of the title and institution tables, and a name right after an institution', () => {
  assert.deepEqual(people('Đoàn do phó chánh thanh tra Lê Văn Hòa làm trưởng đoàn.'), [
    ['Lê Văn Hòa', 'phó chánh thanh tra'],
  ]);
  assert.deepEqual(people('Tổ công tác do Cục trưởng Cục Quản lý Dược Trần Thị Lan dẫn đầu.'), [
    ['Trần Thị Lan', 'Cục trưởng Cục Quản lý Dược'],
  ]);
});

test('the spouse in a "phu nhân" title is only mentioned; a country before a name belongs to the title', () => {
  assert.deepEqual(
    people('Bà Anne Martin, phu nhân Tổng thống Pháp Louis Martin đã tới thăm bệnh viện.'),
    [['Anne Martin', 'phu nhân Tổng thống Pháp Louis Martin']],
  );
  assert.deepEqual(people('Đại sứ Nhật Bản Takio Yamada phát biểu tại lễ bàn giao.'), [
    ['Takio Yamada', 'Đại sứ Nhật Bản'],
  ]);
});

test('a title in brackets after the name is the title; an age or a home in brackets is not', () => {
  assert.deepEqual(
    people('Ông Hoàng Đức Thắng (Giám đốc Sở Y tế) cho biết bệnh viện đã sẵn sàng.'),
    [['Hoàng Đức Thắng', 'Giám đốc Sở Y tế']],
  );
  assert.deepEqual(people('Anh Nguyễn Văn Tư (35 tuổi, ngụ Cần Thơ) cho biết.'), []);
  assert.deepEqual(
    people('Ông Hoàng Đức Thắng (Phó Giám đốc Sở Y tế, người đứng thứ hai từ trái) trao quà.'),
    [['Hoàng Đức Thắng', 'Phó Giám đốc Sở Y tế']],
  );
});

test('a military rank before a name makes a participant, junior ranks as senior ones', () => {
  for (const rank of ['Đại tá', 'Thiếu tướng', 'Đại úy', 'Trung úy', 'Thượng sĩ'])
    assert.deepEqual(people(`${rank} Hoàng Minh Tuấn khám bệnh cho người dân xã biên giới.`), [
      ['Hoàng Minh Tuấn', null],
    ]);
  // Mid-sentence the rank is written lower-case.
  assert.deepEqual(
    people('Đón đoàn có đại tá Lò Văn Sinh - phó tham mưu trưởng, và thiếu tá Mary Rowe.'),
    [
      ['Lò Văn Sinh', null],
      ['Mary Rowe', null],
    ],
  );
});

test('a foreign name with its role after "là" is a participant; a place or a body so described is not', () => {
  assert.deepEqual(
    people(
      'Đoàn gồm: Maria Lopez Vega là chuyên gia gây mê, Jorge Ruiz là bác sĩ nhi khoa còn Anna Petrova là giáo sư ngoại khoa.',
    ),
    [
      ['Maria Lopez Vega', 'chuyên gia gây mê'],
      ['Jorge Ruiz', 'bác sĩ nhi khoa'],
      ['Anna Petrova', 'giáo sư ngoại khoa'],
    ],
  );
  assert.deepEqual(people('Đà Nẵng là thành phố đăng cai.'), []);
  assert.deepEqual(people('Save Sight là tổ chức từ thiện của Úc.'), []);
});
