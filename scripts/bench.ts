/**
 * npm run bench -- <articles dir> [--workers N] [--runs N]
 *   Extraction: cold runs (no cache) and a warm run, in articles per second,
 *   against the bare tool measured in the same run, each bare run just before
 *   a cold one: read + NFC + remark-parse on one core (scripts/bench-bare-parse.ts)
 *   of exactly the files the extraction parses (not a manifest.tsv beside them).
 * npm run bench -- <articles dir> --build
 *   The whole build of that folder: extraction, Astro, Pagefind and the check.
 * npm run bench -- --site <data dir>
 *   The site side only, on extracted records (e.g. from npm run scale-fixture),
 *   and in the same run a bare Astro + Pagefind build of the same HTML pages
 *   (scripts/lib/bare-site.ts, scripts/bench-bare-index.ts), with the ratio.
 *
 * Each stage runs as its own process; its peak memory is the largest sum of
 * resident memory over its process tree, sampled every 50 ms. With Chromium
 * present, the build modes also load /tim-kiem/ and count the bytes the first
 * search transfers.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { htmlFiles, writeBareSite } from './lib/bare-site.ts';
import {
  listArticleFiles,
  listParsedArticleFiles,
  SUPPORTED_EXTENSIONS,
} from '../src/extract/pipeline/files.ts';

const USAGE =
  'usage: npm run bench -- <articles dir> [--workers N] [--runs N] [--build]  |  npm run bench -- --site <data dir>';
const { values, positionals } = parseCommandLine('bench', USAGE, {
  options: {
    workers: { type: 'string' },
    runs: { type: 'string', default: '3' },
    build: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
  allowPositionals: true,
});
const articles = positionals[0];
if (!articles && !values.site) {
  console.error(`bench: no articles folder and no --site data folder\n\n${USAGE}`);
  process.exit(2);
}
for (const flag of ['runs', 'workers'] as const) {
  const value = values[flag];
  if (value !== undefined && !/^[1-9]\d*$/.test(value)) {
    console.error(
      `bench: --${flag} wants a whole number of at least 1, not "${value}"\n\n${USAGE}`,
    );
    process.exit(2);
  }
}

interface Measured {
  seconds: number;
  /** CPU time (user + system) of the process tree, every thread, as last sampled (to within 50 ms). */
  cpuSeconds: number;
  peakMiB: number;
  stdout: string;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    total +=
      Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) *
      1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter(Boolean))
        total += treeRss(Number(child));
    }
  } catch {
    // the process ended between two reads
  }
  return total;
}

/** CPU time (user + system) of a process and its descendants, in seconds (Linux /proc, 100 ticks a second). */
function treeCpu(pid: number): number {
  let total = 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += (Number(fields[11]) + Number(fields[12])) / 100;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter(Boolean))
        total += treeCpu(Number(child));
    }
  } catch {
    // the process ended between two reads
  }
  return total;
}

function measure(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    let cpu = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!));
      cpu = Math.max(cpu, treeCpu(child.pid!));
    }, 50);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) fail(new Error(`${args.join(' ')} exited ${code}`));
      else
        done({
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: cpu,
          peakMiB: peak / 2 ** 20,
          stdout,
        });
    });
  });
}

const line = (name: string, m: Measured, extra = '') =>
  console.log(
    `${name.padEnd(10)} ${m.seconds.toFixed(1).padStart(6)} s  cpu ${m.cpuSeconds.toFixed(1).padStart(5)} s  peak ${m.peakMiB.toFixed(0).padStart(5)} MiB${extra}`,
  );
const work = mkdtempSync(join(tmpdir(), 'hoptac-bench-'));

async function benchExtraction(input: string): Promise<void> {
  const output = join(work, 'data');
  const cache = join(work, 'cache');
  const workers = values.workers ? ['--workers', values.workers] : [];
  // A register of its own, so the benchmark never touches the project's permalinks.json.
  const extract = [
    'scripts/extract.ts',
    '--permalinks',
    join(work, 'permalinks.json'),
    '--input',
    input,
    '--output',
    output,
    '--quiet',
    ...workers,
  ];
  // Both runs are counted in the files the extraction parses, from its own file discovery.
  const parsed = listParsedArticleFiles(input);
  const parsedSet = new Set(parsed);
  const notParsed = listArticleFiles(input).filter((f) => !parsedSet.has(f));
  const sizeOf = (f: string) => `${(statSync(join(input, f)).size / 2 ** 20).toFixed(1)} MB`;
  console.log(
    `files: ${parsed.length} articles (${SUPPORTED_EXTENSIONS.join(' ')}) under ${input}, the same for both runs; ` +
      `not parsed by either: ${notParsed.map((f) => `${f} (${sizeOf(f)})`).join(', ') || 'none'}`,
  );
  const bareRates: number[] = [];
  const coldRates: number[] = [];
  const ratios: number[] = [];
  const bareCpu: number[] = [];
  const coldCpu: number[] = [];
  let cold: Measured | null = null;
  // Bare and cold runs alternate, so other work on the machine weighs on both alike.
  for (let i = 0; i < Number(values.runs); i++) {
    const bare = await measure(['scripts/bench-bare-parse.ts', input]);
    const bareFiles = Number(/bare: (\d+) files/.exec(bare.stdout)?.[1]);
    if (bareFiles !== parsed.length)
      throw new Error(`the bare run parsed ${bareFiles} files, the extraction ${parsed.length}`);
    bareRates.push(parsed.length / bare.seconds);
    bareCpu.push(bare.cpuSeconds);
    line(
      `bare ${i + 1}`,
      bare,
      `  ${rate(bareRates.at(-1)!)} (read + NFC + remark-parse, one core)`,
    );
    const m = await measure([...extract, '--no-cache']);
    coldRates.push(parsed.length / m.seconds);
    coldCpu.push(m.cpuSeconds);
    ratios.push(coldRates.at(-1)! / bareRates.at(-1)!);
    cold ??= m;
    line(`cold ${i + 1}`, m, `  ${rate(coldRates.at(-1)!)}  ratio ${ratios.at(-1)!.toFixed(2)}`);
  }
  // The first run fills the cache; the second is the warm one.
  await measure(extract, { HOPTAC_EXTRACT_CACHE: cache });
  const warm = await measure(extract, { HOPTAC_EXTRACT_CACHE: cache });
  line('warm', warm, `  ${(cold!.seconds / warm.seconds).toFixed(1)}× faster than cold`);
  console.log(
    `bare read + NFC + remark-parse, one core: ${spread(bareRates, rate)}\n` +
      `cold extraction (process start included), workers ${values.workers ?? 'auto'} on ${availableParallelism()} cores: ${spread(coldRates, rate)}\n` +
      `ratio extraction / bare: ${spread(ratios, (x) => x.toFixed(2))}`,
  );
  // Wall-clock figures depend on what else the machine runs; CPU time much less so.
  const perCore = medianOf(bareCpu) / medianOf(coldCpu);
  console.log(
    `CPU time: bare ${spread(bareCpu, seconds)}, extraction ${spread(coldCpu, seconds)}; ` +
      `bare / extraction ${perCore.toFixed(2)}, so ${(2 * perCore).toFixed(2)} at best on two cores of its own`,
  );
}

const rate = (x: number) => `${x.toFixed(0)} articles/s`;
const seconds = (x: number) => `${x.toFixed(1)} s`;
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The median of the runs, with the lowest and highest beside it. */
const spread = (xs: number[], show: (x: number) => string) =>
  `median ${show(medianOf(xs))} (${xs.length} runs, ${show(Math.min(...xs))} – ${show(Math.max(...xs))})`;

async function benchSite(dataDir: string): Promise<void> {
  const outDir = join(work, 'dist');
  const astro = await measure(
    [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { HOPTAC_DATA_DIR: dataDir, HOPTAC_CACHE_DIR: join(work, 'astro-cache') },
  );
  line('astro', astro, `  ${/(\d+) page\(s\) built/.exec(astro.stdout)?.[1] ?? '?'} pages`);
  const pagefind = await measure(['scripts/index-search.ts', dataDir, outDir]);
  line('pagefind', pagefind);
  const check = await measure(['scripts/check-site.ts', dataDir, outDir]);
  line('check', check);
  const total = astro.seconds + pagefind.seconds + check.seconds;
  const totalCpu = astro.cpuSeconds + pagefind.cpuSeconds + check.cpuSeconds;
  console.log(
    `site: ${total.toFixed(1)} s (cpu ${totalCpu.toFixed(1)} s), peak ${Math.max(astro.peakMiB, pagefind.peakMiB, check.peakMiB).toFixed(0)} MiB`,
  );
  await benchBareSite(outDir, { astro, pagefind, total, totalCpu });
  await firstSearchBytes(outDir);
}

/**
 * Bare Astro + Pagefind on the same pages, in the same run: the HTML pages the
 * site's build wrote, built again by a catch-all route that prints them, then
 * indexed by Pagefind's HTML indexing of the event pages.
 */
async function benchBareSite(
  realOutDir: string,
  site: { astro: Measured; pagefind: Measured; total: number; totalCpu: number },
): Promise<void> {
  const project = join(work, 'bare');
  const outDir = join(work, 'bare-dist');
  const { pages, env } = writeBareSite(realOutDir, project, outDir);
  const astro = await measure(
    [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', project],
    env,
  );
  const built = Number(/(\d+) page\(s\) built/.exec(astro.stdout)?.[1]);
  if (built !== pages) throw new Error(`the bare build wrote ${built} pages, the site ${pages}`);
  line('bare astro', astro, `  ${built} pages (the site's HTML pages, printed as built)`);
  const pagefind = await measure(['scripts/bench-bare-index.ts', outDir]);
  line(
    'bare pf',
    pagefind,
    `  ${/(\d+) pages indexed/.exec(pagefind.stdout)?.[1] ?? '?'} event pages`,
  );
  const bare = astro.seconds + pagefind.seconds;
  const bareCpu = astro.cpuSeconds + pagefind.cpuSeconds;
  const megabytes = (dir: string) =>
    (htmlFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 2 ** 20).toFixed(0);
  console.log(
    `bare: ${bare.toFixed(1)} s (cpu ${bareCpu.toFixed(1)} s); HTML ${megabytes(realOutDir)} MB site, ${megabytes(outDir)} MB bare\n` +
      `ratio site / bare: ${(site.total / bare).toFixed(2)} wall, ${(site.totalCpu / bareCpu).toFixed(2)} cpu ` +
      `(Astro ${ratio(site.astro, astro)}, Pagefind ${ratio(site.pagefind, pagefind)}; the site's check counts on its side only)`,
  );
}

const ratio = (site: Measured, bare: Measured) =>
  `${(site.seconds / bare.seconds).toFixed(2)} wall, ${(site.cpuSeconds / bare.cpuSeconds).toFixed(2)} cpu`;

async function firstSearchBytes(outDir: string): Promise<void> {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log('first search: not measured (no Chromium)');
    return;
  }
  const { serve, launchBrowser } = await import('../test/site/local-server.ts');
  const { url, server } = await serve(outDir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  let bytes = 0;
  page.on(
    'response',
    (r) =>
      void r
        .body()
        .then((b) => (bytes += b.length))
        .catch(() => undefined),
  );
  await page.goto(`${url}/tim-kiem/?q=bach+mai`);
  await page.waitForFunction(
    () => (document.getElementById('search-status')?.textContent ?? '') !== '',
  );
  await page.waitForLoadState('networkidle');
  // From the start of navigation to the results on the page (the mark the search page sets then).
  const firstResult = await page.evaluate(
    () => performance.getEntriesByName('hoptac:first-result')[0]?.startTime ?? null,
  );
  console.log(
    `first search: ${(bytes / 1024).toFixed(0)} KB transferred (page, scripts, index and results for "bach mai")`,
  );
  console.log(
    `time to first result: ${firstResult === null ? 'not measured (no result)' : `${firstResult.toFixed(0)} ms`} (local server, cold browser cache)`,
  );
  await browser.close();
  server.close();
}

try {
  if (values.site) await benchSite(values.site);
  else if (values.build) {
    const dataDir = join(work, 'data');
    const extract = await measure([
      'scripts/extract.ts',
      '--permalinks',
      join(work, 'permalinks.json'),
      '--input',
      articles!,
      '--output',
      dataDir,
      '--no-cache',
      '--quiet',
    ]);
    line('extract', extract);
    await benchSite(dataDir);
  } else await benchExtraction(articles!);
} finally {
  rmSync(work, { recursive: true, force: true });
}
