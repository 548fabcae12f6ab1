import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractorFiles } from '../../../src/extract/pipeline/version.ts';
import { ExtractionCache } from '../../../src/extract/pipeline/cache.ts';
import { processArticle } from '../../../src/extract/pipeline/article.ts';
import { ROOT, runExtractCommand, tempDir } from '../../helpers.ts';

const counts = (stdout: string) => {
  const m = /\((\d+) extracted, (\d+) from cache\)/.exec(stdout);
  assert.ok(m, stdout);
  return { extracted: Number(m[1]), cached: Number(m[2]) };
};

test('a second run takes every unchanged article from the cache and writes the same files', () => {
  const cache = tempDir();
  const [cold, warm] = [tempDir(), tempDir()];
  const first = runExtractCommand(['--input', join(ROOT, 'content'), '--output', cold], {
    HOPTAC_EXTRACT_CACHE: cache,
  });
  const second = runExtractCommand(['--input', join(ROOT, 'content'), '--output', warm], {
    HOPTAC_EXTRACT_CACHE: cache,
  });
  assert.deepEqual(counts(first.stdout), { extracted: 5, cached: 0 });
  assert.deepEqual(counts(second.stdout), { extracted: 0, cached: 5 });
  for (const name of ['articles.json', 'events.json', 'delegations.json', 'outcomes.json']) {
    assert.equal(
      readFileSync(join(warm, name), 'utf8'),
      readFileSync(join(cold, name), 'utf8'),
      name,
    );
  }
});

test('changing one article re-extracts only that article', () => {
  const cache = tempDir();
  const input = tempDir();
  cpSync(join(ROOT, 'content'), input, { recursive: true });
  runExtractCommand(['--input', input, '--output', tempDir()], { HOPTAC_EXTRACT_CACHE: cache });
  appendFileSync(join(input, readdirSync(input)[0]!), '\nMột câu được thêm vào bài.\n');
  const again = runExtractCommand(['--input', input, '--output', tempDir()], {
    HOPTAC_EXTRACT_CACHE: cache,
  });
  assert.deepEqual(counts(again.stdout), { extracted: 1, cached: 4 });
});

test('--no-cache reads and writes no cache', () => {
  const cache = tempDir();
  runExtractCommand(['--input', join(ROOT, 'content'), '--output', tempDir(), '--no-cache'], {
    HOPTAC_EXTRACT_CACHE: cache,
  });
  assert.deepEqual(readdirSync(cache), []);
  runExtractCommand(['--input', join(ROOT, 'content'), '--output', tempDir()], {
    HOPTAC_EXTRACT_CACHE: cache,
  });
  const cold = runExtractCommand(
    ['--input', join(ROOT, 'content'), '--output', tempDir(), '--no-cache'],
    { HOPTAC_EXTRACT_CACHE: cache },
  );
  assert.deepEqual(counts(cold.stdout), { extracted: 5, cached: 0 });
});

test('another extractor version finds nothing in the cache', () => {
  const dir = tempDir();
  const input = join(ROOT, 'content');
  const result = processArticle(
    'a.txt',
    Buffer.from('Ngày 5/5, Bệnh viện Bạch Mai ký kết hợp tác với Sở Y tế tỉnh Lào Cai.'),
  );
  const before = new ExtractionCache(dir, input, 'version-1');
  before.put(result, 'hash-a', 10, 1);
  before.save();
  assert.ok(existsSync(dir));
  const same = new ExtractionCache(dir, input, 'version-1');
  assert.equal(same.knownHash('a.txt', 10, 1), 'hash-a');
  // The classifier's details are not kept: nothing written from a result reads them.
  assert.deepEqual(same.get('a.txt', 'hash-a'), { ...result, classification: null });
  const changed = new ExtractionCache(dir, input, 'version-2');
  assert.equal(changed.knownHash('a.txt', 10, 1), null);
  assert.equal(changed.get('a.txt', 'hash-a'), null);
});

test('the trained models the extraction reads are part of its version', () => {
  const files = extractorFiles().map((f) => f.replaceAll('\\', '/'));
  assert.ok(files.some((f) => f.endsWith('/src/data/names-model.json')));
  assert.ok(files.some((f) => f.endsWith('/src/data/cooperation-model.json')));
});
