/**
 * npm run extract -- --input <dir> --output <dir> [--no-cache] [--corrections <dir>]
 * Reads every article under --input and writes articles.json, events.json,
 * delegations.json and outcomes.json into --output (../shared/CONTRACT.md).
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runExtraction } from '../src/extract/pipeline/run.ts';
import { formatReport } from '../src/extract/pipeline/report.ts';
import { DEFAULT_CORRECTIONS_DIR, formatStale } from '../src/extract/pipeline/corrections.ts';

export const DEFAULT_INPUT = 'content';
export const DEFAULT_OUTPUT = 'generated/data';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string', default: process.env.ARTICLES_DIR || DEFAULT_INPUT },
        output: { type: 'string', default: DEFAULT_OUTPUT },
        'no-cache': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        workers: { type: 'string' },
        corrections: { type: 'string', default: DEFAULT_CORRECTIONS_DIR },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`extract: ${(error as Error).message}`);
    return 2;
  }
  const input = args.input!;
  if (!existsSync(input) || !statSync(input).isDirectory()) {
    console.error(`extract: input folder ${input} does not exist or is not a folder`);
    return 2;
  }
  const started = performance.now();
  try {
    const workers = args.workers === undefined ? undefined : Number(args.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
      throw new Error(`--workers must be a whole number ≥ 1, not ${args.workers}`);
    const { extraction, results, cached, staleCorrections } = await runExtraction({
      input,
      output: args.output!,
      workers,
      cache: !args['no-cache'],
      corrections: args.corrections!,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(formatReport(results, extraction, seconds, { verbose: !args.quiet, cached }));
    // Stale corrections are always shown: a staff member must learn that theirs no longer applies.
    for (const line of formatStale(staleCorrections)) console.log(line);
    return 0;
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    console.error(`extract: ${err.path ? `${err.path}: ` : ''}${err.message.split('\n')[0]}`);
    return 1;
  }
}

process.exitCode = await main();
