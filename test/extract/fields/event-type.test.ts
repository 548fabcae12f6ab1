import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideEventType } from '../../../src/extract/fields/event-type.ts';

const type = (
  headline: string,
  lead: string[],
  body: string[] = [],
  precision: 'day' | null = 'day',
) => decideEventType([headline], lead, body, precision).type;

test('the headline names the event; the lead confirms it; the body only breaks ties', () => {
  assert.equal(
    type('Bệnh viện Bạch Mai ký kết hợp tác với tỉnh Lào Cai', ['Hai bên trao đổi kinh nghiệm.']),
    'agreement',
  );
  assert.equal(
    type(
      'Sở Y tế tiếp đoàn công tác',
      ['Đoàn đến thăm và làm việc với bệnh viện.'],
      ['Bệnh viện đã được tài trợ máy thở năm trước.', 'Nhà tài trợ cam kết tiếp tục viện trợ.'],
    ),
    'working-visit',
  );
});

test('a headline announcing a first, with no kind named in headline or lead, is a technique transferred', () => {
  assert.equal(
    type('Ca ghép gan trẻ em đầu tiên tại Cần Thơ', [
      'Các bác sĩ Bệnh viện Nhi đồng Cần Thơ đã ghép gan thành công cho bé trai 6 tuổi.',
    ]),
    'technology-transfer',
  );
  // A first told with its kind keeps that kind.
  assert.equal(
    type('Lần đầu tiên Việt Nam ký kết hợp tác ghép tạng với Nhật Bản', [
      'Lễ ký diễn ra sáng 5/5.',
    ]),
    'agreement',
  );
});

test('a sum handed over in the lead is aid, though no word of the cue table names it', () => {
  assert.equal(
    type('Tin ngắn trong ngày', [
      'Đại sứ quán Canada vừa trao cho Bệnh viện tỉnh Điện Biên 300 triệu đồng để mua máy thở.',
    ]),
    'aid',
  );
});
