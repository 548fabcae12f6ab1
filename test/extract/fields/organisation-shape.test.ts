import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describesByCountry,
  goesOnAfterComma,
  namesDocumentOrHonour,
  namesEventOrVenue,
  withClosingCall,
  withoutAddress,
} from '../../../src/extract/fields/organisation-shape.ts';
import { checkSentence } from '../../../src/extract/fields/organisation-check.ts';
import type { OrganisationMention } from '../../../src/extract/fields/organisations.ts';
import type { NameMention } from '../../../src/extract/names/recognise.ts';

/** The rules' mention of `raw` in the sentence. */
function found(sentence: string, raw: string, name = raw): OrganisationMention {
  const start = sentence.indexOf(raw);
  assert.ok(start >= 0, raw);
  return { name, raw, start, end: start + raw.length, needsProvince: false };
}
/** The recogniser's institution over the same words. */
const recognised = (m: OrganisationMention): NameMention => ({
  kind: 'ORG',
  text: m.raw,
  sentence: 0,
  start: m.start,
  end: m.end,
});
const checked = (sentence: string, mention: OrganisationMention) =>
  checkSentence(sentence, [mention], [recognised(mention)]).map((m) => m.name);

test('a conference, a fair or a trade centre opens like an institution but is none', () => {
  assert.ok(namesEventOrVenue('Hội Nghị Răng Miệng Châu Á'));
  assert.ok(namesEventOrVenue('Hội thảo Dinh dưỡng Quốc tế'));
  assert.ok(namesEventOrVenue('Trung tâm Thương mại Sài Gòn'));
  assert.ok(namesEventOrVenue('Trung tâm Triển lãm Vân Hồ'));
  // An association, and a centre named for a field rather than a building, are institutions.
  assert.ok(!namesEventOrVenue('Hội Nghề cá Việt Nam'));
  assert.ok(!namesEventOrVenue('Hội Nghiên cứu Ung thư'));
  assert.ok(!namesEventOrVenue('Trung tâm Thương binh Nặng'));
  assert.ok(!namesEventOrVenue('Trung tâm Y tế quận Ba Đình'));
  const s = 'Kết quả được công bố tại Hội Nghị Răng Miệng Châu Á năm nay.';
  assert.deepEqual(checked(s, found(s, 'Hội Nghị Răng Miệng Châu Á')), []);
});

test('a congress, an exhibition, a park, a law or an honour opens like an institution but is none', () => {
  assert.ok(namesEventOrVenue('Đại hội Hội Nữ hộ sinh toàn quốc'));
  assert.ok(namesEventOrVenue('Triển lãm Y tế Quốc tế'));
  assert.ok(namesEventOrVenue('Công viên Tao Đàn'));
  assert.ok(namesEventOrVenue('Khu công nghiệp Sóng Thần'));
  assert.ok(namesDocumentOrHonour('Luật Phòng, chống tác hại của thuốc lá'));
  assert.ok(namesDocumentOrHonour('Bộ luật Lao động'));
  assert.ok(namesDocumentOrHonour('Huân chương Độc lập hạng Nhì'));
  assert.ok(namesDocumentOrHonour('Nghị định 117'));
  // The board that manages a zone, and a ministry, are institutions.
  assert.ok(!namesEventOrVenue('Ban Quản lý Khu công nghiệp Sóng Thần'));
  assert.ok(!namesDocumentOrHonour('Bộ Tư pháp'));
  assert.ok(!namesDocumentOrHonour('Đoàn Luật sư TP. HCM'));
  const s = 'Bệnh viện được trao Huân chương Lao động hạng Ba.';
  assert.deepEqual(checked(s, found(s, 'Huân chương Lao động hạng Ba')), []);
});

test('a name does not run on into the clause of an event it organises', () => {
  assert.ok(namesEventOrVenue('Viện Nghiên cứu Y học cộng đồng tổ chức Hội thảo quốc tế'));
  assert.ok(namesEventOrVenue('Sở Y tế tỉnh Kon Tum tổ chức hội nghị tổng kết'));
  // The organising committee is a name: "tổ chức" right after its head.
  assert.ok(!namesEventOrVenue('Ban tổ chức Hội thảo Nhi khoa'));
  // "tổ chức" before no event is no such clause.
  assert.ok(!namesEventOrVenue('Hội Bảo trợ Người khuyết tật tổ chức Phi chính phủ'));
});

test('a name written as a call keeps its call', () => {
  const s = 'Hôm qua, Quỹ Mẹ ơi trao 50 suất quà cho trẻ em vùng lũ.';
  const mended = withClosingCall(s, found(s, 'Quỹ Mẹ'));
  assert.equal(mended.name, 'Quỹ Mẹ ơi');
  assert.equal(s.slice(mended.start, mended.end), 'Quỹ Mẹ ơi');
  assert.deepEqual(checked(s, found(s, 'Quỹ Mẹ')), ['Quỹ Mẹ ơi']);
  // "ơi" is a word of its own: "Quỹ Mẹ ơn…" is no call.
  const t = 'Quỹ Mẹ ơn nghĩa tặng quà.';
  assert.equal(withClosingCall(t, found(t, 'Quỹ Mẹ')).name, 'Quỹ Mẹ');
});

test('a street address taken into a name is left out of it; a name that was only an address is none', () => {
  const s = 'Người bệnh đến khám tại Bệnh viện Răng số 12 Lê Lợi, quận 1, TP HCM.';
  const trimmed = withoutAddress(s, found(s, 'Bệnh viện Răng số 12 Lê Lợi'));
  assert.equal(trimmed?.name, 'Bệnh viện Răng');
  assert.equal(trimmed && s.slice(trimmed.start, trimmed.end), 'Bệnh viện Răng');
  const t = 'Lịch khám từ ngày 3-2 tại BV số 45B Trần Phú, Q.5, TP.HCM.';
  assert.equal(withoutAddress(t, found(t, 'BV số 45B', 'Bệnh viện số 45B')), null);
  // A number that is part of the name, with no street and district after it, stays.
  const u = 'Bệnh viện dã chiến cấp 2 số 3 của Việt Nam đã lên đường.';
  const unit = found(u, 'Bệnh viện dã chiến cấp 2 số 3');
  assert.equal(withoutAddress(u, unit), unit);
});

test('a name stopped at a comma between its own fields was cut; a list of names was not', () => {
  const s = 'Theo Bộ Công nghiệp, Thương mại và Du lịch Nhật Bản, xuất khẩu tăng.';
  assert.ok(goesOnAfterComma(s, s.indexOf(',')));
  assert.deepEqual(checked(s, found(s, 'Bộ Công nghiệp')), []);
  const t = 'Viện Tim mạch, Chẩn đoán hình ảnh và Phục hồi chức năng vừa khai trương.';
  assert.ok(goesOnAfterComma(t, t.indexOf(',')));
  // A field in lower case closed by the name's national level.
  const level = 'Các chuyên gia làm việc tại Bệnh viện Lão khoa, phục hồi chức năng T.Ư, ở Hà Nội.';
  assert.ok(goesOnAfterComma(level, level.indexOf(',')));
  const spoke = 'Bác sĩ Bệnh viện Lão khoa, phục hồi chức năng T.Ư cho biết như vậy.';
  assert.ok(goesOnAfterComma(spoke, spoke.indexOf(',')));
  const last = 'Đoàn đã tới thăm Bệnh viện Lão khoa, phục hồi chức năng T.Ư.';
  assert.ok(goesOnAfterComma(last, last.indexOf(',')));
  const hospitals = 'Bệnh viện Bạch Mai, bệnh viện tuyến trung ương, nhận thêm máy.';
  assert.ok(!goesOnAfterComma(hospitals, hospitals.indexOf(',')));
  const clauseToLevel = 'Bộ Y tế, phối hợp với các bệnh viện trung ương, sẽ kiểm tra.';
  assert.ok(!goesOnAfterComma(clauseToLevel, clauseToLevel.indexOf(',')));
  // Proper names and heads after the comma: a list.
  const list = 'Bệnh viện Bạch Mai, Việt Đức và Chợ Rẫy cùng nhận máy.';
  assert.ok(!goesOnAfterComma(list, list.indexOf(',')));
  const heads = 'Bệnh viện Bạch Mai, Bệnh viện Thanh Nhàn và Sở Y tế cùng ký.';
  assert.ok(!goesOnAfterComma(heads, heads.indexOf(',')));
  const places = 'Sở Y tế Hà Nam, Ninh Bình và Nam Định cùng ký.';
  assert.ok(!goesOnAfterComma(places, places.indexOf(',')));
  // A clause after the comma, not a field.
  const clause = 'Theo Bộ Y tế, các bệnh viện và Trung tâm Y tế phải báo cáo.';
  assert.ok(!goesOnAfterComma(clause, clause.indexOf(',')));
});

test('a kind of establishment and a country describes a place, it names no institution', () => {
  assert.ok(describesByCountry('Bệnh viện Ấn Độ'));
  assert.ok(describesByCountry('Trường Đại học Cuba'));
  assert.ok(describesByCountry('Bệnh viện Việt Nam'));
  const s = 'Nhiều bác sĩ các bệnh viện Việt Nam sang Lào học tập.';
  assert.deepEqual(checked(s, found(s, 'bệnh viện Việt Nam', 'Bệnh viện Việt Nam')), []);
  // A state's body, or a name that goes on past the country, is an institution.
  assert.ok(!describesByCountry('Chính phủ Nhật Bản'));
  assert.ok(!describesByCountry('Hải quân Mỹ'));
  assert.ok(!describesByCountry('Bệnh viện Việt Nam - Thụy Điển'));
  assert.ok(!describesByCountry('Bệnh viện Hữu nghị Việt Nam - Cuba'));
});
