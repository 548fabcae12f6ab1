/**
 * The site tests' harness: a real build (extract → Astro → Pagefind → check)
 * of a folder of articles into temporary folders, a static server on
 * localhost, and Debian's Chromium driven by playwright-core.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, tempDir } from '../helpers.ts';

export interface BuiltSite {
  dataDir: string;
  outDir: string;
}

/** Builds only the site side (Astro → Pagefind → check) from extracted records, as `npm run bench -- --site` does. */
export function buildSiteFromData(dataDir: string): BuiltSite {
  const base = tempDir('hoptac-site-');
  const outDir = join(base, 'dist');
  const env = { ...process.env, HOPTAC_DATA_DIR: dataDir, HOPTAC_CACHE_DIR: join(base, 'astro-cache') };
  for (const args of [[join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], [join(ROOT, 'scripts', 'index-search.ts'), dataDir, outDir], [join(ROOT, 'scripts', 'check-site.ts'), dataDir, outDir]]) {
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`${args[0]} failed:\n${result.stdout}\n${result.stderr}`);
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
    env: { ...process.env, ARTICLES_DIR: articlesDir, HOPTAC_DATA_DIR: site.dataDir, HOPTAC_OUT_DIR: site.outDir, HOPTAC_CACHE_DIR: join(base, 'astro-cache') },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return site;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8', '.png': 'image/png',
};

/** Serves a folder on 127.0.0.1 as a static host would (directories answer with index.html). */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
