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
