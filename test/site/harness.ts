/**
 * The site tests' harness: a real build (extract → Astro → Pagefind → check)
 * of a folder of articles into temporary folders; serving and the browser
 * come from test/site/local-server.ts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers.ts';

export { CHROMIUM, launchBrowser, serve } from './local-server.ts';

export interface BuiltSite {
  dataDir: string;
  outDir: string;
}

/** Astro logs every route: at 10,000 events that is more than spawnSync's default 1 MB buffer, which kills the child. */
const LOG_BUFFER = 256 * 1024 * 1024;

/** Builds only the site side (Astro → Pagefind → check) from extracted records, as `npm run bench -- --site` does. */
export function buildSiteFromData(dataDir: string): BuiltSite {
  const base = tempDir('hoptac-site-');
  const outDir = join(base, 'dist');
  const env = {
    ...process.env,
    HOPTAC_DATA_DIR: dataDir,
    HOPTAC_CACHE_DIR: join(base, 'astro-cache'),
  };
  for (const args of [
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
    [join(ROOT, 'scripts', 'index-search.ts'), dataDir, outDir],
    [join(ROOT, 'scripts', 'check-site.ts'), dataDir, outDir],
  ]) {
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env,
      maxBuffer: LOG_BUFFER,
    });
    if (result.status !== 0)
      throw new Error(
        `${args[0]} failed (${result.error?.message ?? result.signal ?? `exit ${result.status}`}):\n${result.stdout?.slice(-4000)}\n${result.stderr}`,
      );
  }
  return { dataDir, outDir };
}

/** Runs `npm run build`'s script on a folder of articles. */
export function buildSite(articlesDir: string): BuiltSite {
  const base = tempDir('hoptac-site-');
  const site = { dataDir: join(base, 'data'), outDir: join(base, 'dist') };
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: LOG_BUFFER,
    env: {
      ...process.env,
      ARTICLES_DIR: articlesDir,
      HOPTAC_DATA_DIR: site.dataDir,
      HOPTAC_OUT_DIR: site.outDir,
      HOPTAC_CACHE_DIR: join(base, 'astro-cache'),
      // The project's own register stays as git has it.
      HOPTAC_PERMALINKS: join(base, 'permalinks.json'),
    },
  });
  if (result.status !== 0)
    throw new Error(
      `build failed (${result.error?.message ?? result.signal ?? `exit ${result.status}`}):\n${result.stdout?.slice(-4000)}\n${result.stderr}`,
    );
  return site;
}
