import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  hasInstitutionHead,
  selfTrainingSequences,
  unlabelledSentencePool,
  type PoolSentence,
} from '../../src/train/names-self-training.ts';
import { knownNames } from '../../src/extract/names/known-names.ts';
import type { ChainWeights } from '../../src/extract/names/perceptron.ts';
import { tokenise } from '../../src/extract/names/tokens.ts';
import { tempDir } from '../helpers.ts';

const sentence = (text: string) => ({ text, tokens: tokenise(text) });

test('a sentence holds an institution head whether the head is capitalised or not', () => {
  assert.equal(hasInstitutionHead(sentence('Các bác sĩ Bệnh viện Chợ Rẫy đã sang Lào.')), true);
  assert.equal(hasInstitutionHead(sentence('Ông được đưa vào bệnh viện huyện.')), true);
  assert.equal(hasInstitutionHead(sentence('Trời hôm nay nắng đẹp và gió nhẹ.')), false);
});

test('the pool takes sentences with an institution head from unlabelled articles only, a few from each', () => {
  const corpus = tempDir('namest-pool-');
  const head = (n: number) => `Đoàn ${n} của Bệnh viện Hữu Nghị đã tới Hà Giang.`;
  writeFileSync(join(corpus, 'a.txt'), `${head(1)} ${head(2)}\n`);
  writeFileSync(
    join(corpus, 'b.txt'),
    `${head(3)} Trời hôm nay nắng đẹp. ${head(4)} ${head(5)} ${head(6)}\n`,
  );
  writeFileSync(join(corpus, 'c.txt'), `Chợ đông người. ${head(7)}\n`);
  const options = { seed: 1, perArticle: 3, maxTokens: 60, size: 10 };
  const pool = unlabelledSentencePool(corpus, new Set(['a.txt']), options);
  const texts = pool.map((s) => s.text).sort();
  assert.deepEqual(texts, [head(3), head(4), head(5), head(7)].sort());
  assert.deepEqual(unlabelledSentencePool(corpus, new Set(['a.txt']), options), pool);
  assert.equal(unlabelledSentencePool(corpus, new Set(), { ...options, size: 2 }).length, 2);
});

// Hand-made chains over the first three tags (O, B-ORG, I-ORG): each word's feature scores those tags.
const chain = (scores: Record<string, number[]>): ChainWeights => ({
  emission: new Map(Object.entries(scores)),
  transition: Array.from({ length: 4 }, () => [0, 0, 0]),
  boundary: new Map(),
});
const poolSentence = (words: string[]): PoolSentence => ({
  tokens: tokenise(words.join(' ')),
  features: words.map((w) => [`w=${w}`]),
  boundaries: words.map(() => []),
});
const none = knownNames([]);

test('with agreement, only the sentences every model tags alike are kept, with their tags and weight', () => {
  const first = chain({ 'w=Viện': [0, 5, 0], 'w=họp': [5, 0, 0], 'w=Lúa': [0, 0, 5] });
  const second = chain({ 'w=Viện': [0, 5, 0], 'w=họp': [5, 0, 0], 'w=Lúa': [5, 0, 0] });
  const agreed = poolSentence(['Viện', 'họp']);
  const disputed = poolSentence(['Viện', 'Lúa']);
  const kept = selfTrainingSequences([agreed, disputed], [first, second], none, {
    selection: { kind: 'agreement' },
    weight: 0.3,
  });
  assert.equal(kept.length, 1);
  assert.deepEqual(kept[0]!.tags, [1, 0]);
  assert.equal(kept[0]!.weight, 0.3);
  assert.deepEqual(kept[0]!.features, agreed.features);
});

test('with a marginal threshold, a sentence with one token the model is unsure of is left out', () => {
  const model = chain({ 'w=Viện': [0, 20, 0], 'w=họp': [20, 0, 0], 'w=Lúa': [0, 0.1, 0.2] });
  const sure = poolSentence(['Viện', 'họp']);
  const unsure = poolSentence(['Viện', 'Lúa']);
  const selection = { kind: 'marginal', scale: 1, threshold: 0.9 } as const;
  const kept = selfTrainingSequences([sure, unsure], [model], none, { selection, weight: 1 });
  assert.deepEqual(
    kept.map((k) => k.tags),
    [[1, 0]],
  );
  const colder = { ...selection, scale: 100 };
  assert.equal(
    selfTrainingSequences([sure, unsure], [model], none, { selection: colder, weight: 1 }).length,
    2,
  );
});
