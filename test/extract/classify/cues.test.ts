import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_FAMILIES } from '../../../src/extract/classify/cues.ts';
import { anyOf } from '../../../src/extract/classify/any-of.ts';
import { mayReportCooperation } from '../../../src/extract/classify/classify.ts';

const family = (name: string) => CUE_FAMILIES.find((f) => f.name === name)!.pattern;

test('a foreign team is named by a profession and a nationality, not by a doctor whose given name is a country', () => {
  assert.ok(family('foreign').test('Ca mổ do các giáo sư người Bỉ thực hiện tại bệnh viện tỉnh.'));
  assert.ok(family('foreign').test('Hai chuyên gia Nhật Bản sẽ ở lại hướng dẫn kíp mổ.'));
  assert.ok(!family('foreign').test('Bác sĩ Đức cho biết bệnh nhân đã ổn định.'));
});

test('"NGO" is a donor only in capitals and as a word: "nước ngoài" is not', () => {
  assert.ok(family('donor').test('Một tổ chức NGO của Canada tài trợ dự án.'));
  assert.ok(!family('donor').test('Bệnh nhân được chuyển ra nước ngoài điều trị.'));
});

test('funding is named by its source, a gift by its giver', () => {
  assert.ok(family('funding').test('Đơn vị thính lực được Đan Mạch và Nhật Bản tài trợ.'));
  assert.ok(family('funding').test('Dự án do Chính phủ Nhật Bản viện trợ không hoàn lại.'));
  assert.ok(family('gift').test('Tổ chức ORBIS tặng bệnh viện một máy laser.'));
});

test('"sự tài trợ của" names the sponsor of another activity: not aid by itself', () => {
  assert.ok(!family('aid').test('Đợt mổ tim được thực hiện dưới sự tài trợ của một quỹ từ thiện.'));
  assert.ok(!family('funding').test('Chương trình khám mắt được sự tài trợ của một Việt kiều.'));
  assert.ok(family('aid').test('Quỹ tài trợ 2 tỷ đồng cho bệnh viện huyện.'));
});

test('"thời gian qua" (lately) is not a programme review', () => {
  assert.ok(!family('review').test('Thời gian qua bệnh nhi bị đau bụng nhiều lần.'));
  assert.ok(family('review').test('Hội nghị tổng kết 5 năm hợp tác giữa hai bệnh viện.'));
});

test('the pre-filter needs a cue and a health word', () => {
  assert.ok(mayReportCooperation('Bệnh viện tỉnh ký kết hợp tác với Bệnh viện Bạch Mai.'));
  assert.ok(!mayReportCooperation('Hai hãng hàng không ký kết hợp tác kinh doanh.'));
  assert.ok(!mayReportCooperation('Bệnh viện tỉnh khai trương khoa mới.'));
});

test('patterns joined into one match where any of them does, each keeping its own case rule', () => {
  const joined = anyOf([/ký kết/iu, /(?<!\p{L})NGO(?!\p{L})/u]);
  assert.ok(joined.test('Hai bên KÝ KẾT biên bản.'));
  assert.ok(joined.test('Một tổ chức NGO của Úc tài trợ.'));
  assert.ok(!joined.test('Bệnh nhân ngoài tỉnh được khám miễn phí.'));
  assert.throws(() => anyOf([/(hợp) \1/u]), /cannot join/);
});
