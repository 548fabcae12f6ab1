import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDelegation } from '../../../src/extract/fields/delegations.ts';
import type { SentenceFacts } from '../../../src/extract/fields/sentence-facts.ts';
import { findPeople } from '../../../src/extract/fields/people.ts';
import { findOrganisations } from '../../../src/extract/fields/organisations.ts';

const facts = (text: string): SentenceFacts => {
  const organisations = findOrganisations(text);
  return {
    text,
    people: findPeople(text, organisations),
    organisations,
    provinces: [],
    countries: [],
  };
};
const delegation = (...sentences: string[]) => {
  const d = findDelegation(sentences.map(facts), () => null);
  return d ? { leader: d.leader?.name ?? null, members: d.members.map((m) => m.name) } : null;
};

test('the leader as news names them: do … dẫn đầu, do … làm trưởng đoàn, A dẫn đầu đoàn', () => {
  assert.equal(
    delegation(
      'Sáng 4/5, tổ công tác của Bộ Y tế do Cục trưởng Cục Quản lý Dược Trần Thị Lan dẫn đầu đã đến tỉnh.',
    )?.leader,
    'Trần Thị Lan',
  );
  assert.equal(
    delegation('Đoàn kiểm tra gồm 7 thành viên do phó chánh thanh tra Lê Văn Hòa làm trưởng đoàn.')
      ?.leader,
    'Lê Văn Hòa',
  );
  assert.equal(
    delegation(
      'Chiều 28/7, Thứ trưởng Bộ Y tế Nguyễn Văn Bình đã dẫn đầu đoàn công tác đi kiểm tra công tác phòng dịch.',
    )?.leader,
    'Nguyễn Văn Bình',
  );
  // The subject is the person right before "dẫn đầu", not the first one named.
  assert.equal(
    delegation(
      'Bác sĩ Lê Thị An, Giám đốc Bệnh viện tỉnh đón Thứ trưởng Bộ Y tế Nguyễn Văn Bình dẫn đầu đoàn công tác.',
    )?.leader,
    'Nguyễn Văn Bình',
  );
  // The sentence that names the leader, not an earlier one that only counts the members.
  assert.equal(
    delegation(
      'Đoàn thanh tra có 9 thành viên do ông Trần Văn Tâm - Phó Vụ trưởng Vụ III, đến làm việc tại Sở.',
      'Đoàn thanh tra do ông Trần Văn Tâm - Phó Vụ trưởng Vụ III làm Trưởng đoàn.',
    )?.leader,
    'Trần Văn Tâm',
  );
});

test('the leader named with an institution and its place before the name', () => {
  assert.equal(
    delegation(
      'Sáng 26-2, đoàn do Phó Bí thư Thành ủy TP. HCM Võ Thị Dung dẫn đầu đã đến thăm các cựu cán bộ ngành y.',
    )?.leader,
    'Võ Thị Dung',
  );
  assert.equal(
    delegation(
      'Đoàn công tác do Phó Chủ tịch UBND tỉnh Nguyễn Văn An dẫn đầu làm việc với bệnh viện.',
    )?.leader,
    'Nguyễn Văn An',
  );
});

test('the head of delegation written with the name, after another title', () => {
  assert.equal(
    delegation(
      'Đoàn giám sát làm việc với Sở Y tế, Phó Chủ tịch Quốc hội Trần Văn Minh - trưởng đoàn giám sát cho rằng cần tăng chi.',
    )?.leader,
    'Trần Văn Minh',
  );
  assert.equal(
    delegation(
      'Đoàn chuyên gia Úc đến Quy Nhơn, bác sĩ Michael Brown trưởng đoàn cho biết sẽ ở lại một năm.',
    )?.leader,
    'Michael Brown',
  );
  assert.equal(
    delegation(
      'Phái đoàn y tế Nhật Bản do ông Kenji Sato, Trưởng phái đoàn dẫn đầu đã thăm bệnh viện.',
    )?.leader,
    'Kenji Sato',
  );
});

test('heads of standing bodies are not delegation leaders', () => {
  assert.equal(
    delegation(
      'Đoàn công tác đến thăm nhà bà Lê Thị Hoa, Trưởng đoàn đại biểu Quốc hội tỉnh, có các đồng chí lãnh đạo Sở.',
    )?.leader ?? null,
    null,
  );
  assert.equal(
    delegation(
      'Đoàn công tác gửi thư cho Đại sứ Nguyễn Văn Nam - Trưởng phái đoàn thường trực của Việt Nam tại Liên Hợp Quốc, gồm nhiều thành viên.',
    )?.leader ?? null,
    null,
  );
});

test('no member is listed twice, and the leader is not a member', () => {
  const d = delegation(
    'Đoàn công tác do PGS.TS Nguyễn Văn Hải, Giám đốc Bệnh viện Bạch Mai làm Trưởng đoàn, gồm các thành viên: TS Lê Thị Mai, Trưởng khoa Nội và PGS.TS Nguyễn Văn Hải.',
    'Cùng đi với đoàn có TS Lê Thị Mai, Trưởng khoa Nội.',
  );
  assert.deepEqual(d, { leader: 'Nguyễn Văn Hải', members: ['Lê Thị Mai'] });
});

test('a head of delegation named in brackets after the name', () => {
  assert.equal(
    delegation(
      'Ông Hoàng Đức Thắng (Trưởng đoàn công tác tỉnh Quảng Trị) cho biết đoàn sẽ học tập kinh nghiệm của bệnh viện.',
    )?.leader,
    'Hoàng Đức Thắng',
  );
});

test('a head of delegation named later in the apposition after the name, before its verb', () => {
  assert.equal(
    delegation(
      'Ông Phạm Anh Dũng, Chủ tịch UBND phường 7, thành phố Vũng Tàu, trưởng đoàn cán bộ Vũng Tàu, cho biết đoàn 14 người đi học tập kinh nghiệm.',
    )?.leader,
    'Phạm Anh Dũng',
  );
  // Another person's clause, or words after the verb, are not the name's apposition.
  assert.equal(
    delegation(
      'Ông Phạm Anh Dũng, Chủ tịch UBND phường 7, cho biết đoàn do ông chủ trì sẽ gặp các trưởng đoàn, bà Lê Thị Hoa, Trưởng phòng Y tế.',
    )?.leader ?? null,
    null,
  );
});

test('a host thanking the experts is not the head of their delegation named later in the sentence', () => {
  const d = delegation(
    'Đoàn công tác đến thăm bệnh viện, ông Nguyễn Văn An, Giám đốc Bệnh viện Đa khoa tỉnh, cảm ơn sự giúp đỡ của các chuyên gia, trưởng đoàn cũng bày tỏ mong muốn hợp tác.',
  );
  assert.notEqual(d?.leader, 'Nguyễn Văn An');
  // Words after the name's verb are another clause.
  assert.notEqual(
    delegation(
      'Đoàn công tác làm việc với bệnh viện, ông Nguyễn Văn An cho biết, trưởng đoàn rất hài lòng.',
    )?.leader,
    'Nguyễn Văn An',
  );
});
