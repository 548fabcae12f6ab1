/**
 * npm run bench -- <articles dir> [--workers N]
 * Runs a cold extraction over a folder and prints articles per second and
 * peak memory (resident set, main process and workers together).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runExtraction } from '../src/extract/run.ts';

const { values, positionals } = parseArgs({ options: { workers: { type: 'string' }, runs: { type: 'string', default: '3' } }, allowPositionals: true });
const input = positionals[0];
if (!input) {
  console.error('usage: npm run bench -- <articles dir> [--workers N] [--runs N]');
  process.exit(2);
}
const workers = values.workers ? Number(values.workers) : undefined;
const runs = Number(values.runs);
const output = mkdtempSync(join(tmpdir(), 'hoptac-bench-'));
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const rates: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { extraction } = await runExtraction({ input, output, workers });
    const seconds = (performance.now() - started) / 1000;
    rates.push(extraction.articles.length / seconds);
    console.log(`run ${i + 1}: ${extraction.articles.length} articles in ${seconds.toFixed(2)} s = ${(extraction.articles.length / seconds).toFixed(0)} articles/s (${extraction.events.length} events)`);
  }
} finally {
  clearInterval(sampler);
  rmSync(output, { recursive: true, force: true });
}
peak = Math.max(peak, process.memoryUsage().rss);
const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
console.log(`median ${median.toFixed(0)} articles/s · peak memory ${(peak / 2 ** 20).toFixed(0)} MiB (rss, workers included) · workers ${workers ?? 'auto'}`);
