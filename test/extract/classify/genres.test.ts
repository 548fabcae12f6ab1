import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADVICE, STUDY_NEWS } from '../../../src/extract/classify/genres.ts';
import { articleFeatures } from '../../../src/extract/classify/features.ts';
import type { ClassifierInput } from '../../../src/extract/classify/input.ts';
import { classifierInputOf } from '../../helpers.ts';

const input = (headline: string, lead: string, more: Partial<ClassifierInput> = {}) =>
  classifierInputOf({ headline, lead, ...more });

test('a study reported as news is told by its scientists, its journal or its trial', () => {
  assert.ok(STUDY_NEWS.test('Các nhà khoa học Đan Mạch cho biết uống trà xanh giúp giảm mỡ máu.'));
  assert.ok(STUDY_NEWS.test('Một nghiên cứu mới đăng trên tạp chí y khoa Anh về giấc ngủ.'));
  assert.ok(STUDY_NEWS.test('Hãng dược bắt đầu thử nghiệm trên người loại thuốc mới.'));
  assert.ok(!STUDY_NEWS.test('Hai bệnh viện ký thỏa thuận hợp tác đào tạo bác sĩ.'));
});

test('advice speaks to the reader or asks a question', () => {
  assert.ok(ADVICE.test('Muốn ngủ ngon, hãy tắt điện thoại trước khi lên giường'));
  assert.ok(ADVICE.test('Đau lưng khi mang thai có nguy hiểm không?'));
  assert.ok(ADVICE.test('Bạn có biết ăn nhiều đường hại gan'));
  assert.ok(!ADVICE.test('Bệnh viện tỉnh tiếp nhận máy thở do Nhật Bản viện trợ'));
  assert.ok(!ADVICE.test('Bác sĩ Hãn nói về ca mổ'), 'a word that only begins like one');
});

test("the opening's genre becomes features: a study, advice, no cue, one institution", () => {
  const abroad = articleFeatures(
    input(
      'Các nhà khoa học Úc: ăn ớt giúp ngủ ngon',
      'Nghiên cứu trên 500 người cho thấy điều đó.',
    ),
  );
  assert.equal(abroad.get('genre:study@opening'), 1);
  assert.equal(abroad.get('genre:no-cue@opening'), 1);
  assert.equal(abroad.get('genre:one-institution@opening'), 1);
  const cooperation = articleFeatures(
    input(
      'Bệnh viện tỉnh Lào Cai ký kết hợp tác với Bệnh viện Bạch Mai',
      'Hai bệnh viện sẽ hợp tác đào tạo và chuyển giao kỹ thuật.',
      { openingInstitutions: 2 },
    ),
  );
  for (const name of [
    'genre:study@opening',
    'genre:advice@headline',
    'genre:no-cue@opening',
    'genre:one-institution@opening',
  ])
    assert.equal(cooperation.get(name), undefined, name);
});
