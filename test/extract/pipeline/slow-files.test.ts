import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatReport } from '../../../src/extract/pipeline/report.ts';
import { FIXTURES, ROOT, tempDir } from '../../helpers.ts';

/**
 * A 9 MB article, written at test time: one long run of paragraphs, as a runaway scrape makes, with
 * Markdown emphasis in each, so that it takes the Markdown parser's path (plain text is read far faster).
 */
function writeHugeArticle(path: string): void {
  const paragraph =
    'Sáng nay, **Bệnh viện đa khoa tỉnh** tổ chức buổi tập huấn về cấp cứu ban đầu cho nhân viên y tế ' +
    'các trạm y tế xã; các học viên được thực hành trên mô hình và trao đổi kinh nghiệm.\n\n';
  writeFileSync(path, paragraph.repeat(Math.ceil(9_000_000 / Buffer.byteLength(paragraph))));
}

for (const workers of [1, 2])
  test(`a run that spends long on one file names it on stderr once, and its report lists it (${workers} thread(s) reading)`, () => {
    const input = tempDir();
    copyFileSync(join(FIXTURES, 'ordinary-health-news.txt'), join(input, 'a-tin-ngan.txt'));
    writeHugeArticle(join(input, 'b-bai-rat-dai.txt'));
    const run = pathToFileURL(join(ROOT, 'src', 'extract', 'pipeline', 'run.ts')).href;
    // The limit is lowered so that the test does not depend on how fast the machine is.
    const script = `
    import { runExtraction } from ${JSON.stringify(run)};
    const { slowFiles } = await runExtraction({
      input: ${JSON.stringify(input)}, output: ${JSON.stringify(tempDir())},
      workers: ${workers}, cache: false, slowFileSeconds: 0.1,
    });
    console.log(JSON.stringify(slowFiles));`;
    const scriptFile = join(tempDir(), 'run.mjs');
    writeFileSync(scriptFile, script);
    const child = spawnSync(process.execPath, [scriptFile], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const notices = child.stderr.split('\n').filter((l) => l.includes('b-bai-rat-dai.txt'));
    assert.deepEqual(notices, [
      'extract: still reading b-bai-rat-dai.txt after 0.1 s (a long file; the run goes on)',
    ]);
    const slowFiles = JSON.parse(child.stdout) as { file: string; seconds: number }[];
    const huge = slowFiles.find((s) => s.file === 'b-bai-rat-dai.txt');
    assert.ok(huge && huge.seconds >= 0.1, child.stdout);
  });

test('the printed report names each slow file with its time, even when quiet', () => {
  const report = formatReport([], { articles: [], events: [], delegations: [], outcomes: [] }, 3, {
    listing: 'none',
    slowFiles: [{ file: 'khac/bai-rat-dai.txt', seconds: 14.2 }],
  });
  assert.match(report, /^slow: khac\/bai-rat-dai\.txt took 14\.2 s$/m);
});
