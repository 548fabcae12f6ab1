import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from '../../../src/extract/names/tokens.ts';
import { withWordBarriers, wordBarriers } from '../../../src/extract/names/word-barriers.ts';
import { viterbi } from '../../../src/extract/names/viterbi.ts';
import { legalTransition, spansOf, tagIndex, TAGS } from '../../../src/extract/names/tags.ts';

const barriersOf = (sentence: string) => {
  const tokens = tokenise(sentence);
  const barriers = wordBarriers(tokens);
  return tokens
    .slice(1)
    .flatMap((t, i) => (barriers[i + 1] ? [`${tokens[i]!.text}|${t.text}`] : []));
};

test('the boundary between two syllables of one word is a barrier (a bond from the corpus)', () => {
  assert.ok(barriersOf('Họ mua hệ thống mới').includes('hệ|thống'));
  // Two syllables apart by a comma or a double space are no word.
  assert.ok(!barriersOf('Họ mua hệ, thống nhất').includes(',|thống'));
  assert.ok(!barriersOf('Họ mua hệ  thống mới').includes('hệ|thống'));
  // A capitalised syllable after a lower-case one opens a name more often than it ends a word.
  assert.ok(!barriersOf('Ông là giám đốc Bệnh viện tỉnh').includes('đốc|Bệnh'));
});

test('a province or a country spelled in capitals is one word to a name', () => {
  assert.ok(barriersOf('Đoàn khách của UBND tỉnh Hải Dương').includes('Hải|Dương'));
  assert.ok(barriersOf('Bác sĩ đến từ Hàn Quốc').includes('Hàn|Quốc'));
  // Written in lower case it is no place: "hải dương" is the ocean, with no bond in the corpus.
  assert.ok(!barriersOf('nghiên cứu hải dương').includes('hải|dương'));
});

test('decoding under barriers keeps the word whole: the name goes on, or stops before the word', () => {
  // Tokens: Trung tâm Kiểm dịch ; the scores cut the name after "Kiểm".
  const L = TAGS.length;
  const B = tagIndex('B-ORG');
  const I = tagIndex('I-ORG');
  const O = tagIndex('O');
  const emission = [4, 3, 3, 0].map((name, i) => {
    const row = new Float64Array(L);
    row[B] = i === 0 ? name : -5;
    row[I] = i === 0 ? -5 : name;
    row[O] = i === 3 ? 1 : 0;
    return row;
  });
  const transition = Array.from({ length: L + 1 }, () => new Array<number>(L).fill(0));
  assert.deepEqual(spansOf(viterbi(emission, transition, legalTransition)), [
    { kind: 'ORG', from: 0, to: 3 },
  ]);
  const pairs = withWordBarriers(undefined, [false, false, false, true], L);
  assert.deepEqual(spansOf(viterbi(emission, transition, legalTransition, pairs)), [
    { kind: 'ORG', from: 0, to: 4 },
  ]);
  // A name may open at a barrier (only its end is barred), unless asked; barred for institutions
  // only, a person may still end there.
  assert.equal(pairs[3]![O * L + B], 0);
  assert.equal(pairs[3]![I * L + B], -Infinity);
  assert.equal(
    withWordBarriers(undefined, [false, true], L, ['ORG'], false)[1]![O * L + B],
    -Infinity,
  );
  const onlyOrg = withWordBarriers(undefined, [false, false, false, true], L, ['ORG']);
  assert.equal(onlyOrg[3]![tagIndex('I-PER') * L + O], 0);
  assert.equal(onlyOrg[3]![I * L + O], -Infinity);
  assert.equal(onlyOrg[3]![I * L + I], 0);
});
