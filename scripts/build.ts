/**
 * npm run build: extract → Astro → Pagefind → post-build check, each timed.
 * Settings (environment): ARTICLES_DIR (default content/), HOPTAC_DATA_DIR
 * (default generated/data), HOPTAC_OUT_DIR (default dist), SITE_URL.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { indexSearch } from './index-search.ts';
import { checkSite } from './check-site.ts';

const articles = process.env.ARTICLES_DIR || 'content';
const dataDir = process.env.HOPTAC_DATA_DIR || 'generated/data';
const outDir = process.env.HOPTAC_OUT_DIR || 'dist';
const timings: string[] = [];

function step<T>(name: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function runNode(args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('extract', () => runNode(['scripts/extract.ts', '--input', articles, '--output', dataDir]));
step('astro', () =>
  runNode([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    HOPTAC_DATA_DIR: dataDir,
  }),
);
const started = performance.now();
const indexed = await indexSearch(dataDir, outDir).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
timings.push(`pagefind ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`search: ${indexed} events indexed`);
const problems = step('check', () => checkSite(dataDir, outDir));
for (const p of problems) console.error(`check: ${p}`);
if (problems.length) process.exit(1);
console.log(`build: ${timings.join(' · ')} → ${outDir}/`);
