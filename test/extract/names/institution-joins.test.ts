import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  abbreviationsInBrackets,
  bareAfterCount,
  namesAfterKindWords,
  namesWithNumber,
  splitAtParent,
  withKindWordBefore,
  withoutAbbreviatedThings,
  withoutSeat,
  withinBrackets,
  type Mention,
} from '../../../src/extract/names/institution-joins.ts';
import { checkArticleNames } from '../../../src/extract/names/article-checks.ts';
import { mentionAt } from '../../helpers.ts';

const at = mentionAt;
const spans = (ms: readonly Mention[], sentences: readonly string[]) =>
  ms.map((m) => [m.kind, m.text, sentences[m.sentence]!.slice(m.start, m.end)]);

test('a unit and the institution it belongs to, joined by a spaced hyphen or "thuộc", are two names', () => {
  const sentences = [
    'Trưởng Phòng Tài vụ - Bệnh viện Thanh Nhàn ký biên bản.',
    'Đoàn thăm Khoa Hồi sức thuộc Bệnh viện Nhi Trung ương và Trung tâm Tim mạch - Viện Tim TP.HCM.',
  ];
  const split = [
    at(sentences, 0, 'Phòng Tài vụ - Bệnh viện Thanh Nhàn'),
    at(sentences, 1, 'Khoa Hồi sức thuộc Bệnh viện Nhi Trung ương'),
    at(sentences, 1, 'Trung tâm Tim mạch - Viện Tim TP.HCM'),
  ].flatMap((m) => splitAtParent(m));
  assert.deepEqual(
    spans(split, sentences).map(([, text, written]) =>
      text === written ? text : `${text} ≠ ${written}`,
    ),
    [
      'Phòng Tài vụ',
      'Bệnh viện Thanh Nhàn',
      'Khoa Hồi sức',
      'Bệnh viện Nhi Trung ương',
      'Trung tâm Tim mạch',
      'Viện Tim TP.HCM',
    ],
  );
});

test('a hyphen inside a name, or a joiner not followed by an institution, keeps the name whole', () => {
  const sentences = [
    'Bộ Lao động - Thương binh và Xã hội, khoa Tai-Mũi-Họng và Trung tâm Kiểm soát bệnh tật của tỉnh cùng họp.',
  ];
  for (const name of [
    'Bộ Lao động - Thương binh và Xã hội',
    'khoa Tai-Mũi-Họng',
    'Trung tâm Kiểm soát bệnh tật của tỉnh',
  ]) {
    const m = at(sentences, 0, name);
    assert.deepEqual(splitAtParent(m), [m]);
  }
  const person = at(sentences, 0, 'Bộ Lao động - Thương binh', 'PER');
  assert.deepEqual(splitAtParent(person), [person]);
});

test('capitals in brackets right after an institution are its abbreviation', () => {
  const sentences = [
    'Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) và Viện Vắc xin (IVAC, Nha Trang) gặp ông Nam (Hà Nội).',
    'Cơ quan Phát triển Quốc tế Mỹ (Mỹ) cùng Viện Pasteur (WHO) và Bệnh viện Đa khoa (H.) họp.',
  ];
  const tagged = [
    at(sentences, 0, 'Quỹ Nhi đồng Liên Hợp Quốc'),
    at(sentences, 0, 'Viện Vắc xin'),
    at(sentences, 0, 'Nam', 'PER'),
    at(sentences, 1, 'Cơ quan Phát triển Quốc tế Mỹ'),
    at(sentences, 1, 'Viện Pasteur'),
    at(sentences, 1, 'WHO'),
    at(sentences, 1, 'Bệnh viện Đa khoa'),
  ];
  assert.deepEqual(spans(abbreviationsInBrackets(tagged, sentences), sentences), [
    ['ORG', 'UNICEF', 'UNICEF'],
    ['ORG', 'IVAC', 'IVAC'],
  ]);
});

test('institutions counted under one lower-case kind word are named bare', () => {
  const sentences = [
    'Sở chọn 2 bệnh viện Thanh Nhàn và Xanh Pôn, những phòng khám Hoàn Mỹ và các phòng khám Nhật Bản.',
    'Bệnh viện Thanh Nhàn mời 3 Khoa Ngoại tổng hợp và bệnh viện Xanh Pôn.',
  ];
  const bare = [
    at(sentences, 0, 'bệnh viện Thanh Nhàn'),
    at(sentences, 0, 'phòng khám Hoàn Mỹ'),
    at(sentences, 0, 'phòng khám Nhật Bản'),
    at(sentences, 1, 'Bệnh viện Thanh Nhàn'),
    at(sentences, 1, 'Khoa Ngoại tổng hợp'),
    at(sentences, 1, 'bệnh viện Xanh Pôn'),
  ].map((m) => bareAfterCount(m, sentences[m.sentence]!));
  assert.deepEqual(
    spans(bare, sentences).map(([, text, written]) =>
      text === written ? text : `${text} ≠ ${written}`,
    ),
    [
      'Thanh Nhàn',
      'Hoàn Mỹ',
      'phòng khám Nhật Bản',
      'Bệnh viện Thanh Nhàn',
      'Khoa Ngoại tổng hợp',
      'bệnh viện Xanh Pôn',
    ],
  );
});

test('the article checks split joined names and add their abbreviations in reading order', () => {
  const sentences = ['Khoa Sản thuộc Bệnh viện Hùng Vương (BVHV) nhận quà.'];
  const checked = checkArticleNames(
    [at(sentences, 0, 'Khoa Sản thuộc Bệnh viện Hùng Vương')],
    sentences,
  );
  assert.deepEqual(
    checked.map((m) => m.text),
    ['Khoa Sản', 'Bệnh viện Hùng Vương', 'BVHV'],
  );
});

test("a lower-case kind word right before an institution's capitalised name belongs to it", () => {
  const sentences = [
    'Em bé được chuyển lên bệnh viện Chợ Rẫy, còn mẹ em làm ở công ty Hoa Sen và kể chuyện với báo Tuổi Trẻ.',
  ];
  assert.deepEqual(
    ['Chợ Rẫy', 'Hoa Sen', 'Tuổi Trẻ'].map(
      (name) => withKindWordBefore(at(sentences, 0, name), sentences[0]!).text,
    ),
    ['bệnh viện Chợ Rẫy', 'công ty Hoa Sen', 'báo Tuổi Trẻ'],
  );
});

test('a kind word that ends another word, counts several names or comes before a head stays out', () => {
  const sentences = [
    'Hàng xuất sang thị trường Hoa Kỳ Foods, các bệnh viện Xanh Pôn và Đống Đa, 2 bệnh viện Thanh Nhàn và cán bộ Vụ Pháp chế.',
  ];
  for (const name of ['Hoa Kỳ Foods', 'Xanh Pôn', 'Thanh Nhàn', 'Vụ Pháp chế']) {
    const m = at(sentences, 0, name);
    assert.deepEqual(withKindWordBefore(m, sentences[0]!), m, name);
  }
});

test("capitals in brackets that stand for no institution's name are no institution anywhere in the article", () => {
  const sentences = [
    'Người có thẻ bảo hiểm y tế (BHYT) được khám miễn phí tại Tổ chức Y tế Thế giới (WHO) và Quỹ Toàn cầu về y tế (GHF).',
    'Quỹ BHYT đã chi trả, WHO và GHF cho biết.',
  ];
  const mentions = [
    at(sentences, 0, 'BHYT'),
    at(sentences, 0, 'Tổ chức Y tế Thế giới'),
    at(sentences, 0, 'WHO'),
    at(sentences, 0, 'GHF'),
    at(sentences, 1, 'BHYT'),
    at(sentences, 1, 'WHO'),
    at(sentences, 1, 'GHF'),
  ];
  assert.deepEqual(
    withoutAbbreviatedThings(mentions, sentences).map((m) => `${m.sentence}:${m.text}`),
    ['0:Tổ chức Y tế Thế giới', '0:WHO', '0:GHF', '1:WHO', '1:GHF'],
  );
});

test('a seat written after "tại" is where an institution stands, except a foreign mission\'s', () => {
  const sentences = [
    'Mẫu được gửi tới Bệnh viện Nhi tại TP. HCM, Viện Tim tại Houston và Tổng Lãnh sự quán Mỹ tại TP HCM.',
  ];
  const read = [
    'Bệnh viện Nhi tại TP. HCM',
    'Viện Tim tại Houston',
    'Tổng Lãnh sự quán Mỹ tại TP HCM',
  ].flatMap((name) => withoutSeat(at(sentences, 0, name)));
  assert.deepEqual(spans(read, sentences), [
    ['ORG', 'Bệnh viện Nhi', 'Bệnh viện Nhi'],
    ['PROV', 'TP. HCM', 'TP. HCM'],
    ['ORG', 'Viện Tim', 'Viện Tim'],
    ['ORG', 'Tổng Lãnh sự quán Mỹ tại TP HCM', 'Tổng Lãnh sự quán Mỹ tại TP HCM'],
  ]);
});

test('a name closes the brackets it opens and holds no semicolon', () => {
  const sentences = [
    'Đoàn của Bệnh viện Tâm An (tư nhân) và Hội Mắt Hawaii (Hoa Kỳ) tới Bệnh viện Huế; Bệnh viện Đa khoa (BVĐK) Hà Tĩnh tiếp.',
  ];
  const read = [
    'Bệnh viện Tâm An (tư nhân',
    'Hội Mắt Hawaii (Hoa Kỳ',
    'Bệnh viện Huế; Bệnh viện Đa khoa',
    'Bệnh viện Đa khoa (BVĐK) Hà Tĩnh',
  ].flatMap((name) => withinBrackets(at(sentences, 0, name)));
  assert.deepEqual(spans(read, sentences), [
    ['ORG', 'Bệnh viện Tâm An', 'Bệnh viện Tâm An'],
    ['ORG', 'Hội Mắt Hawaii', 'Hội Mắt Hawaii'],
    ['COUNTRY', 'Hoa Kỳ', 'Hoa Kỳ'],
    ['ORG', 'Bệnh viện Huế', 'Bệnh viện Huế'],
    ['ORG', 'Bệnh viện Đa khoa (BVĐK) Hà Tĩnh', 'Bệnh viện Đa khoa (BVĐK) Hà Tĩnh'],
  ]);
});

test('a lower-case kind word before a capitalised run no mention holds opens an institution', () => {
  const sentences = [
    'Ông được đưa tới bệnh viện Westfield, sau đó sang phòng khám Bình An do tập đoàn Zentor tài trợ.',
    'Đoàn khám ở bệnh viện Lê Văn Hưu và tiểu học Tân Mai, nhân viên lãnh sự quán Pháp đi cùng.',
    'Một công ty Nhật, các phòng khám Trung Quốc, bệnh viện Quốc tế và bệnh viện Khánh Hoà cũng đến.',
    'Theo báo Sentinel, tàu bệnh viện Hope và cán bộ Lào trả lời báo An ninh thủ đô.',
    'Đa số bệnh viện Xuân Hoà đạt chuẩn, như bệnh viện Việt Nam ở Lào, kể cả nhân viên bệnh viện Đỗ Văn Tâm (30 tuổi).',
    'Học sinh trường THCS Hòa Lạc được đưa tới BVĐK Phú Thọ.',
    'Chủ tịch tập đoàn Hoàng Văn Nam cho biết.',
  ];
  const mentions = [
    at(sentences, 1, 'Lê Văn Hưu', 'PER'),
    at(sentences, 1, 'Pháp', 'COUNTRY'),
    at(sentences, 2, 'Nhật', 'COUNTRY'),
    at(sentences, 2, 'Trung Quốc', 'COUNTRY'),
    at(sentences, 2, 'Khánh Hoà', 'PROV'),
    at(sentences, 3, 'Lào', 'COUNTRY'),
    at(sentences, 4, 'Lào', 'COUNTRY'),
    at(sentences, 4, 'Đỗ Văn Tâm', 'PER'),
    at(sentences, 5, 'Phú Thọ', 'PROV'),
    at(sentences, 6, 'Hoàng Văn Nam', 'PER'),
  ];
  assert.deepEqual(spans(namesAfterKindWords(mentions, sentences), sentences), [
    ['ORG', 'bệnh viện Westfield', 'bệnh viện Westfield'],
    ['ORG', 'phòng khám Bình An', 'phòng khám Bình An'],
    ['ORG', 'tập đoàn Zentor', 'tập đoàn Zentor'],
    ['ORG', 'bệnh viện Lê Văn Hưu', 'bệnh viện Lê Văn Hưu'],
    ['ORG', 'tiểu học Tân Mai', 'tiểu học Tân Mai'],
    ['ORG', 'lãnh sự quán Pháp', 'lãnh sự quán Pháp'],
    ['ORG', 'trường THCS Hòa Lạc', 'trường THCS Hòa Lạc'],
    ['ORG', 'BVĐK Phú Thọ', 'BVĐK Phú Thọ'],
  ]);
  const checked = checkArticleNames(mentions, sentences).map((m) => `${m.kind} ${m.text}`);
  assert.ok(checked.includes('ORG bệnh viện Lê Văn Hưu') && !checked.includes('PER Lê Văn Hưu'));
  assert.ok(checked.includes('ORG lãnh sự quán Pháp') && checked.includes('COUNTRY Pháp'));
  assert.ok(checked.includes('ORG BVĐK Phú Thọ') && checked.includes('PROV Phú Thọ'));
});

test('a capitalised head and a number no mention holds is an institution, unless a word goes on', () => {
  const sentences = [
    'Bệnh nhân được chuyển đến Bệnh viện 115 và Quân y viện 7.',
    'Dự án Bệnh viện 500 tỉ bỏ hoang, Bệnh viện 19 đã báo cáo, Binh Đoàn 18 có mặt.',
  ];
  const mentions = [at(sentences, 1, 'Bệnh viện 19')];
  assert.deepEqual(
    namesWithNumber(mentions, sentences).map((m) => m.text),
    ['Bệnh viện 115', 'Quân y viện 7'],
  );
});
