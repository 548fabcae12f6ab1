import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PackedRows } from '../../../src/extract/names/packed-rows.ts';
import { chainScores, type ChainWeights } from '../../../src/extract/names/perceptron.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';

const features = ['bias', 'w=Bệnh', 'l=viện', 'sh=Xx', 'gz=head:B'];
const width = 3;
const weights = Float32Array.from({ length: features.length * width }, (_, i) => (i % 7) / 4 - 0.6);

test('packed rows read as a map from each feature to its row', () => {
  const rows = new PackedRows(features, weights, width);
  assert.equal(rows.size, 5);
  assert.deepEqual([...rows.get('l=viện')!], [...weights.subarray(6, 9)]);
  assert.equal(rows.get('l=bệnh'), undefined);
  assert.equal(rows.idOf('sh=Xx'), 3);
  assert.equal(rows.idOf('nothing'), undefined);
  assert.ok(rows.has('bias') && !rows.has('Bias'));
  assert.deepEqual(
    [...rows].map(([f, row]) => [f, [...row]]),
    features.map((f, i) => [f, [...weights.subarray(i * width, i * width + width)]]),
  );
  assert.deepEqual([...rows.keys()], features);
  assert.equal([...rows.values()].length, 5);
  const seen: string[] = [];
  rows.forEach((_, f) => seen.push(f));
  assert.deepEqual(seen, features);
  assert.throws(() => new PackedRows(features, weights.subarray(1), width), /5 rows of 3/);
});

test('a sentence scores the same from packed rows as from a map of rows, to the last bit', () => {
  const random = seededRandom(31220261);
  const names = Array.from({ length: 200 }, (_, i) => `f${i}`);
  const packed = Float32Array.from({ length: names.length * width }, () => random() * 4 - 2);
  const asMap = new Map(names.map((f, i) => [f, packed.subarray(i * width, i * width + width)]));
  const chain = (emission: ChainWeights['emission']): ChainWeights => ({
    emission,
    transition: Array.from({ length: width + 1 }, () => Array.from({ length: width }, () => 0)),
    boundary: new Map(),
  });
  // Tokens of many features, some the model has not, some repeated: the sums in the same order.
  const sentence = Array.from({ length: 40 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 30) }, () => `f${Math.floor(random() * 260)}`),
  );
  const fromPacked = chainScores(chain(new PackedRows(names, packed, width)), sentence);
  const fromMap = chainScores(chain(asMap), sentence);
  assert.deepEqual(fromPacked.emission, fromMap.emission);
  assert.ok(fromMap.emission.some((s) => s.some((x) => x !== 0)));
});
