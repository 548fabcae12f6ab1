/**
 * npm run build [-- --preview] [-- --verbose] [-- --strict]: extract → Astro → Pagefind →
 * post-build check, each timed, then what needs staff (the extraction's report) as the last lines.
 * Settings (environment): ARTICLES_DIR (default content/), HOPTAC_DATA_DIR
 * (default generated/data), HOPTAC_OUT_DIR (default dist), SITE_URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { indexSearch } from './index-search.ts';
import { checkSite } from './check-site.ts';
import { REPORT_FILE, type ReportFile } from '../src/extract/pipeline/report.ts';
import { formatStaffSummary, staffSummary } from '../src/extract/pipeline/staff-summary.ts';

const PLACEHOLDER_SITE_URL = 'https://hoptac.example.org';

const USAGE = `Usage: npm run build [-- --preview] [-- --verbose] [-- --strict]

Extracts the articles, builds the site, indexes it for search and checks it:
extract → Astro → Pagefind → check. The extraction's report, every rejected
file with its reason, is written beside its data (<HOPTAC_DATA_DIR>/report.json);
the build's last lines say what needs staff: the corrections applied and those
that no longer apply, the files rejected for a reason other than not-cooperation.

Options:
  --preview      a build to look at locally (npm run preview): no warning
                 when SITE_URL is unset
  --verbose      also list every file rejected as not-cooperation
  --strict       fail (exit 1) when a correction no longer applies
  -h, --help     this help; nothing is built

Settings (environment):
  ARTICLES_DIR     the articles (default: content/)
  HOPTAC_DATA_DIR  the extraction's output, which the site reads (default: generated/data/)
  HOPTAC_OUT_DIR   the site (default: dist/)
  HOPTAC_CACHE_DIR Astro's cache
  SITE_URL         the site's public address, used by permanent links, the feed,
                   the sitemap and events.csv (default: ${PLACEHOLDER_SITE_URL}, a placeholder)`;

const options = parseCommandLine('build', USAGE, {
  options: {
    preview: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
  strict: true,
}).values;
if (!process.env.SITE_URL && !options.preview)
  console.warn(
    `build: SITE_URL is not set: permanent links, the feed, the sitemap and events.csv will point at ${PLACEHOLDER_SITE_URL} (set SITE_URL=https://… , or add -- --preview for a local look)`,
  );

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

// The project's register (permalinks.json, in git) records the addresses of the project's own articles;
// another folder of articles keeps its register beside its data, unless HOPTAC_PERMALINKS names one.
const ownArticles = resolve(articles) === resolve('content');
const register =
  process.env.HOPTAC_PERMALINKS || (ownArticles ? null : join(dataDir, 'permalinks.json'));
step('extract', () =>
  runNode([
    'scripts/extract.ts',
    '--input',
    articles,
    '--output',
    dataDir,
    ...(register ? ['--permalinks', register] : []),
    ...(options.verbose ? ['--verbose'] : []),
    ...(options.strict ? ['--strict'] : []),
  ]),
);
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
if (problems.length) {
  printStaffSummary();
  process.exit(1);
}
console.log(`build: ${timings.join(' · ')} → ${outDir}/`);
printStaffSummary();

/** The extraction's staff summary, again, as the build's last lines: Astro's and Pagefind's output came after it. */
function printStaffSummary(): void {
  const reportPath = join(dataDir, REPORT_FILE);
  if (!existsSync(reportPath)) return;
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as ReportFile;
  const lines = formatStaffSummary(staffSummary(report), {
    verbose: options.verbose!,
    reportPath,
  });
  for (const line of lines) console.log(line);
}
