import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkOrganisations,
  checkSentence,
  endsInsidePlaceName,
  writtenWhole,
} from '../../../src/extract/fields/organisation-check.ts';
import type { OrganisationMention } from '../../../src/extract/fields/organisations.ts';
import type { NameMention, RecogniserWeights } from '../../../src/extract/names/recognise.ts';
import { TAGS, tagIndex } from '../../../src/extract/names/tags.ts';

/** The rules' mention of `raw` in the sentence, as the rules write it. */
function ruleFound(sentence: string, raw: string, name = raw): OrganisationMention {
  const start = sentence.indexOf(raw);
  assert.ok(start >= 0, raw);
  return { name, raw, start, end: start + raw.length, needsProvince: false };
}

/** The recogniser's institution `text` in the sentence. */
function recognised(sentence: string, text: string): NameMention {
  const start = sentence.indexOf(text);
  assert.ok(start >= 0, text);
  return { kind: 'ORG', text, sentence: 0, start, end: start + text.length };
}

const names = (mentions: OrganisationMention[]) => mentions.map((m) => m.name);

test('a name the rules cut inside a word is mended to the name the recogniser reads', () => {
  const s = 'Chiều qua, Vụ Tổ chức cán bộ đã gửi công văn cho các tỉnh.';
  const checked = checkSentence(s, [ruleFound(s, 'Vụ Tổ')], [recognised(s, 'Vụ Tổ chức cán bộ')]);
  assert.deepEqual(names(checked), ['Vụ Tổ chức cán bộ']);
  assert.equal(checked[0]!.raw, 'Vụ Tổ chức cán bộ');
});

test('a name cut at a spaced hyphen is mended, and its bracketed abbreviation kept', () => {
  const s = 'Các bác sĩ của Bệnh viện Hàn - Úc (HUH) đã tới thăm.';
  const checked = checkSentence(
    s,
    [ruleFound(s, 'Bệnh viện Hàn')],
    [recognised(s, 'Bệnh viện Hàn - Úc')],
  );
  assert.deepEqual(names(checked), ['Bệnh viện Hàn - Úc (HUH)']);
});

test('a name cut at "&" is mended, and a span that starts before the head adds only what follows', () => {
  const s = 'Đại diện Bộ Văn hóa & Thể thao và Trung ương Hội Nông dân trẻ Việt Nam có mặt.';
  const checked = checkSentence(
    s,
    [ruleFound(s, 'Bộ Văn hóa'), ruleFound(s, 'Hội Nông')],
    [recognised(s, 'Bộ Văn hóa & Thể thao'), recognised(s, 'Trung ương Hội Nông dân trẻ Việt Nam')],
  );
  assert.deepEqual(names(checked), ['Bộ Văn hóa & Thể thao', 'Hội Nông dân trẻ Việt Nam']);
});

test('an abbreviated head is written out in the mended name', () => {
  const s = 'Đoàn công tác của BV Bưu điện đã đến xã.';
  const checked = checkSentence(
    s,
    [ruleFound(s, 'BV Bưu', 'Bệnh viện Bưu')],
    [recognised(s, 'BV Bưu điện')],
  );
  assert.deepEqual(names(checked), ['Bệnh viện Bưu điện']);
});

test('a name the recogniser sees no institution in is left out, not published cut', () => {
  const s = 'Anh ấy nằm bệnh viện 7 ngày rồi về nhà.';
  assert.deepEqual(checkSentence(s, [ruleFound(s, 'bệnh viện 7', 'Bệnh viện 7')], []), []);
});

test('a name the recogniser reads the same is kept as the rules wrote it', () => {
  const s = 'Bệnh viện Bạch Mai và Sở Y tế tỉnh Lào Cai ký thỏa thuận.';
  const bachMai = ruleFound(s, 'Bệnh viện Bạch Mai');
  const soYTe = ruleFound(s, 'Sở Y tế tỉnh Lào Cai');
  const checked = checkSentence(
    s,
    [bachMai, soYTe],
    [recognised(s, 'Bệnh viện Bạch Mai'), recognised(s, 'Sở Y tế tỉnh Lào Cai')],
  );
  assert.deepEqual(checked, [bachMai, soYTe]);
});

test('a whole name is not run on into the sentence after it', () => {
  const s = 'Sự hỗ trợ của Bệnh viện Bạch Mai với tỉnh Lào Cai rất lớn.';
  const rule = ruleFound(s, 'Bệnh viện Bạch Mai');
  // Two capitalised syllables make "Bạch Mai" whole.
  assert.deepEqual(
    checkSentence(s, [rule], [recognised(s, 'Bệnh viện Bạch Mai với tỉnh Lào Cai')]),
    [rule],
  );
  // A country ends a name; a word that puts a place after it is no word of the name.
  const navy = 'Tàu Hải quân Mỹ trở lại cảng Đà Nẵng.';
  const navyRule = ruleFound(navy, 'Hải quân Mỹ');
  assert.deepEqual(
    checkSentence(navy, [navyRule], [recognised(navy, 'Hải quân Mỹ trở lại cảng Đà Nẵng')]),
    [navyRule],
  );
  const clinic = 'Bác sĩ của Bệnh viện Sanjivani tại thành phố Pune sang thăm.';
  const clinicRule = ruleFound(clinic, 'Bệnh viện Sanjivani');
  assert.deepEqual(
    checkSentence(
      clinic,
      [clinicRule],
      [recognised(clinic, 'Bệnh viện Sanjivani tại thành phố Pune')],
    ),
    [clinicRule],
  );
});

test("a recognised span that joins two of the rules' names, or starts before the head, leaves them as they are", () => {
  const s = 'Bệnh viện Chợ Rẫy và Bệnh viện Từ Dũ cùng tham gia.';
  const a = ruleFound(s, 'Bệnh viện Chợ Rẫy');
  const b = ruleFound(s, 'Bệnh viện Từ Dũ');
  assert.deepEqual(
    checkSentence(s, [a, b], [recognised(s, 'Bệnh viện Chợ Rẫy và Bệnh viện Từ Dũ')]),
    [a, b],
  );
  const d = 'Các bác sĩ khoa Mắt Bệnh viện Hoàn Mỹ khám cho dân.';
  const hospital = ruleFound(d, 'Bệnh viện Hoàn Mỹ');
  assert.deepEqual(checkSentence(d, [hospital], [recognised(d, 'khoa Mắt Bệnh viện Hoàn Mỹ')]), [
    hospital,
  ]);
});

test('a name that still ends inside a word is left out, not published cut', () => {
  const s = 'Quỹ Bầu trời xanh trao học bổng cho sinh viên y khoa.';
  assert.deepEqual(checkSentence(s, [ruleFound(s, 'Quỹ Bầu')], [recognised(s, 'Quỹ Bầu')]), []);
  assert.deepEqual(
    names(
      checkSentence(s, [ruleFound(s, 'Quỹ Bầu trời xanh')], [recognised(s, 'Quỹ Bầu trời xanh')]),
    ),
    ['Quỹ Bầu trời xanh'],
  );
});

/**
 * A tiny recogniser: "Quỹ" opens an institution and "Sen" continues it; "Vàng" after them is as
 * likely outside the name as inside it (the best path still stops before it, by a hair).
 */
function tinyRecogniser(confidence?: RecogniserWeights['confidence']): RecogniserWeights {
  const row = (scores: Partial<Record<(typeof TAGS)[number], number>>) => {
    const r = new Float32Array(TAGS.length);
    for (const [tag, w] of Object.entries(scores))
      r[tagIndex(tag as (typeof TAGS)[number])] = w ?? 0;
    return r;
  };
  return {
    emission: new Map([
      ['bias', row({ O: 2 })],
      ['w=Quỹ', row({ 'B-ORG': 5 })],
      ['w=Sen', row({ 'I-ORG': 5 })],
      ['w=Vàng', row({ 'I-ORG': 1.9 })],
    ]),
    transition: Array.from({ length: TAGS.length + 1 }, () =>
      new Array<number>(TAGS.length).fill(0),
    ),
    boundary: new Map(),
    ...(confidence && { confidence }),
  };
}

test('an institution the recogniser may read on past where the rules ended it is left out of the event; a sure one is kept', () => {
  const unsure = 'Hôm qua Quỹ Sen Vàng tặng quà cho trẻ em.';
  const sure = 'Hôm qua Quỹ Sen tặng quà cho trẻ em.';
  const sentences = [unsure, sure].map((text) => ({
    text,
    organisations: [ruleFound(text, 'Quỹ Sen')],
  }));
  const weights = tinyRecogniser({ scale: 1, threshold: 0.65 });
  const [fromUnsure, fromSure] = checkOrganisations(sentences, weights);
  assert.deepEqual(names(fromUnsure!), []);
  assert.deepEqual(names(fromSure!), ['Quỹ Sen']);
  // A model without a threshold judges nothing: the rules' name stands as before.
  assert.deepEqual(names(checkOrganisations(sentences, tinyRecogniser())[0]!), ['Quỹ Sen']);
});

test("a name that stops inside a country's or a province's name was cut; one followed by a whole place was not", () => {
  const text =
    'Đoàn bác sĩ bệnh viện Hữu nghị Việt Nam - Cuba làm việc với Sở Y tế Hà Nội và Bệnh viện Bạch Mai Hà Nội.';
  const endOf = (name: string) => text.indexOf(name) + name.length;
  assert.equal(endsInsidePlaceName(text, endOf('bệnh viện Hữu nghị Việt')), true);
  assert.equal(endsInsidePlaceName(text, endOf('Sở Y tế Hà')), true);
  assert.equal(endsInsidePlaceName(text, endOf('bệnh viện Hữu nghị Việt Nam - Cuba')), false);
  assert.equal(endsInsidePlaceName(text, endOf('Sở Y tế Hà Nội')), false);
  assert.equal(endsInsidePlaceName(text, endOf('Bệnh viện Bạch Mai')), false);
  const paired =
    'Bác sĩ Bệnh viện Hữu nghị Việt - Đức và Bệnh viện Nhi Trung ương - Hà Nội hội chẩn.';
  const at = (name: string) => paired.indexOf(name) + name.length;
  assert.equal(endsInsidePlaceName(paired, at('Bệnh viện Hữu nghị Việt')), true);
  assert.equal(endsInsidePlaceName(paired, at('Bệnh viện Nhi Trung ương')), false);
});

/** tinyRecogniser that also reads `words` as an institution, and is as unsure of "cùng" after one as of "Vàng". */
function unsureAfter(words: string[]): RecogniserWeights {
  const base = tinyRecogniser({ scale: 1, threshold: 0.65 });
  const row = (tag: (typeof TAGS)[number], w: number) => {
    const r = new Float32Array(TAGS.length);
    r[tagIndex(tag)] = w;
    return r;
  };
  const emission = new Map(base.emission);
  words.forEach((word, i) => emission.set(`w=${word}`, row(i === 0 ? 'B-ORG' : 'I-ORG', 5)));
  emission.set('w=cùng', row('I-ORG', 1.9));
  return { ...base, emission };
}

test('an unsure name is kept where it is a known spelling or a run the corpus writes whole, unless a capital follows', () => {
  const known = 'Hôm qua World Bank cùng tặng quà cho trẻ em.';
  const corpusRun = 'Hôm qua Bộ Y tế cùng tặng quà cho trẻ em.';
  const cut = 'Hôm qua Viện Y học lâm sàng cùng tặng quà cho trẻ em.';
  const weights = unsureAfter(['World', 'Bank', 'Bộ', 'Y', 'tế', 'Viện', 'học', 'lâm', 'sàng']);
  const check = (text: string, raw: string) =>
    names(checkOrganisations([{ text, organisations: [ruleFound(text, raw)] }], weights)[0]!);
  assert.deepEqual(check(known, 'World Bank'), ['World Bank']);
  assert.deepEqual(check(corpusRun, 'Bộ Y tế'), ['Bộ Y tế']);
  // The corpus nearly always goes on from "Viện Y học lâm sàng": still left out.
  assert.deepEqual(check(cut, 'Viện Y học lâm sàng'), []);
  // Before a capitalised word the name may go on into it: the doubt stands even for a known name.
  const capital = 'Hôm qua World Bank Vàng tặng quà.';
  assert.ok(!writtenWhole(capital, ruleFound(capital, 'World Bank')));
  assert.ok(writtenWhole(known, ruleFound(known, 'World Bank')));
  const fields = 'Hôm qua Bộ Y tế và phòng dịch tặng quà.';
  assert.ok(!writtenWhole(fields, ruleFound(fields, 'Bộ Y tế')));
});

/** A tiny recogniser that reads "trung tâm hỗ trợ Sen" and "bệnh viện Sen" as institutions, "Vàng Lá" after them as a toss-up. */
function lowerCaseRecogniser(confidence?: RecogniserWeights['confidence']): RecogniserWeights {
  const weights = tinyRecogniser(confidence);
  const row = (tag: (typeof TAGS)[number], w: number) => {
    const r = new Float32Array(TAGS.length);
    r[tagIndex(tag)] = w;
    return r;
  };
  const emission = new Map(weights.emission);
  for (const w of ['trung', 'bệnh']) emission.set(`w=${w}`, row('B-ORG', 5));
  for (const w of ['tâm', 'hỗ', 'trợ', 'viện']) emission.set(`w=${w}`, row('I-ORG', 5));
  for (const w of ['Vàng', 'Lá']) emission.set(`w=${w}`, row('I-ORG', 2.2));
  return { ...weights, emission };
}

test('an institution only the recogniser found is taken when it opens with a head, names something and is more likely than not whole', () => {
  const texts = [
    'Hôm qua trung tâm hỗ trợ Sen tặng quà cho trẻ em.',
    // No proper part after the head: a description.
    'Hôm qua trung tâm hỗ trợ tặng quà cho trẻ em.',
    // The name may well go on: the exact span is less likely than not.
    'Hôm qua trung tâm hỗ trợ Sen Vàng Lá tặng quà cho trẻ em.',
    // A hospital ship is no hospital.
    'Hôm qua tàu bệnh viện Sen cập cảng Nha Trang.',
    'Hôm qua bệnh viện Sen tặng quà cho trẻ em.',
  ];
  const sentences = texts.map((text) => ({ text, organisations: [] }));
  const checked = checkOrganisations(sentences, lowerCaseRecogniser({ scale: 1, threshold: 0.65 }));
  assert.deepEqual(checked.map(names), [['Trung tâm hỗ trợ Sen'], [], [], [], ['Bệnh viện Sen']]);
  // A model without a threshold judges nothing and adds nothing.
  assert.deepEqual(checkOrganisations(sentences, lowerCaseRecogniser()).map(names), [
    [],
    [],
    [],
    [],
    [],
  ]);
});
