/**
 * The build's staff report: after extract → Astro → Pagefind → check, a
 * correction that no longer applies is among the last lines of the whole
 * output, and `npm run build -- --strict` fails on it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers.ts';

const STALE_LINE =
  '  correction sua.yaml entry 1 (event: su-kien-da-bi-xoa-0badc0de): no such event; not applied';

/** `npm run build` on the seeds with one stale correction: its exit status and its stdout and stderr as one, in order. */
function build(args: string[]): { status: number | null; lines: string[] } {
  const base = tempDir('hoptac-staff-');
  const corrections = join(base, 'corrections');
  mkdirSync(corrections);
  writeFileSync(
    join(corrections, 'sua.yaml'),
    '- event: su-kien-da-bi-xoa-0badc0de\n  set: { type: aid }\n  reason: "Sự kiện đã bị xoá"\n',
  );
  const log = join(base, 'build.log');
  const fd = openSync(log, 'w');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      ARTICLES_DIR: join(ROOT, 'content'),
      HOPTAC_CORRECTIONS: corrections,
      HOPTAC_DATA_DIR: join(base, 'data'),
      HOPTAC_OUT_DIR: join(base, 'dist'),
      HOPTAC_CACHE_DIR: join(base, 'astro-cache'),
      HOPTAC_EXTRACT_CACHE: join(base, 'extract-cache'),
      HOPTAC_PERMALINKS: join(base, 'permalinks.json'),
    },
  });
  closeSync(fd);
  return { status: result.status, lines: readFileSync(log, 'utf8').trimEnd().split('\n') };
}

test('a build with a stale correction names it in the last 25 lines of its whole output', () => {
  const { status, lines } = build(['--preview']);
  assert.equal(status, 0, lines.slice(-40).join('\n'));
  assert.ok(lines.length > 50, `Astro and Pagefind wrote their output too (${lines.length} lines)`);
  const last = lines.slice(-25);
  assert.ok(last.includes(STALE_LINE), last.join('\n'));
  assert.ok(last.includes('corrections applied: 0; 1 correction no longer applies:'));
});

test('npm run build -- --strict fails on a stale correction, its message last', () => {
  const { status, lines } = build(['--preview', '--strict']);
  assert.notEqual(status, 0);
  assert.match(lines.at(-1)!, /^extract: --strict: 1 correction no longer applies/);
  assert.ok(lines.slice(-25).includes(STALE_LINE));
});
