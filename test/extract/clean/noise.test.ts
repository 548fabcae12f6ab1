import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../src/extract/read/parse.ts';
import { stripNoise } from '../../../src/extract/clean/noise.ts';

const clean = (text: string) => stripNoise(parseArticle(text).blocks);
const allText = (text: string) =>
  clean(text)
    .blocks.flatMap((b) => b.lines)
    .join('\n');

test('image file names and the caption line under them go', () => {
  const text = allText(
    'Đoạn đầu.\n\nz4318298543658_ec611eee7fa8285dcc81d3c2a68a6015.jpg\nQuang cảnh hội thảo.\n\n4-7799.png\n\nĐoạn tiếp theo dài hơn một chú thích, kể về hoạt động hợp tác giữa hai bệnh viện trong nhiều năm qua với rất nhiều kết quả cụ thể đáng ghi nhận, được lãnh đạo hai bên đánh giá cao tại buổi làm việc.\n',
  );
  assert.doesNotMatch(text, /\.jpg|\.png|Quang cảnh/);
  assert.match(text, /Đoạn đầu\./);
  assert.match(text, /Đoạn tiếp theo/);
});

test('photo credits go, and a short captioned photo line goes entirely', () => {
  const text = allText(
    'PGS.TS Đào Xuân Cơ ký kết biên bản (Ảnh: Phúc Quang) |\nNgày 12/10, hai bên ký kết.\n',
  );
  assert.doesNotMatch(text, /Phúc Quang|\(Ảnh:/);
  assert.match(text, /Ngày 12\/10/);
});

test('a related-news block that mentions another hospital is cut to the end of the article', () => {
  const text = allText(
    'Bài chính về Bệnh viện Bạch Mai.\n\nCó thể bạn quan tâm\n\nTin cùng chuyên mục\n\nBệnh viện Nhi Trung ương ký kết hợp tác với Cà Mau.\n\nfb yt zl tw\n',
  );
  assert.equal(text, 'Bài chính về Bệnh viện Bạch Mai.');
});

test('social footers and login prompts go', () => {
  const text = allText(
    'Nội dung.\n\nfb yt zl tw\n\nBạn vui lòng đăng nhập tại đây để gửi bình luận.\n',
  );
  assert.equal(text, 'Nội dung.');
});

test('a source dateline goes and its publisher is kept; a headline run into it is recovered', () => {
  const a = clean('Hà Tĩnh ký hợp tác\n(ĐCSVN) – Việc ký kết bản ghi nhớ là sự kiện quan trọng.\n');
  assert.equal(a.datelinePublisher, 'Báo điện tử Đảng Cộng sản Việt Nam');
  assert.deepEqual(a.blocks[0]!.lines, [
    'Hà Tĩnh ký hợp tác',
    'Việc ký kết bản ghi nhớ là sự kiện quan trọng.',
  ]);
  const b = clean(
    'Lần đầu thông tim can thiệp (NLĐ)- Ngày 4-2, tại Bệnh viện Nhi Trung ương, các bác sĩ đã thực hiện.\n',
  );
  assert.equal(b.datelinePublisher, 'Người Lao Động');
  assert.equal(b.datelineHeadline, 'Lần đầu thông tim can thiệp');
  assert.match(b.blocks[0]!.lines[0]!, /^Ngày 4-2, tại Bệnh viện/);
});

test('an outlet\'s capitals before "Online" in brackets are a dateline too', () => {
  const a = clean('Khởi công khu khám bệnh\n\n(ABCD Online) – Hai bệnh viện đã ký kết hợp tác.\n');
  assert.equal(a.datelinePublisher, 'ABCD Online');
  assert.deepEqual(a.blocks[1]!.lines, ['Hai bệnh viện đã ký kết hợp tác.']);
});

test('a parenthesis that is not a dateline stays', () => {
  const a = clean('Sở Y tế phối hợp với Bệnh viện Bạch Mai (Hà Nội) - tổ chức hội thảo.\n');
  assert.equal(a.datelinePublisher, null);
});

test('a line of related headlines joined by ">>" goes, even when Markdown has eaten the first ">>"', () => {
  const text = allText(
    'Khám sàng lọc cho trẻ vùng cao\n\n>> Bệnh viện tỉnh nhận chuyển giao kỹ thuật >> Hơn 300 trẻ được mổ miễn phí\nSáng qua, đoàn bác sĩ đã đến huyện.\n',
  );
  assert.doesNotMatch(text, /chuyển giao kỹ thuật|300 trẻ/);
  assert.match(text, /Sáng qua, đoàn bác sĩ/);
});

test('a dateline that opens the text with a site address or a known publisher, with or without the place, goes', () => {
  const a = clean(
    'Bệnh viện tỉnh nhận chuyển giao kỹ thuật\n\nSuckhoedoisong.vn - Ngày 5/3, Bệnh viện Đa khoa tỉnh tiếp nhận kỹ thuật mới.\n',
  );
  assert.equal(a.datelinePublisher, 'Suckhoedoisong.vn');
  assert.match(a.blocks[1]!.lines[0]!, /^Ngày 5\/3, Bệnh viện/);
  const b = clean(
    'Mổ miễn phí cho trẻ em\n\nTT (Đà Nẵng) - Hôm qua, các bác sĩ bắt đầu đợt phẫu thuật.\n',
  );
  assert.equal(b.datelinePublisher, 'Tuổi Trẻ');
  assert.match(b.blocks[1]!.lines[0]!, /^Hôm qua, các bác sĩ/);
  // A sentence that merely starts with a publisher's name is not a dateline.
  const c = clean('Tin vắn\n\nVTV đưa tin hội thảo diễn ra trong hai ngày.\n');
  assert.equal(c.datelinePublisher, null);
});

test('a caption the scraper repeats goes in both places; a lead repeated as a pull quote stays once', () => {
  const body =
    'Hai bệnh viện ký kết hợp tác toàn diện trong ba năm tới.\nBệnh viện tỉnh sẽ cử 20 bác sĩ đi học.\nBác sĩ Bệnh viện Mắt khám cho người dân trên đảo.\nCác bên thống nhất lộ trình cụ thể.\nPhương Anh\n\nBác sĩ Bệnh viện Mắt khám cho người dân trên đảo.\n';
  const text = allText(`Ký kết hợp tác\n\n${body}`);
  assert.doesNotMatch(text, /Bệnh viện Mắt/);
  assert.match(text, /cử 20 bác sĩ/);
  const pull = allText(
    'Ký kết hợp tác\n\nHai bệnh viện ký kết hợp tác toàn diện.\nNội dung chi tiết của thỏa thuận.\n\nHai bệnh viện ký kết hợp tác toàn diện.\n',
  );
  assert.equal(pull.match(/Hai bệnh viện ký kết/g)?.length, 1);
});

test('a credit in capitals or with its closing period ends a caption, and the caption goes with it', () => {
  const text = allText(
    'Hai bệnh viện ký kết hợp tác.\n\nBác sĩ khám cho một cụ bà tại trạm y tế xã - Ảnh: NGỌC HÀ.\n\nĐoàn công tác làm việc với Sở Y tế - ẢNH: MINH TÂM\n\nNgười dân xếp hàng chờ khám - Ảnh: T. LŨY.\n\nSau đó hai bên thống nhất kế hoạch.\n',
  );
  assert.doesNotMatch(text, /NGỌC HÀ|MINH TÂM|LŨY|cụ bà|xếp hàng/);
  assert.match(text, /Sau đó hai bên thống nhất/);
});

test('a credit run into the next sentence goes with its caption, and the sentence stays', () => {
  const text = allText(
    'Ca mổ diễn ra an toàn.\n\nCác bác sĩ trong ca phẫu thuật - Ảnh: VĂN LONGĐây là lần đầu bệnh viện tỉnh làm được kỹ thuật này.\n',
  );
  assert.doesNotMatch(text, /VĂN LONG|Các bác sĩ trong ca/);
  assert.match(text, /^Đây là lần đầu bệnh viện tỉnh/m);
});

test('"hình ảnh:" in the text is imaging, not a credit', () => {
  const text = allText(
    'Bệnh nhân được khám kỹ.\n\nChẩn đoán hình ảnh: siêu âm, chụp cắt lớp và chụp mạch máu đều cho thấy khối u nhỏ.\n',
  );
  assert.match(text, /Chẩn đoán hình ảnh: siêu âm/);
});

test('a line that is only a name in capitals goes; a headline in capitals stays', () => {
  const text = allText(
    'BỆNH VIỆN TỈNH NHẬN CHUYỂN GIAO KỸ THUẬT\n\nLãnh đạo hai đơn vị trao biên bản.\nHOÀNG LAN\n\nKỹ thuật sẽ được triển khai từ tháng sau.\n',
  );
  assert.match(text, /^BỆNH VIỆN TỈNH NHẬN/);
  assert.doesNotMatch(text, /HOÀNG LAN/);
  assert.match(text, /Kỹ thuật sẽ được triển khai/);
});

test('an outlet or a reporter signing the article off goes, on its own line or after the last sentence', () => {
  for (const signOff of [
    'Theo TTXVN',
    '(Theo Người Lao Động)',
    'Nguồn: Báo Lao Động',
    '(Dân trí)',
    'TUỔI TRẺ',
    'PV',
    'Thu Hằng',
    'Minh Anh (theo Reuters)',
  ]) {
    const text = allText(
      `Viện trợ thiết bị cho tỉnh\n\nĐại sứ quán trao tặng hai máy thở cho bệnh viện tỉnh.\n\n${signOff}\n`,
    );
    assert.equal(
      text,
      'Viện trợ thiết bị cho tỉnh\nĐại sứ quán trao tặng hai máy thở cho bệnh viện tỉnh.',
      signOff,
    );
  }
  const inline = allText(
    'Viện trợ thiết bị cho tỉnh\n\nĐại sứ quán trao tặng hai máy thở cho bệnh viện tỉnh. (Dân trí)\n',
  );
  assert.match(inline, /bệnh viện tỉnh\.$/);
  // A last sentence that quotes someone ("Theo ông …, …") is the text.
  const quoted = allText(
    'Viện trợ thiết bị cho tỉnh\n\nĐại sứ quán trao tặng máy thở.\n\nTheo ông Nguyễn Văn An, máy sẽ được dùng ngay.\n',
  );
  assert.match(quoted, /Theo ông Nguyễn Văn An, máy sẽ được dùng ngay\.$/);
});

test('credits run into the text one after another all go, and a headline run into a dateline loses its credit', () => {
  const text = allText(
    'Tàu bệnh viện cập cảng\n\nPhòng mổ trên tàu - Ảnh: LÊ VĂNMột bác sĩ trên tàu - Ảnh: LÊ VĂN Bác sĩ hai nước cùng khám cho người dân.\n',
  );
  assert.doesNotMatch(text, /LÊ VĂN|Phòng mổ trên tàu/);
  assert.match(text, /^Bác sĩ hai nước cùng khám/m);
  const dated = clean(
    'Khám miễn phí cho người cao tuổi. Ảnh: T.HÙNG (NLĐ)- Sáng nay, hội sẽ tổ chức khám miễn phí.\n',
  );
  assert.equal(dated.datelineHeadline, 'Khám miễn phí cho người cao tuổi.');
});
