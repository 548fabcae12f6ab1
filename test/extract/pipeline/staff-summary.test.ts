/**
 * What needs staff after a run: the report's last lines name every stale
 * correction and every file rejected for a reason other than not-cooperation,
 * count the corrections applied, and only count the routine rejections;
 * `--strict` makes a stale correction fail the run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, runExtractCommand, tempDir } from '../../helpers.ts';
import {
  formatStaffSummary,
  LISTED_REJECTIONS,
  staffSummary,
  strictFailure,
} from '../../../src/extract/pipeline/staff-summary.ts';
import type { ReportFile } from '../../../src/extract/pipeline/report.ts';

const STALE = {
  file: '2024/sua.yaml',
  entry: 2,
  target: 'event: su-kien-da-xoa-1a2b3c4d',
  problem: 'no such event',
};

function report(rejected: ReportFile['rejected'], more: Record<string, unknown> = {}): ReportFile {
  return { files: 10, events: 2, delegations: 0, outcomes: 0, rejected, warnings: [], ...more };
}

test('the summary counts routine rejections, names the others, and ends with the stale corrections', () => {
  const lines = formatStaffSummary(
    staffSummary(
      report(
        [
          { file: 'a.txt', reason: 'not-cooperation', warnings: [] },
          { file: 'b.txt', reason: 'empty', warnings: [] },
          { file: 'c.txt', reason: 'not-cooperation', warnings: [] },
          { file: 'd.pdf', reason: 'unsupported', warnings: [] },
        ],
        { correctionsApplied: 3, staleCorrections: [STALE] },
      ),
    ),
    { verbose: false, reportPath: 'out/report.json' },
  );
  const text = lines.join('\n');
  assert.match(text, /routine rejections \(not-cooperation\): 2 \(listed with --verbose\)/);
  assert.doesNotMatch(text, /a\.txt|c\.txt/, 'routine rejections are only counted');
  assert.match(text, /^ {2}b\.txt: empty$/m);
  assert.match(text, /^ {2}d\.pdf: unsupported$/m);
  assert.match(text, /corrections applied: 3; 1 correction no longer applies:/);
  assert.equal(
    lines.at(-1),
    '  correction 2024/sua.yaml entry 2 (event: su-kien-da-xoa-1a2b3c4d): no such event; not applied',
  );
});

test('many odd rejections are cut on screen, pointing to the report; the stale corrections stay last', () => {
  const rejected = Array.from({ length: LISTED_REJECTIONS + 7 }, (_, i) => ({
    file: `copy-${i}.txt`,
    reason: 'duplicate',
    warnings: [],
  }));
  const lines = formatStaffSummary(
    staffSummary(report(rejected, { correctionsApplied: 0, staleCorrections: [STALE] })),
    { verbose: false, reportPath: 'out/report.json' },
  );
  assert.ok(lines.length < 30, `${lines.length} lines`);
  assert.ok(lines.includes('  … and 7 more in out/report.json'));
  assert.match(lines.at(-1)!, /sua\.yaml entry 2/);
});

test('--strict has a message only when a correction is stale', () => {
  assert.equal(strictFailure([]), null);
  assert.match(
    strictFailure([STALE])!,
    /--strict: 1 correction no longer applies \(2024\/sua\.yaml entry 2/,
  );
});

function articlesWithOddOnes(): string {
  const input = tempDir();
  cpSync(join(ROOT, 'content'), input, { recursive: true });
  cpSync(join(FIXTURES, 'non-health-cooperation.txt'), join(input, 'khac.txt'));
  writeFileSync(join(input, 'trong.txt'), '');
  return input;
}

function correctionsDir(): string {
  const dir = tempDir();
  mkdirSync(join(dir, '2024'));
  writeFileSync(
    join(dir, '2024', 'sua.yaml'),
    `- event: ha-tinh-va-benh-vien-bach-mai-ky-bb68ddf7
  set: { type: training }
  reason: "Đúng là một lớp tập huấn"
- event: su-kien-da-xoa-1a2b3c4d
  set: { type: aid }
  reason: "Sự kiện đã bị xoá"
`,
  );
  return dir;
}

test('npm run extract ends with what needs staff; the routine rejection is listed only with --verbose', () => {
  const input = articlesWithOddOnes();
  const corrections = correctionsDir();
  const run = runExtractCommand([
    '--input',
    input,
    '--output',
    tempDir(),
    '--corrections',
    corrections,
  ]);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(
    lines.at(-1),
    '  correction 2024/sua.yaml entry 2 (event: su-kien-da-xoa-1a2b3c4d): no such event; not applied',
  );
  assert.ok(lines.includes('corrections applied: 1; 1 correction no longer applies:'), run.stdout);
  assert.ok(lines.includes('  trong.txt: empty'), run.stdout);
  assert.doesNotMatch(run.stdout, /khac\.txt/, 'not-cooperation is counted, not listed');
  assert.match(
    run.stdout,
    /routine rejections \(not-cooperation\): [1-9]\d* \(listed with --verbose\)/,
  );

  const verbose = runExtractCommand([
    '--input',
    input,
    '--output',
    tempDir(),
    '--corrections',
    corrections,
    '--verbose',
  ]);
  assert.match(verbose.stdout, /^ {2}khac\.txt: not-cooperation/m);
});

test('npm run extract --strict fails on a stale correction with a clear message, and passes without one', () => {
  const input = articlesWithOddOnes();
  const run = runExtractCommand([
    '--input',
    input,
    '--output',
    tempDir(),
    '--corrections',
    correctionsDir(),
    '--strict',
  ]);
  assert.equal(run.status, 1);
  // The last line (a loaded machine may name a slow file before it).
  assert.match(
    run.stderr.trim().split('\n').at(-1)!,
    /^extract: --strict: 1 correction no longer applies \(2024\/sua\.yaml entry 2, event: su-kien-da-xoa-1a2b3c4d: no such event\)/,
  );
  const clean = runExtractCommand(['--input', input, '--output', tempDir(), '--strict']);
  assert.equal(clean.status, 0, clean.stderr);
});
