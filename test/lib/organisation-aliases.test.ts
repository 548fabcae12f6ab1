import { test } from 'node:test';
import assert from 'node:assert/strict';
import { organisationKeys, organisationKeysOfEvents } from '../../src/lib/organisation-aliases.ts';

test('an abbreviation bracketed after a name names that institution, with or without its head', () => {
  const keyOf = organisationKeys([
    'Bệnh viện Hoàn Hảo (HHH)',
    'Bệnh viện HHH',
    'BV HHH',
    'HHH',
    'Trung tâm HHH',
  ]);
  const full = keyOf('Bệnh viện Hoàn Hảo (HHH)');
  assert.equal(keyOf('Bệnh viện HHH'), full);
  assert.equal(keyOf('BV HHH'), full);
  assert.equal(keyOf('HHH'), full);
  assert.equal(keyOf('Bệnh viện Hoàn Hảo'), full);
  // Without the bracket, nothing says what "HHH" stands for.
  const untaught = organisationKeys(['Bệnh viện Hoàn Hảo', 'Bệnh viện HHH']);
  assert.notEqual(untaught('Bệnh viện HHH'), untaught('Bệnh viện Hoàn Hảo'));
});

test('an abbreviation two institutions bracket names neither', () => {
  const keyOf = organisationKeys([
    'Trung tâm Phát triển Cộng đồng (CDC)',
    'Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai (CDC)',
    'CDC',
  ]);
  assert.notEqual(keyOf('CDC'), keyOf('Trung tâm Phát triển Cộng đồng (CDC)'));
  assert.notEqual(keyOf('CDC'), keyOf('Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai'));
});

test('a name followed by its place is the name alone when the names know it in that one place', () => {
  const keyOf = organisationKeys([
    'Bệnh viện Thống Nhất TP HCM',
    'Bệnh viện Thống Nhất',
    'Bệnh viện E Trung ương',
    'Bệnh viện E',
  ]);
  assert.equal(keyOf('Bệnh viện Thống Nhất TP.HCM'), keyOf('Bệnh viện Thống Nhất'));
  assert.equal(keyOf('Bệnh viện E Trung ương'), keyOf('Bệnh viện E'));
});

test('a name known in two places leaves the bare name apart, and a field is no name of its own', () => {
  const keyOf = organisationKeys([
    'Viện Pasteur TP HCM',
    'Viện Pasteur Nha Trang',
    'Viện Pasteur',
    'Bệnh viện Phụ sản Hà Nội',
    'Bệnh viện Phụ sản',
  ]);
  assert.notEqual(keyOf('Viện Pasteur'), keyOf('Viện Pasteur TP HCM'));
  assert.notEqual(keyOf('Viện Pasteur'), keyOf('Viện Pasteur Nha Trang'));
  assert.notEqual(keyOf('Bệnh viện Phụ sản'), keyOf('Bệnh viện Phụ sản Hà Nội'));
});

test('the keys do not depend on the order of the names or of the events', () => {
  const events = [
    { organisations: [{ name: 'Bệnh viện Hoàn Hảo (HHH)' }, { name: 'Bệnh viện Thống Nhất' }] },
    { organisations: [{ name: 'BV HHH' }, { name: 'Bệnh viện Thống Nhất TP HCM' }] },
  ];
  const forward = organisationKeysOfEvents(events);
  const backward = organisationKeysOfEvents([...events].reverse());
  for (const name of ['BV HHH', 'Bệnh viện Thống Nhất TP HCM', 'Bệnh viện Thống Nhất'])
    assert.equal(forward(name), backward(name));
  assert.equal(forward('BV HHH'), forward('Bệnh viện Hoàn Hảo (HHH)'));
});

test('an abbreviation in capitals after a head is the one name of that head whose words it takes the first letters of', () => {
  const keyOf = organisationKeys([
    'Hội Bảo trợ người khuyết tật Đà Nẵng',
    'Hội BTNKT',
    'Trung tâm Kiểm nghiệm thuốc',
    'Trung tâm KNT',
    'Trung tâm Khám ngoại trú',
  ]);
  assert.equal(keyOf('Hội BTNKT'), keyOf('Hội Bảo trợ người khuyết tật Đà Nẵng'));
  // Two names of the head spell the same letters: the abbreviation names neither.
  assert.notEqual(keyOf('Trung tâm KNT'), keyOf('Trung tâm Kiểm nghiệm thuốc'));
  assert.notEqual(keyOf('Trung tâm KNT'), keyOf('Trung tâm Khám ngoại trú'));
});

test('an academy is one per field in the country: a place after its field is its seat', () => {
  const keyOf = organisationKeys([
    'Học viện Y học cổ truyền Huế',
    'Học viện Y học cổ truyền',
    'Bệnh viện Y học cổ truyền Huế',
    'Bệnh viện Y học cổ truyền',
    'Học viện Điều dưỡng Cần Thơ',
    'Học viện Điều dưỡng Đà Nẵng',
    'Học viện Điều dưỡng',
  ]);
  assert.equal(keyOf('Học viện Y học cổ truyền Huế'), keyOf('Học viện Y học cổ truyền'));
  // A hospital of that field stands in every province: the place names another hospital.
  assert.notEqual(keyOf('Bệnh viện Y học cổ truyền Huế'), keyOf('Bệnh viện Y học cổ truyền'));
  // Known in two places, the bare name is neither.
  assert.notEqual(keyOf('Học viện Điều dưỡng'), keyOf('Học viện Điều dưỡng Cần Thơ'));
  assert.notEqual(keyOf('Học viện Điều dưỡng'), keyOf('Học viện Điều dưỡng Đà Nẵng'));
});

test('"Viện X" and "Viện X Trung ương" are the national hospital "Bệnh viện X Trung ương" when the names have it', () => {
  const keyOf = organisationKeys([
    'Bệnh viện Lão khoa Trung ương',
    'Viện Lão khoa',
    'Viện Lão khoa TW',
    'Bệnh viện Q Trung ương',
    'Bệnh viện Q',
    'Viện Q',
  ]);
  const national = keyOf('Bệnh viện Lão khoa Trung ương');
  assert.equal(keyOf('Viện Lão khoa'), national);
  assert.equal(keyOf('Viện Lão khoa Trung ương'), national);
  assert.equal(keyOf('Viện Lão khoa TW'), national);
  // With the place rule: "Bệnh viện Q" is the hospital, and so is "Viện Q".
  assert.equal(keyOf('Viện Q'), keyOf('Bệnh viện Q'));
  assert.equal(keyOf('Viện Q'), keyOf('Bệnh viện Q Trung ương'));
});

test('"Viện X" stays itself without the national hospital, or when another "Viện X …" goes on from it', () => {
  const untaught = organisationKeys([
    'Viện Dinh dưỡng',
    'Viện Dinh dưỡng Trung ương',
    'Bệnh viện Dinh dưỡng',
  ]);
  assert.notEqual(untaught('Viện Dinh dưỡng'), untaught('Bệnh viện Dinh dưỡng'));
  assert.notEqual(untaught('Viện Dinh dưỡng Trung ương'), untaught('Bệnh viện Dinh dưỡng'));
  const keyOf = organisationKeys([
    'Bệnh viện Da liễu Trung ương',
    'Viện Da liễu Trung ương',
    'Viện Da liễu Thuỵ Sĩ',
    'Viện Da liễu',
  ]);
  assert.equal(keyOf('Viện Da liễu Trung ương'), keyOf('Bệnh viện Da liễu Trung ương'));
  assert.notEqual(keyOf('Viện Da liễu'), keyOf('Bệnh viện Da liễu Trung ương'));
  assert.notEqual(keyOf('Viện Da liễu Thuỵ Sĩ'), keyOf('Bệnh viện Da liễu Trung ương'));
});
