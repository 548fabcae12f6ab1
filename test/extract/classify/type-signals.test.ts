import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FACILITY_OPENED,
  GIFT_HANDED_OVER,
  MEETING_FRAME,
  PATIENTS_CARED_FOR,
  VISITORS,
} from '../../../src/extract/classify/type-signals.ts';

test('a delegation or a dignitary who visits, works with or attends is a visitor', () => {
  for (const sentence of [
    'Đoàn công tác của Sở Y tế tỉnh Nghệ An làm việc với Bệnh viện Trung ương Huế.',
    'Sáng nay, Đại sứ Hàn Quốc cùng các cộng sự đã đến thăm Trung tâm Y tế huyện Mường Tè.',
    'Phó Thủ tướng tham dự lễ khánh thành khu điều trị mới.',
    'Phái đoàn của bang Victoria (Úc) đã đến TP.HCM để tìm hiểu cơ hội hợp tác.',
  ])
    assert.ok(VISITORS.test(sentence), sentence);
});

test('a team of doctors that comes to treat, or an examination ("thăm khám"), is no visit', () => {
  for (const sentence of [
    'Đoàn y bác sĩ Bệnh viện Quân y 175 thăm khám cho 400 người dân xã đảo.',
    'Đoàn chuyên gia phẫu thuật tim của Pháp đã đến Bệnh viện Đà Nẵng.',
    'Bộ trưởng nhấn mạnh vai trò của y tế cơ sở trong phòng chống dịch.',
    'Bác sĩ thăm khám cho bệnh nhân mỗi sáng.',
  ])
    assert.ok(!VISITORS.test(sentence), sentence);
});

test('a gift or a sum handed over is a gift; an exchange of views or a bare price is not', () => {
  for (const sentence of [
    'Công ty đã trao cho Hội Chữ thập đỏ tỉnh 200 triệu đồng để mổ tim cho trẻ nghèo.',
    'Bệnh viện nhận 6 giác mạc do một tổ chức của Úc hiến tặng.',
    'Chiếc máy siêu âm là món quà của cộng đồng người Việt ở Đức.',
    'Quỹ trao tặng 15.000 USD cho trung tâm.',
  ])
    assert.ok(GIFT_HANDED_OVER.test(sentence), sentence);
  for (const sentence of [
    'Hai bên trao đổi về dự án trị giá 5 triệu USD.',
    'Mỗi ca mổ tốn khoảng 80 triệu đồng.',
    'Lãnh đạo bệnh viện trao quyết định bổ nhiệm cho trưởng khoa.',
  ])
    assert.ok(!GIFT_HANDED_OVER.test(sentence), sentence);
});

test('patients counted after a care verb and "cho" are patients cared for', () => {
  for (const sentence of [
    'Các bác sĩ tình nguyện đã khám bệnh miễn phí cho 320 người dân xã biên giới.',
    'Đoàn chuyên gia Pháp phẫu thuật cho hơn 70 trẻ bị dị tật.',
    'Chương trình cấp thuốc cho gần 1.500 lượt người cao tuổi.',
  ])
    assert.ok(PATIENTS_CARED_FOR.test(sentence), sentence);
  for (const sentence of [
    'Bệnh viện có 45 bác sĩ và 300 giường bệnh.',
    'Dự án đào tạo cho 30 điều dưỡng của tỉnh.',
    'Mỗi năm bệnh viện điều trị khoảng 12.000 người mắc lao.',
    'Công ty trao cho 20 trẻ em nghèo mỗi em một suất học bổng.',
  ])
    assert.ok(!PATIENTS_CARED_FOR.test(sentence), sentence);
});

test('a meeting held or the place of a meeting frames the opening; a meeting mentioned is no frame', () => {
  for (const sentence of [
    'Tại hội thảo về an toàn người bệnh chiều qua, các chuyên gia Nhật Bản chia sẻ kinh nghiệm.',
    'Sở Y tế tỉnh Quảng Trị đã tổ chức hội nghị sơ kết chương trình phòng chống sốt rét.',
    'Sáng nay, khai mạc diễn đàn y tế Việt Nam - Hàn Quốc lần thứ ba.',
    'Trong buổi tọa đàm, đại diện hai trường đại học bàn về đào tạo điều dưỡng.',
  ])
    assert.ok(MEETING_FRAME.test(sentence), sentence);
  for (const sentence of [
    'Kết quả nghiên cứu sẽ được báo cáo ở các hội thảo quốc tế.',
    'Hội nghị thượng đỉnh kết thúc tuần trước, các bệnh viện bắt đầu làm việc.',
    'Tổ chức Y tế Thế giới khuyến cáo tiêm vắc xin cúm hằng năm.',
  ])
    assert.ok(!MEETING_FRAME.test(sentence), sentence);
});

test('a facility opened or put into use is a facility opened; a plan or a word inside another is not', () => {
  for (const sentence of [
    'Bệnh viện huyện khánh thành khu điều trị do một quỹ của Hàn Quốc tài trợ.',
    'Trung tâm xét nghiệm được khai trương sáng thứ hai.',
    'Phòng khám vừa được đưa vào hoạt động với 12 máy lọc máu.',
    'Thành phố ra mắt trung tâm cấp cứu mới.',
  ])
    assert.ok(FACILITY_OPENED.test(sentence), sentence);
  for (const sentence of [
    'Các bác sĩ đã mổ cho 40 trẻ em trong tuần qua.',
    'Bệnh viện đang lên kế hoạch xây khu điều trị mới.',
    'Hai bên ký kết biên bản ghi nhớ về đào tạo.',
  ])
    assert.ok(!FACILITY_OPENED.test(sentence), sentence);
});
