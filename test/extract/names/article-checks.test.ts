import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkArticleNames,
  type ArticleMention,
} from '../../../src/extract/names/article-checks.ts';
import type { NameKind } from '../../../src/extract/names/tags.ts';

const sentences = [
  'Sáng nay Viện Dinh dưỡng quốc gia mở lớp tập huấn.',
  'Giám đốc Viện Dinh dưỡng quốc gia cho biết Khoa sẽ tiếp nhận học viên.',
  'Viện Dinh dưỡng cũng mời chuyên gia.',
  'Bác sĩ Khoa trực khoa cấp cứu.',
];
const at = (kind: NameKind, sentence: number, text: string): ArticleMention => {
  const start = sentences[sentence]!.indexOf(text);
  return { kind, text, sentence, start, end: start + text.length };
};

test('a name cut short where the article writes it in full elsewhere is read in full', () => {
  const checked = checkArticleNames(
    [at('ORG', 0, 'Viện Dinh dưỡng quốc'), at('ORG', 1, 'Viện Dinh dưỡng quốc gia')],
    sentences,
  );
  assert.deepEqual(
    checked.map((m) => [m.text, sentences[m.sentence]!.slice(m.start, m.end)]),
    [
      ['Viện Dinh dưỡng quốc gia', 'Viện Dinh dưỡng quốc gia'],
      ['Viện Dinh dưỡng quốc gia', 'Viện Dinh dưỡng quốc gia'],
    ],
  );
});

test('a short name the text does not go on from stays short', () => {
  const checked = checkArticleNames(
    [at('ORG', 1, 'Viện Dinh dưỡng quốc gia'), at('ORG', 2, 'Viện Dinh dưỡng')],
    sentences,
  );
  assert.deepEqual(
    checked.map((m) => m.text),
    ['Viện Dinh dưỡng quốc gia', 'Viện Dinh dưỡng'],
  );
});

test('a kind word alone names no institution', () => {
  const checked = checkArticleNames([at('ORG', 1, 'Khoa'), at('PER', 3, 'Khoa')], sentences);
  assert.deepEqual(
    checked.map((m) => `${m.kind} ${m.text}`),
    ['PER Khoa'],
  );
});

test('a foreigner named after their country is named from the foreign word on, and the country is a country', () => {
  const text =
    'Thủ tướng Hà Lan M. Rutte gặp Đại sứ Anh tại Việt Nam Gareth Ward và nữ ca sĩ Mỹ Tâm.';
  const mention = (kind: NameKind, name: string): ArticleMention => {
    const start = text.indexOf(name);
    return { kind, text: name, sentence: 0, start, end: start + name.length };
  };
  const checked = checkArticleNames(
    [
      mention('PER', 'Hà Lan M. Rutte'),
      mention('PER', 'Nam Gareth Ward'),
      mention('PER', 'Mỹ Tâm'),
    ],
    [text],
  );
  assert.deepEqual(
    checked.map((m) => [m.kind, m.text, text.slice(m.start, m.end)]),
    [
      ['COUNTRY', 'Hà Lan', 'Hà Lan'],
      ['PER', 'M. Rutte', 'M. Rutte'],
      ['PER', 'Gareth Ward', 'Gareth Ward'],
      ['PER', 'Mỹ Tâm', 'Mỹ Tâm'],
    ],
  );
});

test('one word is a person only where a mention cues a person or a full name ends with it', () => {
  const text = [
    'Nhân dịp Quốc khánh, bà Lan và ông Trần Văn Minh thăm Nam Sudan.',
    'Minh nói bệnh nhân Hùng và Tuấn (12 tuổi) đã khỏe, còn Lan chờ mổ.',
  ];
  const mention = (sentence: number, name: string, from = 0): ArticleMention => {
    const start = text[sentence]!.indexOf(name, from);
    return { kind: 'PER', text: name, sentence, start, end: start + name.length };
  };
  const checked = checkArticleNames(
    [
      mention(0, 'Quốc'),
      mention(0, 'Lan'),
      mention(0, 'Trần Văn Minh'),
      mention(0, 'Sudan'),
      mention(1, 'Minh'),
      mention(1, 'Hùng'),
      mention(1, 'Tuấn'),
      mention(1, 'Lan'),
    ],
    text,
  );
  assert.deepEqual(
    checked.map((m) => `${m.sentence} ${m.text}`),
    ['0 Lan', '0 Trần Văn Minh', '1 Minh', '1 Hùng', '1 Tuấn', '1 Lan'],
  );
});

test('a name after a word for a kind of place is a place, unless a mention of it cues a person', () => {
  const text = [
    'Phòng khám trên đường Lê Văn Hưu, quận Hoàng Mai mời Giám đốc Trần Văn Thọ tới phố Võ Thị Sáu.',
    'Tên trường đặt theo bà Võ Thị Sáu.',
  ];
  const mention = (sentence: number, name: string): ArticleMention => {
    const start = text[sentence]!.indexOf(name);
    return { kind: 'PER', text: name, sentence, start, end: start + name.length };
  };
  const checked = checkArticleNames(
    [
      mention(0, 'Lê Văn Hưu'),
      mention(0, 'Hoàng Mai'),
      mention(0, 'Trần Văn Thọ'),
      mention(0, 'Võ Thị Sáu'),
      mention(1, 'Võ Thị Sáu'),
    ],
    text,
  );
  assert.deepEqual(
    checked.map((m) => `${m.sentence} ${m.text}`),
    ['0 Trần Văn Thọ', '0 Võ Thị Sáu', '1 Võ Thị Sáu'],
  );
});

test('a one-word person written in full elsewhere is the full name, even where read as another kind', () => {
  const text = [
    'Giám đốc bệnh viện nhi, Peter Walsh cho biết ca mổ thành công.',
    'Theo bác sĩ Walsh, bé sẽ khỏe.',
  ];
  const mention = (kind: NameKind, sentence: number, name: string): ArticleMention => {
    const start = text[sentence]!.indexOf(name);
    return { kind, text: name, sentence, start, end: start + name.length };
  };
  const checked = checkArticleNames(
    [mention('ORG', 0, 'Peter Walsh'), mention('PER', 1, 'Walsh')],
    text,
  );
  assert.deepEqual(
    checked.map((m) => [m.kind, m.text, text[m.sentence]!.slice(m.start, m.end)]),
    [
      ['PER', 'Peter Walsh', 'Peter Walsh'],
      ['PER', 'Walsh', 'Walsh'],
    ],
  );
});

test('a one-word person that is a country is the country unless addressed as a person', () => {
  const text = ['Bác sĩ Mỹ thăm khám cho ông Đức.'];
  const mention = (name: string): ArticleMention => {
    const start = text[0]!.indexOf(name);
    return { kind: 'PER', text: name, sentence: 0, start, end: start + name.length };
  };
  assert.deepEqual(
    checkArticleNames([mention('Mỹ'), mention('Đức')], text).map((m) => `${m.kind} ${m.text}`),
    ['COUNTRY Mỹ', 'PER Đức'],
  );
});

test('an institution ending in a country then a foreigner is the institution up to the country, then the person', () => {
  const text = ['Giám đốc Viện Ung thư Pháp Pierre Dubois gặp Tổng thống Nga Putin.'];
  const mention = (kind: NameKind, name: string): ArticleMention => {
    const start = text[0]!.indexOf(name);
    return { kind, text: name, sentence: 0, start, end: start + name.length };
  };
  const checked = checkArticleNames(
    [mention('ORG', 'Viện Ung thư Pháp Pierre Dubois'), mention('PER', 'Putin')],
    text,
  );
  assert.deepEqual(
    checked.map((m) => [m.kind, m.text, text[0]!.slice(m.start, m.end)]),
    [
      ['ORG', 'Viện Ung thư Pháp', 'Viện Ung thư Pháp'],
      ['PER', 'Pierre Dubois', 'Pierre Dubois'],
      ['PER', 'Putin', 'Putin'],
    ],
  );
});

test("a foreigner's name ending in a country is the name then the country; a Vietnamese name may end so", () => {
  const text = ['Quỹ của Helga Lindqvist Thụy Điển và bà Trần Thị Thanh Nga tặng thuốc.'];
  const mention = (name: string): ArticleMention => {
    const start = text[0]!.indexOf(name);
    return { kind: 'PER', text: name, sentence: 0, start, end: start + name.length };
  };
  const checked = checkArticleNames(
    [mention('Helga Lindqvist Thụy Điển'), mention('Trần Thị Thanh Nga')],
    text,
  );
  assert.deepEqual(
    checked.map((m) => [m.kind, m.text, text[0]!.slice(m.start, m.end)]),
    [
      ['PER', 'Helga Lindqvist', 'Helga Lindqvist'],
      ['COUNTRY', 'Thụy Điển', 'Thụy Điển'],
      ['PER', 'Trần Thị Thanh Nga', 'Trần Thị Thanh Nga'],
    ],
  );
});

test('a person whose name holds an English institution word is the institution', () => {
  const text = ['Ông Lê Văn Tâm chuyển sang Mercy General Hospital rồi Rohto Pharma.'];
  const mention = (name: string): ArticleMention => {
    const start = text[0]!.indexOf(name);
    return { kind: 'PER', text: name, sentence: 0, start, end: start + name.length };
  };
  assert.deepEqual(
    checkArticleNames(
      [mention('Lê Văn Tâm'), mention('Mercy General Hospital'), mention('Rohto Pharma')],
      text,
    ).map((m) => `${m.kind} ${m.text}`),
    ['PER Lê Văn Tâm', 'ORG Mercy General Hospital', 'ORG Rohto Pharma'],
  );
});

test('a capitalised run right after a form of address that no mention covers is a person', () => {
  const text = ['Mẹ của em Thảo và bà Rịa - Vũng Tàu, ông Giám đốc nói chị Hằng Nga đã khỏe.'];
  const checked = checkArticleNames(
    [{ kind: 'PROV', text: 'Rịa - Vũng Tàu', sentence: 0, start: 21, end: 35 }],
    text,
  );
  assert.deepEqual(
    checked.map((m) => `${m.kind} ${m.text} ${text[0]!.slice(m.start, m.end)}`),
    ['PER Thảo Thảo', 'PROV Rịa - Vũng Tàu Rịa - Vũng Tàu', 'PER Hằng Nga Hằng Nga'],
  );
});
