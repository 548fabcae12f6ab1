import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignNames, nameSets } from '../../src/train/names-data.ts';
import { tokenise } from '../../src/extract/names/tokens.ts';
import { spansOf, tagsOf, TAGS } from '../../src/extract/names/tags.ts';

const sentences = [
  'Sở Y tế tỉnh Lào Cai làm việc với Bệnh viện Bạch Mai.',
  'Ông Lê Văn An, Giám đốc Sở Y tế, cảm ơn Nhật Bản.',
].map((text) => ({ text, tokens: tokenise(text) }));
const gold = {
  ORG: new Set(['Sở Y tế tỉnh Lào Cai', 'Sở Y tế', 'Bệnh viện Bạch Mai', 'Bệnh viện Bạch']),
  PER: new Set(['Lê Văn An']),
  PROV: new Set(['Lào Cai']),
  COUNTRY: new Set(['Nhật Bản', 'Hàn Quốc', 'Nhật B']),
};

test('the longest strings are placed first, and every occurrence of a string is tagged', () => {
  const { spans } = alignNames(sentences, gold);
  const read = (s: number) =>
    spansOf(tagsOf(spans[s]!, sentences[s]!.tokens.length)).map(
      (x) =>
        `${x.kind} ${sentences[s]!.text.slice(sentences[s]!.tokens[x.from]!.start, sentences[s]!.tokens[x.to - 1]!.end)}`,
    );
  assert.deepEqual(read(0), ['ORG Sở Y tế tỉnh Lào Cai', 'ORG Bệnh viện Bạch Mai']);
  assert.deepEqual(read(1), ['PER Lê Văn An', 'ORG Sở Y tế', 'COUNTRY Nhật Bản']);
  assert.equal(TAGS.length, 9);
});

test('a string that has no span of its own says why', () => {
  const { failures } = alignNames(sentences, gold);
  assert.deepEqual(failures.map((f) => `${f.text}: ${f.why}`).sort(), [
    'Bệnh viện Bạch: only inside a longer name',
    'Hàn Quốc: not in the cleaned sentences',
    'Lào Cai: only inside a longer name',
    'Nhật B: not on token boundaries',
  ]);
});

test('a listed person called later by the end of the name is tagged there too, but not inside a longer capitalised run', () => {
  const story = [
    'Bà Trần Thị Hồng Nam, Phó Giám đốc, đón đoàn.',
    'Theo bà Hồng Nam, bà Nam sẽ sang Việt Nam vào tháng sau.',
  ].map((text) => ({ text, tokens: tokenise(text) }));
  const { spans } = alignNames(story, {
    ORG: new Set(),
    PER: new Set(['Trần Thị Hồng Nam']),
    PROV: new Set(),
    COUNTRY: new Set(),
  });
  const read = (s: number) =>
    spans[s]!.map((x) =>
      story[s]!.text.slice(story[s]!.tokens[x.from]!.start, story[s]!.tokens[x.to - 1]!.end),
    ).sort();
  assert.deepEqual(read(0), ['Trần Thị Hồng Nam']);
  assert.deepEqual(read(1), ['Hồng Nam', 'Nam']);
});

test("a reader's string copied with the source's double space, or in decomposed marks, names the span the extractor reads", () => {
  const sets = nameSets({
    file: 'x.txt',
    organisations: ['Viện Chiến lược  Chính sách Y tế ', 'Bo\u0302\u0323 Y te\u0302\u0301'],
    people: [{ name: 'Lê\u00a0Văn An', title: null }],
    provinces: [],
    countries: [],
  });
  assert.deepEqual([...sets.ORG], ['Viện Chiến lược Chính sách Y tế', 'Bộ Y tế']);
  assert.deepEqual([...sets.PER], ['Lê Văn An']);
});
