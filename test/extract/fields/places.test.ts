import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findCountryMentions,
  findProvinceMentions,
  selectPlaces,
} from '../../../src/extract/fields/places.ts';
import { findOrganisations } from '../../../src/extract/fields/organisations.ts';
import { provinceAt } from '../../../src/extract/gazetteer/provinces.ts';

const provinces = (s: string) =>
  findProvinceMentions(s, 0, findOrganisations(s)).map((m) => m.name);
const countries = (s: string) => findCountryMentions(s, 0, findOrganisations(s)).map((m) => m.name);

test('the spellings news uses resolve to one province', () => {
  assert.deepEqual(provinces('Đoàn đến TP.HCM, rồi TP HCM'), ['Hồ Chí Minh', 'Hồ Chí Minh']);
  assert.deepEqual(provinces('Bệnh viện tỉnh BR-VT và tỉnh TT-Huế'), [
    'Bà Rịa - Vũng Tàu',
    'Thừa Thiên Huế',
  ]);
  assert.deepEqual(provinces('về tỉnh Đăk Lăk và tỉnh Khánh Hoà'), ['Đắk Lắk', 'Khánh Hòa']);
});

test('communes, streets and people sharing a province name are not the province', () => {
  assert.deepEqual(provinces('Công đoàn phường Yên Bái và xã Quảng Ninh tổ chức'), []);
  assert.deepEqual(provinces('Chương trình Đối tác Thái Bình Dương đến Đà Nẵng'), ['Đà Nẵng']);
  assert.deepEqual(provinces('Đại biểu Nguyễn Hải Dương phát biểu'), []);
  // A list under a plural word for communes names communes; an address names its province.
  assert.deepEqual(
    provinces('Đoàn khám cho dân 4 xã: Hòa An, Hòa Bình, Lạc Sơn và Thái Bình.'),
    [],
  );
  assert.deepEqual(provinces('Đoàn đến các huyện Tam Nông, Thanh Hóa và Hà Tĩnh.'), []);
  assert.deepEqual(provinces('Đoàn đến xã Tân Lập, huyện Đan Phượng, Hà Nội.'), ['Hà Nội']);
  // "phố Huế" is a street; "thành phố Huế", written lower-case, the city.
  assert.deepEqual(provinces('Quán ăn trên phố Huế đông khách'), []);
  assert.deepEqual(provinces('Đoàn công tác tại thành phố Đà Nẵng'), ['Đà Nẵng']);
});

test("a national hospital's location is not the event's province; a provincial body's is", () => {
  assert.deepEqual(
    provinces('Sở Y tế phối hợp với Bệnh viện Bạch Mai (Hà Nội) tổ chức hội thảo'),
    [],
  );
  assert.deepEqual(provinces('Đoàn công tác của Sở Y tế tỉnh Quảng Ninh'), ['Quảng Ninh']);
});

test("a national hospital's city in its name is the event's place only when no other province is named", () => {
  const mentionsOf = (sentences: string[]) =>
    sentences.flatMap((s, i) => findProvinceMentions(s, i, findOrganisations(s)));
  const alone = mentionsOf([
    'Các bác sĩ Bệnh viện Trung ương Huế phẫu thuật tim cho 12 trẻ sơ sinh',
  ]);
  assert.deepEqual(selectPlaces(alone, 3), ['Thừa Thiên Huế']);
  const withProvince = mentionsOf([
    'Bệnh viện Đại học Y Hà Nội chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Lào Cai',
  ]);
  assert.deepEqual(selectPlaces(withProvince, 3), ['Lào Cai']);
});

test("a local institution's province written after it, in parentheses or after a comma, takes part", () => {
  const found = findProvinceMentions(
    'Lễ ký kết với Bệnh viện Việt Tiệp, Hải Phòng diễn ra sau đó',
    9,
    findOrganisations('Lễ ký kết với Bệnh viện Việt Tiệp, Hải Phòng diễn ra sau đó'),
  );
  assert.deepEqual(
    found.map((m) => [m.name, m.strong]),
    [['Hải Phòng', true]],
  );
});

test("a patient's home, a foreign mission's seat, a street or a ship is not a province taking part", () => {
  assert.deepEqual(provinces('Bệnh nhi 3 tuổi ở Nam Định được phẫu thuật thành công'), []);
  assert.deepEqual(provinces('Người hiến thận là chị Lan (40 tuổi, ngụ tại Q.5, TP.HCM)'), []);
  assert.deepEqual(
    provinces('Bệnh nhân Nguyễn Văn B., trú tại Đông Anh, Hà Nội, được xuất viện'),
    [],
  );
  assert.deepEqual(
    provinces('Tổng Lãnh sự quán Hoa Kỳ tại TP.HCM cho biết chương trình sẽ kéo dài 2 tuần'),
    [],
  );
  assert.deepEqual(provinces('Phòng khám đặt tại Bệnh viện Mắt số 12 Điện Biên Phủ'), []);
  assert.deepEqual(provinces('Tàu bệnh viện Khánh Hòa của Hải quân cùng tham gia'), []);
});

test("the big hospitals' city said in passing is not a province taking part", () => {
  assert.deepEqual(
    provinces('Người bệnh không phải chuyển lên các bệnh viện tuyến trên ở Hà Nội và TP.HCM'),
    [],
  );
  assert.deepEqual(provinces('Đoàn bác sĩ từ Hà Nội về hỗ trợ bệnh viện huyện'), ['Hà Nội']);
});

test('foreign regions are kept apart and point to their country', () => {
  const found = findCountryMentions('tham dự chương trình tại Quảng Tây (Trung Quốc)', 0, []);
  assert.deepEqual(
    found.map((m) => [m.name, m.via]),
    [
      ['Trung Quốc', 'Quảng Tây'],
      ['Trung Quốc', null],
    ],
  );
  assert.deepEqual(provinces('tham dự chương trình tại Quảng Tây (Trung Quốc)'), []);
});

test('short country names that are also words or given names need context', () => {
  assert.deepEqual(countries('Thứ trưởng Lê Đức Luận đến Bệnh viện Việt Đức'), []);
  assert.deepEqual(countries('chuyên gia từ Lào Cai'), []);
  assert.deepEqual(countries('hỗ trợ song phương giữa Mỹ và Việt Nam'), ['Hoa Kỳ']);
});

test('the places that matter: in the lead, written with their administrative word, or named twice', () => {
  const mentions = [
    { name: 'Lào Cai', sentence: 1, strong: false, via: null },
    { name: 'Hà Nội', sentence: 7, strong: false, via: null },
    { name: 'Lai Châu', sentence: 8, strong: true, via: null },
  ];
  assert.deepEqual(selectPlaces(mentions, 3), ['Lào Cai', 'Lai Châu']);
});

test("a province is named as it was at the event's date, with the province it belongs to now", () => {
  assert.deepEqual(provinceAt('Yên Bái', '2023-09-14'), {
    name: 'Yên Bái',
    code: '15',
    current: 'Lào Cai',
  });
  assert.deepEqual(provinceAt('Lào Cai', '2023-05-05'), {
    name: 'Lào Cai',
    code: '10',
    current: 'Lào Cai',
  });
  assert.deepEqual(provinceAt('Yên Bái', '2025-08-01'), {
    name: 'Lào Cai',
    code: '15',
    current: 'Lào Cai',
  });
  assert.equal(provinceAt('Thừa Thiên Huế', '2024-06-01')!.name, 'Thừa Thiên Huế');
  assert.equal(provinceAt('Thừa Thiên Huế', '2025-03-01')!.name, 'Huế');
});

test('a country named after a disease, a language or a region is not the country taking part', () => {
  assert.deepEqual(
    countries('Tỉnh triển khai tiêm vắc xin viêm não Nhật Bản cho trẻ dưới 5 tuổi'),
    [],
  );
  assert.deepEqual(countries('Lớp học tiếng Anh dành cho điều dưỡng của bệnh viện'), []);
  assert.deepEqual(
    countries('Tàu bệnh viện tham gia diễn tập tại khu vực Ấn Độ - Thái Bình Dương'),
    [],
  );
  assert.deepEqual(
    countries('Bác sĩ Bệnh viện Hữu nghị Việt Nam - Cuba Đồng Hới khám cho người dân'),
    [],
  );
  assert.deepEqual(countries('Bệnh nhân được chuyển đến bệnh viện hữu nghị Việt Nam – Cu Ba'), []);
  assert.deepEqual(countries('Các bác sĩ Bệnh viện Pháp Việt tham gia ca mổ'), []);
});

test('a short country name is the country when people or a body of that nationality are meant', () => {
  assert.deepEqual(countries('Ca ghép gan do 4 bác sĩ Bỉ thực hiện tại bệnh viện'), ['Bỉ']);
  assert.deepEqual(countries('Kỹ thuật được các giáo sư của Pháp chuyển giao'), ['Pháp']);
  assert.deepEqual(countries('Nhà tài trợ là bà Lê Thị Hoa, Việt kiều Đức'), ['Đức']);
  assert.deepEqual(countries('Tổ chức Operation Smile (Mỹ) phẫu thuật miễn phí cho trẻ'), [
    'Hoa Kỳ',
  ]);
  assert.deepEqual(countries('Kinh phí do Trung tâm Kiểm soát bệnh tật Mỹ (CDC) cam kết'), [
    'Hoa Kỳ',
  ]);
  assert.deepEqual(
    countries('Phòng khám do tổ chức Bác sĩ Thế giới (MDM) Pháp, có văn phòng tại TP.HCM, tài trợ'),
    ['Pháp'],
  );
  assert.deepEqual(countries('Hội thảo có các nhà khoa học Nhật Bản, Hàn Quốc, Anh và Việt Nam'), [
    'Nhật Bản',
    'Hàn Quốc',
    'Anh',
  ]);
  assert.deepEqual(
    countries('Trong giai đoạn tới, Mỹ sẽ viện trợ thêm 2 triệu USD cho chương trình'),
    ['Hoa Kỳ'],
  );
});

test('a given name or a pronoun is not a country', () => {
  assert.deepEqual(countries('Bác sĩ Đức cho biết bệnh nhân đã ổn định'), []);
  assert.deepEqual(countries('Anh sẽ hỗ trợ gia đình bệnh nhân làm thủ tục'), []);
  assert.deepEqual(
    countries('Điều dưỡng Nguyễn Thị Nga cùng chị Trần Mỹ Anh chăm sóc bệnh nhân'),
    [],
  );
});

test('a country taking part through its people or representatives is named as a participant', () => {
  const found = findCountryMentions(
    'Dự lễ có đại diện của các nước đối tác như Australia, Singapore',
    0,
    [],
  );
  assert.deepEqual(
    found.map((m) => [m.name, m.strong]),
    [
      ['Australia', true],
      ['Singapore', true],
    ],
  );
  const background = findCountryMentions(
    'Nhiều người bệnh vẫn chọn sang Singapore điều trị',
    0,
    [],
  );
  assert.deepEqual(
    background.map((m) => [m.name, m.strong]),
    [['Singapore', false]],
  );
});

test('a foreign agency or university that names no country stands for its country', () => {
  assert.deepEqual(countries('Dự án do JICA tài trợ được bàn giao cho bệnh viện'), ['Nhật Bản']);
  assert.deepEqual(countries('Bộ Y tế ký thỏa thuận với Đại học Johns Hopkins'), ['Hoa Kỳ']);
  assert.deepEqual(countries('Đại diện Tổ chức Y tế Thế giới (WHO) phát biểu'), []);
});

test('a province where a statistic was counted is not a province taking part', () => {
  assert.deepEqual(provinces('Tỷ lệ này cao nhất ở TP.HCM 8,5% và Lạng Sơn 6,1%'), []);
  assert.deepEqual(provinces('Ở Nghệ An, tỷ lệ trẻ suy dinh dưỡng vẫn ở mức cao'), []);
  assert.deepEqual(provinces('Các ổ dịch tập trung ở Thanh Hóa (120 ca) và Hà Tĩnh (45 ca)'), []);
  assert.deepEqual(provinces('Chương trình đã khám cho 300 người dân Nghệ An'), ['Nghệ An']);
});

test('a national medical university written short is named after its city, a fallback place', () => {
  const found = findProvinceMentions(
    'Học bổng dành cho giảng viên hai trường (ĐH Y dược TP.HCM và ĐH Y Hà Nội)',
    0,
    [],
  );
  assert.deepEqual(
    found.map((m) => [m.name, m.fallback === true]),
    [
      ['Hồ Chí Minh', true],
      ['Hà Nội', true],
    ],
  );
});

test("a city's own hospital with its city in parentheses is that city taking part", () => {
  assert.deepEqual(
    provinces('Khoa sơ sinh Bệnh viện Từ Dũ (TP.HCM) tiếp nhận thiết bị do Nhật Bản tài trợ'),
    ['Hồ Chí Minh'],
  );
  assert.deepEqual(provinces('Bác sĩ Bệnh viện Chợ Rẫy (TP.HCM) hỗ trợ tỉnh bạn'), []);
});

test('a province listed beside one written with its administrative word is a place of the event too', () => {
  const strong = (s: string) =>
    findProvinceMentions(s, 5, findOrganisations(s)).map((m) => [m.name, m.strong]);
  assert.deepEqual(strong('Lớp học mở ở Cần Thơ, TP.HCM và tỉnh Bến Tre.'), [
    ['Cần Thơ', true],
    ['Hồ Chí Minh', true],
    ['Bến Tre', true],
  ]);
  assert.deepEqual(strong('Hai đoàn làm việc tại tỉnh Quảng Nam và Huế.'), [
    ['Quảng Nam', true],
    ['Thừa Thiên Huế', true],
  ]);
  // Not across other words: a second place in the sentence is named on its own.
  assert.deepEqual(strong('Đoàn rời TP.HCM rồi sang Cần Thơ.'), [
    ['Hồ Chí Minh', true],
    ['Cần Thơ', false],
  ]);
});

test('a short country name listed right after a country found is a country too, and a party when that one is', () => {
  const strong = (s: string) =>
    findCountryMentions(s, 5, findOrganisations(s)).map((m) => [m.name, m.strong]);
  assert.deepEqual(strong('Buổi tập huấn do chuyên gia Mỹ, Anh hướng dẫn.'), [
    ['Hoa Kỳ', true],
    ['Anh', true],
  ]);
  assert.deepEqual(strong('Đoàn chuyên gia Nhật Bản và Pháp cùng phẫu thuật.'), [
    ['Nhật Bản', true],
    ['Pháp', true],
  ]);
  // A given name after a country is a person's: "Mỹ và Anh Tuấn".
  assert.deepEqual(strong('Đoàn chuyên gia Mỹ và Anh Tuấn cùng tới.'), [['Hoa Kỳ', true]]);
});
