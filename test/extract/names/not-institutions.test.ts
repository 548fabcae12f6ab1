import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  citesSource,
  isOutlet,
  isTitleAndCountry,
  withoutNonInstitutions,
} from '../../../src/extract/names/not-institutions.ts';
import { mentionAt } from '../../helpers.ts';

const at = mentionAt;
const kept = (sentences: readonly string[], texts: readonly string[]) =>
  withoutNonInstitutions(
    texts.map((t) => {
      const i = sentences.findIndex((s) => s.includes(t));
      return at(sentences, i, t);
    }),
    sentences,
  ).map((m) => `${m.kind} ${m.text}`);

test('a law, a decision, an honour, a congress, an exhibition or a park names no institution', () => {
  const sentences = [
    'Quốc hội thông qua Luật Khám bệnh, chữa bệnh sửa đổi vào tháng trước.',
    'Theo Quyết định số 112 của UBND tỉnh, Bệnh viện Đa khoa tỉnh được đón nhận Huân chương Độc lập hạng Ba.',
    'Đại hội Hội Điều dưỡng khoá mới và Triển lãm thiết bị y khoa mở tại Công viên Thống Nhất.',
    'Ban Quản lý Khu công nghiệp Quang Minh làm việc với các doanh nghiệp trong Khu công nghiệp Quang Minh.',
  ];
  assert.deepEqual(
    kept(sentences, [
      'Luật Khám bệnh',
      'Quyết định số 112',
      'UBND tỉnh',
      'Bệnh viện Đa khoa tỉnh',
      'Huân chương Độc lập hạng Ba',
      'Đại hội Hội Điều dưỡng khoá mới',
      'Triển lãm thiết bị y khoa',
      'Công viên Thống Nhất',
      'Ban Quản lý Khu công nghiệp Quang Minh',
      'Khu công nghiệp Quang Minh',
    ]),
    ['ORG UBND tỉnh', 'ORG Bệnh viện Đa khoa tỉnh', 'ORG Ban Quản lý Khu công nghiệp Quang Minh'],
  );
});

test('a head of state by title and country is the country; a kind of clinic and a country is no name', () => {
  const sentences = [
    'Quỹ do Thủ tướng Nhật Bản công bố sẽ hỗ trợ các phòng khám Hàn Quốc và Bệnh viện Việt Nhật.',
  ];
  assert.ok(isTitleAndCountry('Thủ tướng Nhật Bản'));
  assert.ok(!isTitleAndCountry('Bộ trưởng Bộ Y tế'));
  assert.deepEqual(
    kept(sentences, ['Thủ tướng Nhật Bản', 'phòng khám Hàn Quốc', 'Bệnh viện Việt Nhật']),
    ['COUNTRY Nhật Bản', 'COUNTRY Hàn Quốc', 'ORG Bệnh viện Việt Nhật'],
  );
});

test('a news outlet cited as a source is no name; one acting as a party is', () => {
  const sentences = [
    'Theo báo Sài Gòn Giải Phóng, bệnh viện đã tiếp nhận 30 ca.',
    'Nói với phóng viên Dân trí, ông Hải cho biết kế hoạch sẽ sớm hoàn tất.',
    'Báo Sài Gòn Giải Phóng phối hợp với Sở Y tế trao 100 suất học bổng.',
    'Theo Sở Y tế, số ca mắc giảm.',
  ];
  assert.ok(isOutlet('báo Sài Gòn Giải Phóng'));
  assert.ok(isOutlet('Tuổi Trẻ Online'));
  assert.ok(!isOutlet('Sở Y tế'));
  assert.ok(citesSource(sentences[1]!, sentences[1]!.indexOf('Dân trí')));
  assert.deepEqual(
    kept(sentences, ['báo Sài Gòn Giải Phóng', 'Dân trí', 'Báo Sài Gòn Giải Phóng', 'Sở Y tế']),
    // The outlet's name still names its province, as it did inside the institution.
    ['PROV Sài Gòn', 'ORG Báo Sài Gòn Giải Phóng', 'ORG Sở Y tế'],
  );
});

test('a brand after a word for a product, a byline bracket and a generic word alone name no institution', () => {
  const sentences = [
    'Các em được phát sữa Vinamilk và thức uống Ovaltine, do hãng sữa Nutifood tài trợ.',
    'Hoàng Lan (Tổng hợp)',
    'Hội thảo có tầm cỡ Quốc tế.',
  ];
  assert.deepEqual(kept(sentences, ['Vinamilk', 'Ovaltine', 'Nutifood', 'Tổng hợp', 'Quốc tế']), [
    'ORG Nutifood',
  ]);
});

test('a place abroad or at home with no head is no institution', () => {
  const sentences = [
    'Ông điều trị tại bệnh viện ở Houston, Texas, Mỹ và biểu diễn tại Las Palmas (Tây Ban Nha).',
    'Dịch tập trung ở 3 huyện Krông Pa, Ia Pa và Phú Thiện; các chiến sĩ ở quần đảo Trường Sa.',
    'Hàng hoá được gửi tới Nam Mỹ và Trường Đại học Y Hà Nội.',
    'Đoàn làm việc với Đại học Harvard (Mỹ) và Johns Hopkins (Mỹ).',
  ];
  assert.deepEqual(
    kept(sentences, [
      'Texas',
      'Las Palmas',
      'Ia Pa',
      'Phú Thiện',
      'Trường Sa',
      'Nam Mỹ',
      'Trường Đại học Y Hà Nội',
      'Đại học Harvard',
      'Johns Hopkins',
    ]),
    ['ORG Trường Đại học Y Hà Nội', 'ORG Đại học Harvard', 'ORG Johns Hopkins'],
  );
});

test('a name with no head after a word for a programme is the programme', () => {
  const sentences = ['Bệnh viện triển khai chương trình Tết Yêu Thương cùng Quỹ Bảo trợ trẻ em.'];
  assert.deepEqual(kept(sentences, ['Tết Yêu Thương', 'Quỹ Bảo trợ trẻ em']), [
    'ORG Quỹ Bảo trợ trẻ em',
  ]);
});

test('a ship is no institution; the navy it belongs to is one', () => {
  const sentences = [
    'Tàu bệnh viện Bình Định cập cảng cùng tàu USS Comfort và tàu Hải quân Hàn Quốc.',
  ];
  assert.deepEqual(kept(sentences, ['tàu Hải quân Hàn Quốc'])[0], 'ORG Hải quân Hàn Quốc');
  assert.deepEqual(kept(sentences, ['bệnh viện Bình Định', 'USS Comfort', 'Hải quân Hàn Quốc']), [
    'PROV Bình Định',
    'ORG Hải quân Hàn Quốc',
  ]);
});

test('a kind or a level of body, the centre of a place, a count or an address names no institution', () => {
  const sentences = [
    'Sở Y tế giao cho UBND cấp huyện và các Bệnh viện vệ tinh phối hợp với Bệnh viện Chợ Rẫy.',
    'Công trình nằm ở trung tâm thành phố Vĩnh Long, cạnh số 5 Lê Lợi; một số quốc gia Trung Đông đã làm vậy.',
    'Văn phòng đại diện của JICA tại VN vừa khai trương.',
  ];
  assert.deepEqual(
    kept(sentences, [
      'UBND cấp huyện',
      'Bệnh viện vệ tinh',
      'Bệnh viện Chợ Rẫy',
      'trung tâm thành phố Vĩnh Long',
      'số 5 Lê Lợi',
      'số quốc gia Trung Đông',
      'JICA',
      'VN',
    ]),
    ['ORG Bệnh viện Chợ Rẫy', 'PROV Vĩnh Long', 'ORG JICA'],
  );
});

test("a head with its legal form or tier only, a share, a symbol, and the reporter's outlet name no institution", () => {
  const sentences = [
    'Đoàn kiểm tra các công ty TNHH và Công ty CP Dược Hậu Giang, nhằm giảm tải cho BV tuyến trên.',
    'Gần nửa số tỉnh phía Bắc và 40 % dân số Hà Giang đã được tiêm.',
    'Phóng viên Người Lao Động ghi nhận, Bệnh viện Bà Rịa đã tiếp nhận 20 ca.',
  ];
  assert.deepEqual(
    kept(sentences, [
      'công ty TNHH',
      'Công ty CP Dược Hậu Giang',
      'BV tuyến trên',
      'nửa số tỉnh phía Bắc',
      '% dân số Hà Giang',
      'Người Lao Động',
      'Bệnh viện Bà Rịa',
    ]),
    ['ORG Công ty CP Dược Hậu Giang', 'PROV Hà Giang', 'ORG Bệnh viện Bà Rịa'],
  );
});

test('people of a nationality are no institution; the country is named', () => {
  const sentences = ['Quỹ do một Việt kiều Úc và Hội Người Việt Nam tại Pháp đóng góp.'];
  assert.deepEqual(kept(sentences, ['Việt kiều Úc', 'Hội Người Việt Nam tại Pháp']), [
    'COUNTRY Úc',
    'ORG Hội Người Việt Nam tại Pháp',
  ]);
});
