import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeForClassifier } from '../../../src/extract/pipeline/article.ts';
import { segmentArticle } from '../../../src/extract/clean/sentences.ts';
import { articleFeatures } from '../../../src/extract/classify/features.ts';

const clauses = (headline: string, ...body: string[]) =>
  describeForClassifier(
    segmentArticle(
      [
        { kind: 'heading', lines: [headline] },
        { kind: 'paragraph', lines: body },
      ],
      new Set([0]),
    ),
  ).cooperationClauses;

test('a cooperation clause is a cue of cooperation between two parties in one sentence', () => {
  assert.deepEqual(
    clauses(
      'Bệnh viện Bạch Mai ký kết hợp tác với Bệnh viện Đa khoa tỉnh Lào Cai',
      'Lễ ký diễn ra sáng 3/4.',
      'Hai bên thống nhất nội dung.',
      'Buổi lễ có nhiều khách mời.',
      'Bác sĩ Nhật Bản sẽ đào tạo nhân viên Bệnh viện Chợ Rẫy.',
    ),
    { opening: 1, body: 1 },
  );
});

test('one institution written two ways is one party: no clause by itself', () => {
  assert.deepEqual(
    clauses('Tổ chức Y tế Thế giới (WHO) tập huấn phòng chống dịch', 'Lớp học kéo dài ba ngày.'),
    { opening: 0, body: 0 },
  );
});

test('one party, or two parties and no cue, make no cooperation clause', () => {
  assert.deepEqual(
    clauses(
      'Bệnh viện Bạch Mai ký hợp đồng mua máy chụp cộng hưởng từ',
      'Bệnh viện Bạch Mai và Bệnh viện Việt Đức tiếp nhận 40 bệnh nhân sau vụ tai nạn.',
    ),
    { opening: 0, body: 0 },
  );
});

test('the classifier sees cooperation clauses as features of their zone', () => {
  const input = describeForClassifier(
    segmentArticle(
      [
        { kind: 'heading', lines: ['Sở Y tế Hà Nội tiếp đoàn công tác của Tổ chức Y tế Thế giới'] },
        { kind: 'paragraph', lines: ['Buổi làm việc bàn về tiêm chủng.'] },
      ],
      new Set([0]),
    ),
  );
  const features = articleFeatures(input);
  assert.equal(features.get('clause:opening'), 1);
  assert.equal(features.has('clause:body'), false);
});

const evidence = (headline: string, ...body: string[]) =>
  describeForClassifier(
    segmentArticle(
      [
        { kind: 'heading', lines: [headline] },
        { kind: 'paragraph', lines: body },
      ],
      new Set([0]),
    ),
  ).clauseEvidence;

test('clause evidence names the cue families of the cooperation clauses and the zones they stand in', () => {
  const read = evidence(
    'Bệnh viện Đa khoa tỉnh Quảng Nam tiếp đoàn công tác',
    'Hàng trăm người dân dự lễ.',
    'Nhà văn hóa có sân khấu và thư viện.',
    'Buổi lễ kết thúc lúc 10 giờ.',
    'Cùng ngày, Bệnh viện Chợ Rẫy ký kết hợp tác với Bệnh viện Đa khoa tỉnh Quảng Nam.',
  );
  assert.deepEqual(read.zones, ['body']);
  assert.ok(read.families.includes('agreement'));
  // The headline's visit names one party: no clause, so its cue family is not the clauses'.
  assert.ok(!read.families.includes('visit'));
});

test('the strongest sentence decides: one sentence with a cue and two parties outweighs cues spread thin', () => {
  const [spreadStrongest] = evidence(
    'Bệnh viện tỉnh tổ chức hội thảo chuyên đề',
    'Hội thảo bàn về đào tạo điều dưỡng.',
    'Bệnh viện cũng tiếp nhận thêm máy thở.',
  ).strongest;
  const [strongest, second] = evidence(
    'Bệnh viện Bạch Mai chuyển giao kỹ thuật và đào tạo bác sĩ cho Bệnh viện Đa khoa tỉnh Sơn La',
    'Chương trình kéo dài hai năm.',
  ).strongest;
  assert.ok(strongest > spreadStrongest);
  assert.ok(strongest <= 1 && second <= strongest);
});

test('the classifier reads the clause evidence as features', () => {
  const input = describeForClassifier(
    segmentArticle(
      [
        { kind: 'heading', lines: ['Sở Y tế Hà Nội tiếp đoàn công tác của Tổ chức Y tế Thế giới'] },
        { kind: 'paragraph', lines: ['Buổi làm việc bàn về tiêm chủng.'] },
      ],
      new Set([0]),
    ),
  );
  const features = articleFeatures(input);
  assert.equal(features.get('clause:@headline'), 1);
  assert.equal(features.has('clause:@body'), false);
  assert.ok(features.get('clause:strongest')! > 0);
});

test('a party named by its role (a level of the network, foreign donors) is the second party of a clause', () => {
  assert.deepEqual(
    clauses(
      'Bệnh viện Nhi Trung ương tập huấn kỹ thuật hồi sức sơ sinh cho tuyến huyện',
      'Viện Pasteur Nha Trang nhận hỗ trợ sinh phẩm xét nghiệm từ các nhà tài trợ quốc tế.',
    ),
    { opening: 2, body: 0 },
  );
  assert.deepEqual(
    clauses(
      'Bệnh viện Đa khoa tỉnh Hà Giang nhận thiết bị do các tổ chức trong và ngoài nước tài trợ',
      'Buổi lễ diễn ra sáng nay.',
    ),
    { opening: 1, body: 0 },
  );
  // A role with no named party beside it relates nothing, cue or not.
  assert.deepEqual(
    clauses('Trạm y tế tuyến xã còn thiếu thuốc', 'Nhiều chuyên gia quốc tế cảnh báo về dịch sởi.'),
    { opening: 0, body: 0 },
  );
});
