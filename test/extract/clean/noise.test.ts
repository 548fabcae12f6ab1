import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../src/extract/read/parse.ts';
import { stripNoise } from '../../../src/extract/clean/noise.ts';

const clean = (text: string) => stripNoise(parseArticle(text).blocks);
const allText = (text: string) => clean(text).blocks.flatMap((b) => b.lines).join('\n');

test('image file names and the caption line under them go', () => {
  const text = allText('Đoạn đầu.\n\nz4318298543658_ec611eee7fa8285dcc81d3c2a68a6015.jpg\nQuang cảnh hội thảo.\n\n4-7799.png\n\nĐoạn tiếp theo dài hơn một chú thích, kể về hoạt động hợp tác giữa hai bệnh viện trong nhiều năm qua với rất nhiều kết quả cụ thể đáng ghi nhận, được lãnh đạo hai bên đánh giá cao tại buổi làm việc.\n');
  assert.doesNotMatch(text, /\.jpg|\.png|Quang cảnh/);
  assert.match(text, /Đoạn đầu\./);
  assert.match(text, /Đoạn tiếp theo/);
});

test('photo credits go, and a short captioned photo line goes entirely', () => {
  const text = allText('PGS.TS Đào Xuân Cơ ký kết biên bản (Ảnh: Phúc Quang) |\nNgày 12/10, hai bên ký kết.\n');
  assert.doesNotMatch(text, /Phúc Quang|\(Ảnh:/);
  assert.match(text, /Ngày 12\/10/);
});

test('a related-news block that mentions another hospital is cut to the end of the article', () => {
  const text = allText('Bài chính về Bệnh viện Bạch Mai.\n\nCó thể bạn quan tâm\n\nTin cùng chuyên mục\n\nBệnh viện Nhi Trung ương ký kết hợp tác với Cà Mau.\n\nfb yt zl tw\n');
  assert.equal(text, 'Bài chính về Bệnh viện Bạch Mai.');
});

test('social footers and login prompts go', () => {
  const text = allText('Nội dung.\n\nfb yt zl tw\n\nBạn vui lòng đăng nhập tại đây để gửi bình luận.\n');
  assert.equal(text, 'Nội dung.');
});

test('a source dateline goes and its publisher is kept; a headline run into it is recovered', () => {
  const a = clean('Hà Tĩnh ký hợp tác\n(ĐCSVN) – Việc ký kết bản ghi nhớ là sự kiện quan trọng.\n');
  assert.equal(a.datelinePublisher, 'Báo điện tử Đảng Cộng sản Việt Nam');
  assert.deepEqual(a.blocks[0]!.lines, ['Hà Tĩnh ký hợp tác', 'Việc ký kết bản ghi nhớ là sự kiện quan trọng.']);
  const b = clean('Lần đầu thông tim can thiệp (NLĐ)- Ngày 4-2, tại Bệnh viện Nhi Trung ương, các bác sĩ đã thực hiện.\n');
  assert.equal(b.datelinePublisher, 'Người Lao Động');
  assert.equal(b.datelineHeadline, 'Lần đầu thông tim can thiệp');
  assert.match(b.blocks[0]!.lines[0]!, /^Ngày 4-2, tại Bệnh viện/);
});

test('a parenthesis that is not a dateline stays', () => {
  const a = clean('Sở Y tế phối hợp với Bệnh viện Bạch Mai (Hà Nội) - tổ chức hội thảo.\n');
  assert.equal(a.datelinePublisher, null);
});
