/**
 * The input folder's files, recursively, in a stable order. Hidden files and
 * folders (".git", ".DS_Store") are not articles; the output folder is skipped
 * when it sits inside the input folder. A saved web page's `X_files/` folder
 * (beside `X.html` or `X.htm`) holds the page's images, styles and frames: it
 * belongs to the page and is not read as more articles.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Web pages as a browser saves them: their metadata and article are read from the HTML. */
export const WEB_PAGE_EXTENSIONS = ['.html', '.htm'];
/** The files read as articles; any other file is listed, reported as unsupported and never parsed. */
export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', ...WEB_PAGE_EXTENSIONS];

/** The file's extension in lower case, with its dot (`.txt`), or '' when it has none. */
export function fileExtension(file: string): string {
  return /\.[^./]+$/.exec(file.toLowerCase())?.[0] ?? '';
}

/** Whether the extraction parses this file as an article (a manifest or a spreadsheet beside them it does not). */
export function isArticleFile(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(fileExtension(file));
}

export function listArticleFiles(inputDir: string, skipDirs: string[] = []): string[] {
  const root = resolve(inputDir);
  const skip = new Set(skipDirs.map((d) => resolve(d)));
  const out: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name.toLowerCase()));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(path) && !isSavedPageAssets(entry.name, files)) walk(path);
      } else if (entry.isFile()) {
        out.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The files of the folder the extraction parses as articles, in the same order: what `npm run bench` times. */
export function listParsedArticleFiles(inputDir: string, skipDirs: string[] = []): string[] {
  return listArticleFiles(inputDir, skipDirs).filter(isArticleFile);
}

/** `X_files` beside `X.html`/`X.htm`: what a browser saves with a page. */
function isSavedPageAssets(name: string, files: Set<string>): boolean {
  const stem = /^(.+)_files$/i.exec(name)?.[1]?.toLowerCase();
  return stem !== undefined && (files.has(`${stem}.html`) || files.has(`${stem}.htm`));
}
