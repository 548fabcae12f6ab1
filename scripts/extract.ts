/**
 * npm run extract -- --input <dir> --output <dir> [--no-cache]
 * Reads every article under --input and writes articles.json, events.json,
 * delegations.json and outcomes.json into --output (../shared/CONTRACT.md).
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runExtraction } from '../src/extract/run.ts';
import { formatReport } from '../src/extract/report.ts';

export const DEFAULT_INPUT = 'content';
export const DEFAULT_OUTPUT = 'generated/data';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string', default: process.env.ARTICLES_DIR || DEFAULT_INPUT },
        output: { type: 'string', default: DEFAULT_OUTPUT },
        'no-cache': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
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
    const { extraction, results } = runExtraction({ input, output: args.output! });
    const seconds = (performance.now() - started) / 1000;
    console.log(formatReport(results, extraction, seconds, { verbose: !args.quiet }));
    return 0;
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    console.error(`extract: ${err.path ? `${err.path}: ` : ''}${err.message.split('\n')[0]}`);
    return 1;
  }
}

process.exitCode = main();
