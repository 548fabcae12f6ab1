import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import {
  beforeClause,
  CLAUSE_VERBS_PATH,
  opensClause,
  writtenAsVerb,
  type ClauseVerbs,
} from '../../../src/extract/names/clause-verbs.ts';
import { tokenise } from '../../../src/extract/names/tokens.ts';

const at = (sentence: string, word: string, check = writtenAsVerb) => {
  const tokens = tokenise(sentence);
  return check(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
};
const org = (text: string) => ({
  kind: 'ORG',
  text,
  sentence: 0,
  start: 10,
  end: 10 + text.length,
});

test('words written after "đã", "đang", "sẽ" are verbs; nouns and names are not', () => {
  assert.ok(at('Tổ chức này nói rằng dịch đã qua.', 'nói'));
  assert.ok(at('Cơ quan ấy mua thêm hai máy thở.', 'mua'));
  assert.ok(!at('Trung tâm ấy làm việc với khách quốc tế.', 'quốc'));
  assert.ok(!at('Họ ở thành phố lớn.', 'thành'));
  // The two-syllable word decides where the corpus knows it: "nhi đồng" is no verb though "đồng" can be.
  assert.ok(!at('Đó là báo nhi đồng của thành phố.', 'nhi'));
});

test('a verb of function or a word before a place opens no clause', () => {
  assert.ok(!at('Trung tâm phòng chống dịch của huyện.', 'phòng', opensClause));
  assert.ok(!at('Bệnh viện tỉnh Lạng Sơn mở cửa.', 'tỉnh', opensClause));
  assert.ok(at('Sở ấy mua thêm máy.', 'mua', opensClause));
});

test('an institution read on into the clause after a name the corpus writes whole ends before it', () => {
  const cut = beforeClause(org('Bộ Y tế mua thêm'));
  assert.equal(cut.text, 'Bộ Y tế');
  assert.equal(cut.end, 10 + 'Bộ Y tế'.length);
  // No run the corpus writes whole before the verb: the name stays as read.
  assert.equal(
    beforeClause(org('Trung tâm Chăm sóc và điều trị trẻ sơ sinh')).text,
    'Trung tâm Chăm sóc và điều trị trẻ sơ sinh',
  );
  // A place word is no verb: "tỉnh" goes on.
  assert.equal(
    beforeClause(org('Bệnh viện Đa khoa tỉnh Lạng Sơn')).text,
    'Bệnh viện Đa khoa tỉnh Lạng Sơn',
  );
  // "về nước" is a verb ("đã về nước"), but "về" also joins a name's parts: a name that goes on over it keeps going.
  assert.equal(
    beforeClause(org('Viện Nghiên cứu về nước và môi trường')).text,
    'Viện Nghiên cứu về nước và môi trường',
  );
  // Other kinds are left alone.
  assert.equal(beforeClause({ ...org('Bộ Y tế mua thêm'), kind: 'PER' }).text, 'Bộ Y tế mua thêm');
});

test('the table says what it was built from, and stays small and sorted', () => {
  const file = JSON.parse(readFileSync(CLAUSE_VERBS_PATH, 'utf8')) as ClauseVerbs;
  assert.match(file.builtFrom.corpusHash, /^[0-9a-f]{64}$/);
  assert.ok(file.builtFrom.articles > 1000);
  assert.ok(statSync(CLAUSE_VERBS_PATH).size < 250_000);
  assert.deepEqual(file.verbs, [...file.verbs].sort());
  assert.deepEqual(file.notVerbs, [...file.notVerbs].sort());
});
