import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longestPhrase, phraseTrie } from '../../../src/extract/names/phrase-trie.ts';

const lower = (word: string) => word.toLowerCase();

test('the longest phrase from a word wins, and a phrase given twice merges its values', () => {
  const trie = phraseTrie(
    [
      ['Bệnh viện', 1],
      ['Bệnh viện Bạch Mai', 2],
      ['Bệnh viện Bạch Mai', 5],
    ],
    lower,
    Math.max,
  );
  const words = ['tại', 'bệnh', 'viện', 'bạch', 'mai', 'hôm', 'qua'];
  assert.deepEqual(longestPhrase(trie, words, 1), { length: 4, value: 5 });
  assert.deepEqual(longestPhrase(trie, ['bệnh', 'viện', 'bạch'], 0), { length: 2, value: 1 });
  assert.deepEqual(longestPhrase(trie, words, 0), { length: 0, value: undefined });
});
