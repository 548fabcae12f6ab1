import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseDigestItem } from '../../../src/extract/clean/digest.ts';
import { countCueFamilies } from '../../../src/extract/classify/classify.ts';

// A digest as papers print it: a titles line, then each item's paragraphs.
const TITLES =
  'Khảo sát thói quen ăn sáng của học sinh Nhật Bản viện trợ 2 triệu USD xây trạm y tế Giá sữa bột tiếp tục tăng.';
const SURVEY = [
  'Viện Dinh dưỡng vừa công bố khảo sát thói quen ăn sáng của 2.000 học sinh tại Hà Nội và Đà Nẵng.',
  'Gần một nửa số em bỏ bữa sáng ít nhất hai lần mỗi tuần.',
];
const AID = [
  'Ngày 12/5 tại Hà Nội, Chính phủ Nhật Bản đã ký kết viện trợ không hoàn lại 2 triệu USD để xây trạm y tế xã.',
  'Các tỉnh Hà Giang, Cao Bằng và Bắc Kạn sẽ được nhận trang thiết bị trong năm nay.',
];
const MILK = ['Theo Sở Công Thương TP HCM, giá sữa bột nhập khẩu tăng 5% so với tháng trước.'];

test('a digest is read as its item that names the most cooperation cues, whole', () => {
  const item = chooseDigestItem(
    'Tin vắn ngày 13/5',
    [TITLES, ...SURVEY, ...AID, ...MILK],
    countCueFamilies,
  );
  assert.deepEqual(item?.paragraphs, AID);
});

test('an item starts where a paragraph takes up words of the titles line', () => {
  // The aid item's second paragraph takes no title words: it stays with its item, the milk item does not.
  const item = chooseDigestItem('Điểm tin y tế', [TITLES, ...SURVEY, ...AID, ...MILK], (p) =>
    p.startsWith('Các tỉnh') ? 5 : 0,
  );
  assert.deepEqual(item?.paragraphs, AID);
});

test('a story under an ordinary headline, or a digest without cooperation, is left whole', () => {
  const paragraphs = [TITLES, ...SURVEY, ...AID, ...MILK];
  assert.equal(chooseDigestItem('Nhật Bản viện trợ trạm y tế', paragraphs, countCueFamilies), null);
  assert.equal(
    chooseDigestItem('Tin vắn ngày 13/5', [TITLES, ...SURVEY, ...MILK], () => 0),
    null,
  );
});

test('a story under a headline that starts like a digest label is no digest', () => {
  const paragraphs = [TITLES, ...SURVEY, ...AID, ...MILK];
  assert.equal(
    chooseDigestItem('Bản tin sáng: Bạch Mai hỗ trợ Lào Cai', paragraphs, countCueFamilies),
    null,
  );
  assert.deepEqual(
    chooseDigestItem('Điểm tin y tế sáng 13/5', paragraphs, countCueFamilies)?.paragraphs,
    AID,
  );
});
