/** Article folders before and after the edits people make, for the permalinks tests. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../../helpers.ts';

const CONTENT = join(ROOT, 'content');
export const FILES = {
  merged: '000_c255a8a55112a6f4.txt',
  moved: '001_04f8a597d5d644b8.txt',
  rejected: '002_9ca9491cd736ac9d.txt',
  frontMatter: '003_f979e58513f41911.txt',
  edited: '004_04d08c6a00689ecb.txt',
};

/** content/ plus a second, shorter report of the first article's event (merged into it). */
export function firstVersion(): string {
  const dir = tempDir('hoptac-articles-');
  cpSync(CONTENT, dir, { recursive: true });
  const lead = readFileSync(join(CONTENT, FILES.merged), 'utf8').split('\n').slice(0, 3).join('\n');
  writeFileSync(
    join(dir, 'bao-khac.txt'),
    `Sở Y tế Quảng Ninh giao lưu y tế tại Quảng Tây\n\n${lead}\n`,
  );
  return dir;
}

/** Edits in place: a typo fixed, a file renamed and moved, front matter added, an article removed. */
export function secondVersion(dir: string): void {
  const edited = join(dir, FILES.edited);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('Hà Tĩnh', 'Hà Tỉnh'));
  const fm = join(dir, FILES.frontMatter);
  writeFileSync(
    fm,
    `---\ntitle: Đoàn công tác Bộ Y tế\npublisher: Báo Sức khỏe\n---\n${readFileSync(fm, 'utf8')}`,
  );
  mkdirSync(join(dir, 'luu-tru', '2025'), { recursive: true });
  cpSync(join(dir, FILES.moved), join(dir, 'luu-tru', '2025', 'hop-tac.txt'));
  rmSync(join(dir, FILES.moved));
  rmSync(join(dir, FILES.merged));
}
