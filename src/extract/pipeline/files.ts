/**
 * The input folder's files, recursively, in a stable order. Hidden files and
 * folders (".git", ".DS_Store") are not articles; the output folder is skipped
 * when it sits inside the input folder.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export function listArticleFiles(inputDir: string, skipDirs: string[] = []): string[] {
  const root = resolve(inputDir);
  const skip = new Set(skipDirs.map((d) => resolve(d)));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(path)) walk(path);
      } else if (entry.isFile()) {
        out.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return out.sort();
}
