import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import {
  continuationStep,
  headLengths,
  lexiconMarks,
  NAME_LEXICON_PATH,
  type NameLexicon,
  stepAfterRun,
} from '../../../src/extract/names/name-lexicon.ts';
import { tokenise } from '../../../src/extract/names/tokens.ts';

const markOf = (sentence: string, word: string) => {
  const tokens = tokenise(sentence);
  return lexiconMarks(tokens)[tokens.findIndex((t) => t.text === word)]!;
};
const step = (marks: string[]) => marks.find((m) => /^lx=[^|]+$/.test(m))?.slice(3);

test('a head starts a run; a head written inside a longer head counts once, at its start', () => {
  const tokens = tokenise('Ông Bình, Sở Y tế và Bệnh viện Nhi đều đến.');
  const lengths = headLengths(tokens);
  const at = (word: string) => lengths[tokens.findIndex((t) => t.text === word)];
  assert.equal(at('Sở'), 3);
  assert.equal(at('Bệnh'), 2);
  assert.equal(at('Bình'), 0);
});

test("a well-known name's last word is where the corpus nearly always goes on; a verb after it is not", () => {
  assert.equal(step(markOf('Hôm qua Bệnh viện Bạch Mai đã tiếp nhận ba ca.', 'Mai')), '5');
  const after = step(markOf('Hôm qua Bộ Y tế cho biết sẽ họp.', 'cho'));
  assert.ok(after === 'new' || Number(after) <= 2, `"cho" after Bộ Y tế: ${after}`);
});

test('the word before a continuation sees it coming', () => {
  assert.ok(markOf('Hôm qua Bệnh viện Bạch Mai đã tiếp nhận ba ca.', 'Bạch').includes('lx>=5'));
});

test('continuation steps rise with the rate', () => {
  assert.deepEqual([0.01, 0.1, 0.3, 0.6, 0.9].map(continuationStep), [1, 2, 3, 4, 5]);
});

test('the lexicon says what it was built from, and stays small and sorted', () => {
  const file = JSON.parse(readFileSync(NAME_LEXICON_PATH, 'utf8')) as NameLexicon;
  assert.match(file.builtFrom.corpusHash, /^[0-9a-f]{64}$/);
  assert.ok(file.builtFrom.articles > 1000);
  assert.ok(statSync(NAME_LEXICON_PATH).size < 300_000);
  const keys = Object.keys(file.phrases);
  assert.deepEqual(keys, [...keys].sort());
});

test('the corpus writes a well-known name whole, and the start of a longer name as going on', () => {
  // "Bộ Y tế" is followed by many different words, none of them in a fifth of its sightings.
  const ministry = stepAfterRun('Bộ Y tế');
  assert.ok(ministry !== null && ministry <= 2, `Bộ Y tế: ${ministry}`);
  // "Viện Y học lâm sàng" is nearly always the start of "… các bệnh nhiệt đới".
  const institute = stepAfterRun('Viện Y học lâm sàng');
  assert.ok(institute !== null && institute >= 3, `Viện Y học lâm sàng: ${institute}`);
  // Decomposed letters are the same run.
  assert.equal(stepAfterRun('Bộ Y tế'.normalize('NFD')), ministry);
  assert.equal(stepAfterRun('Quỹ Hoa Sen Trắng Bay'), null);
});
