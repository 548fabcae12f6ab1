/**
 * The commands as people try them: --help answers and does nothing else, an
 * unknown flag shows the usage, build warns when SITE_URL is unset, and the
 * report of rejected files is on screen and in a file, training and the
 * evaluation name the parts of the shared folder they cannot find.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readJson, runExtractCommand, tempDir } from '../../helpers.ts';
import type { Article } from '../../../src/lib/schema.ts';
import type { ReportFile } from '../../../src/extract/pipeline/report.ts';

function runBuild(args: string[], env: NodeJS.ProcessEnv = {}) {
  const base = { ...process.env };
  delete base.SITE_URL;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Settings under which a build that does start fails at once, touching nothing of the project's. */
function isolated(): NodeJS.ProcessEnv {
  const dir = tempDir();
  return {
    ARTICLES_DIR: join(dir, 'no-articles'),
    HOPTAC_DATA_DIR: join(dir, 'data'),
    HOPTAC_OUT_DIR: join(dir, 'site'),
  };
}

test('extract --help and -h print the usage and exit 0', () => {
  for (const flag of ['--help', '-h']) {
    const output = tempDir();
    const run = runExtractCommand([flag, '--output', output]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: npm run extract -- \[options\]/);
    for (const option of ['--input', '--output', '--report', '--no-cache', '--workers', '--quiet'])
      assert.match(run.stdout, new RegExp(`${option}\\b`));
    assert.ok(!existsSync(join(output, 'articles.json')), 'nothing was extracted');
  }
});

test('extract with an unknown flag names it, prints the usage and exits 2', () => {
  const run = runExtractCommand(['--inptu', 'content']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^extract: Unknown option '--inptu'/);
  assert.match(run.stderr, /Usage: npm run extract/);
});

test('extract with a wrong option value names it, prints the usage and exits 2, extracting nothing', () => {
  const output = tempDir();
  for (const value of ['abc', '0', '1.5']) {
    const run = runExtractCommand(['--workers', value, '--output', output]);
    assert.equal(run.status, 2, `--workers ${value}`);
    assert.match(
      run.stderr,
      new RegExp(`^extract: --workers must be a whole number ≥ 1, not ${value}`),
    );
    assert.match(run.stderr, /Usage: npm run extract/);
  }
  assert.ok(!existsSync(join(output, 'articles.json')), 'nothing was extracted');
});

test('build --help prints the usage, exits 0 and builds nothing', () => {
  const env = isolated();
  const run = runBuild(['--help'], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Usage: npm run build/);
  assert.match(run.stdout, /SITE_URL/);
  assert.equal(run.stderr, '');
  assert.ok(!existsSync(env.HOPTAC_DATA_DIR!), 'no extraction');
  assert.ok(!existsSync(env.HOPTAC_OUT_DIR!), 'no site');
});

test('build with an unknown flag prints the usage and exits 2 without building', () => {
  const env = isolated();
  const run = runBuild(['--out', 'x'], env);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^build: Unknown option '--out'/);
  assert.match(run.stderr, /Usage: npm run build/);
  assert.ok(!existsSync(env.HOPTAC_DATA_DIR!));
});

test('build warns in one line when SITE_URL is unset, unless it is a local preview', () => {
  const warning = /^build: SITE_URL is not set.*hoptac\.example\.org.*$/m;
  const unset = runBuild([], isolated());
  assert.match(unset.stderr, warning);
  assert.equal(unset.stderr.split('\n').filter((l) => l.includes('SITE_URL')).length, 1);
  assert.doesNotMatch(runBuild([], { ...isolated(), SITE_URL: 'https://a.vn' }).stderr, warning);
  assert.doesNotMatch(runBuild(['--preview'], isolated()).stderr, warning);
});

test('the report names every rejected file with its reason in report.json, on screen all but the routine ones unless --verbose', () => {
  const input = tempDir();
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'notes.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  writeFileSync(join(input, 'weather.txt'), 'Hôm nay trời nắng, nhiệt độ cao nhất 35 độ.\n');
  writeFileSync(
    join(input, 'agreement.md'),
    'Ngày 12/10/2023, UBND tỉnh Hà Tĩnh và Bệnh viện Bạch Mai ký kết biên bản ghi nhớ hợp tác hỗ trợ y tế.\n',
  );
  const output = tempDir();
  const run = runExtractCommand(['--input', input, '--output', output]);
  assert.equal(run.status, 0, run.stderr);
  const articles = readJson<Article[]>(output, 'articles.json');
  const rejected = articles.filter((a) => a.reason).map((a) => [a.file, a.reason]);
  assert.deepEqual(
    rejected.sort(),
    [
      ['empty.txt', 'empty'],
      ['notes.docx', 'unsupported'],
      ['weather.txt', 'not-cooperation'],
    ],
    'the fixture rejects three files, each for its own reason',
  );
  const report = readJson<ReportFile>(output, 'report.json');
  assert.deepEqual(
    report.rejected.map((r) => [r.file, r.reason]),
    rejected.sort(),
  );
  assert.equal(report.files, articles.length);
  // On screen: every file but the routine not-cooperation one, which --verbose names too.
  for (const [file, reason] of rejected)
    if (reason === 'not-cooperation')
      assert.doesNotMatch(run.stdout, new RegExp(`^  ${file}: ${reason}`, 'm'));
    else assert.match(run.stdout, new RegExp(`^  ${file}: ${reason}`, 'm'));
  assert.match(run.stdout, new RegExp(`^report: .*report\\.json$`, 'm'));

  const elsewhere = join(tempDir(), 'nested', 'rapport.json');
  const moved = runExtractCommand([
    '--input',
    input,
    '--output',
    tempDir(),
    '--report',
    elsewhere,
    '--verbose',
  ]);
  for (const [file, reason] of rejected)
    assert.match(moved.stdout, new RegExp(`^  ${file}: ${reason}`, 'm'));
  assert.equal(moved.status, 0, moved.stderr);
  assert.deepEqual(readJson<ReportFile>(join(elsewhere, '..'), 'rapport.json'), report);
});

test('the tool scripts answer --help with their usage, and a wrong flag with the usage and exit 2, no stack trace', () => {
  for (const script of [
    'eval',
    'train',
    'bench',
    'check-corpus',
    'scale-fixture',
    'published-labels',
  ]) {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const help = run('--help');
    assert.equal(help.status, 0, `${script} --help: ${help.stderr}`);
    assert.match(help.stdout, /^usage: npm run /);
    const wrong = run('--no-such-flag');
    assert.equal(wrong.status, 2, `${script} --no-such-flag`);
    assert.match(wrong.stderr, /'--no-such-flag'[\s\S]*usage: npm run /);
    assert.doesNotMatch(wrong.stderr, /\n\s+at /, `${script} prints a stack trace`);
  }
});

test('train and eval without the shared folder name each missing part and exit 2, no stack trace', () => {
  const shared = tempDir('hoptac-shared-');
  try {
    mkdirSync(join(shared, 'gold'));
    for (const script of ['train', 'eval']) {
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts', `${script}.ts`), '--shared', shared],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      assert.equal(run.status, 2, `${script}: ${run.stderr}`);
      for (const part of ['corpus', 'seeds', join('tools', 'score.mjs')])
        assert.ok(
          run.stderr.includes(join(shared, part)),
          `${script} names ${part}: ${run.stderr}`,
        );
      assert.ok(!run.stderr.includes(join(shared, 'gold')), `${script} names only what is missing`);
      assert.doesNotMatch(run.stderr, /\n\s+at /, `${script} prints a stack trace`);
    }
  } finally {
    rmSync(shared, { recursive: true, force: true });
  }
});
