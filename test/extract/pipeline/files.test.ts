import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/lib/schema.ts';
import { listParsedArticleFiles } from '../../../src/extract/pipeline/files.ts';
import { FIXTURES, ROOT, readJson, runExtractCommand, tempDir } from '../../helpers.ts';

/** A folder of articles with what sits beside them in a real corpus: a manifest, a note, a hidden file. */
function folderWithNonArticles(): string {
  const input = tempDir();
  copyFileSync(join(FIXTURES, 'ordinary-health-news.txt'), join(input, 'tin-y-te.txt'));
  mkdirSync(join(input, 'khac'));
  copyFileSync(
    join(FIXTURES, 'missing-year-with-publication-date.md'),
    join(input, 'khac', 'bai.md'),
  );
  writeFileSync(join(input, 'manifest.tsv'), 'file\ttitle\ntin-y-te.txt\tTin y tế\n');
  writeFileSync(join(input, 'khac', 'ghi-chu.csv'), 'a,b\n1,2\n');
  writeFileSync(join(input, '.an.txt'), 'Một tệp ẩn không phải bài báo.\n');
  return input;
}

test('the bare parse of npm run bench reads exactly the files the extraction parses', () => {
  const input = folderWithNonArticles();
  const output = tempDir();
  const run = runExtractCommand(['--input', input, '--output', output, '--no-cache']);
  assert.equal(run.status, 0, run.stderr);
  const articles = readJson<Article[]>(output, 'articles.json');
  // The extraction lists the manifest and the note, and rejects them unread.
  assert.deepEqual(
    articles
      .filter((a) => a.reason === 'unsupported')
      .map((a) => a.file)
      .sort(),
    ['khac/ghi-chu.csv', 'manifest.tsv'],
  );
  const parsedByExtraction = articles
    .filter((a) => a.reason !== 'unsupported')
    .map((a) => a.file)
    .sort();
  assert.deepEqual(parsedByExtraction, ['khac/bai.md', 'tin-y-te.txt']);
  assert.deepEqual(listParsedArticleFiles(input), parsedByExtraction);

  const bare = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-bare-parse.ts'), input], {
    encoding: 'utf8',
  });
  assert.equal(bare.status, 0, bare.stderr);
  assert.match(bare.stdout, new RegExp(`^bare: ${parsedByExtraction.length} files,`));
});
