/**
 * The bare comparison for `npm run bench -- --site`: a minimal Astro project,
 * generated in a folder of its own, that builds the same HTML pages as the
 * real site's output with no logic of its own (no integrations, no content
 * collections, no layout: one catch-all route whose pages print the real
 * page's HTML as it was built), for Astro and then Pagefind
 * to build and index as a bare tool would.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Every HTML file under a built site, as paths relative to it ("su-kien/x/index.html"). */
export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** The route parameter that makes Astro write a page where the real build wrote it. */
export function routeOf(htmlFile: string): string | undefined {
  if (htmlFile === 'index.html') return undefined;
  if (htmlFile.endsWith('/index.html')) return htmlFile.slice(0, -'/index.html'.length);
  return htmlFile.slice(0, -'.html'.length); // 404.html: Astro writes 404/index.html
}

// Reads the real page when Astro renders it, as a page would read its data.
const CATCH_ALL_ROUTE = `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(process.env.HOPTAC_BARE_PAGES, 'utf8'));
  return pages.map((p) => ({ params: { path: p.route }, props: { file: p.file } }));
}
// Astro writes the doctype itself.
const html = readFileSync(Astro.props.file, 'utf8').replace(/^<!doctype html>/i, '');
---
<Fragment set:html={html} />
`;

/**
 * Writes the bare project into `projectDir` for the HTML pages of `realSiteDir`;
 * returns how many pages it lists and the environment its build needs.
 */
export function writeBareSite(
  realSiteDir: string,
  projectDir: string,
  outDir: string,
): { pages: number; env: NodeJS.ProcessEnv } {
  const pages = htmlFiles(realSiteDir).map((file) => ({
    route: routeOf(file),
    file: resolve(realSiteDir, file),
  }));
  mkdirSync(join(projectDir, 'src', 'pages'), { recursive: true });
  // Astro and its runtime resolve from the project's own dependencies.
  symlinkSync(resolve('node_modules'), join(projectDir, 'node_modules'), 'dir');
  writeFileSync(join(projectDir, 'src', 'pages', '[...path].astro'), CATCH_ALL_ROUTE);
  writeFileSync(
    join(projectDir, 'astro.config.mjs'),
    `export default ${JSON.stringify({
      outDir: resolve(outDir),
      cacheDir: './.astro-cache',
    })};\n`,
  );
  const list = join(projectDir, 'pages.json');
  writeFileSync(list, JSON.stringify(pages));
  return { pages: pages.length, env: { HOPTAC_BARE_PAGES: list } };
}
