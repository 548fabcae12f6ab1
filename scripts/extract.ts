/**
 * npm run extract -- --input <dir> --output <dir> [--no-cache] [--corrections <dir>] [--permalinks <file>] [--report <file>] [--verbose] [--strict] [--help]
 * Reads every article under --input and writes articles.json, events.json,
 * delegations.json and outcomes.json into --output (../shared/CONTRACT.md).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { runExtraction } from '../src/extract/pipeline/run.ts';
import {
  REPORT_FILE,
  formatReport,
  reportFile,
  writeReportFile,
} from '../src/extract/pipeline/report.ts';
import { DEFAULT_CORRECTIONS_DIR } from '../src/extract/pipeline/corrections.ts';
import {
  formatStaffSummary,
  staffSummary,
  strictFailure,
} from '../src/extract/pipeline/staff-summary.ts';
import { DEFAULT_PERMALINKS_FILE } from '../src/extract/output/permalinks.ts';

export const DEFAULT_INPUT = 'content';
export const DEFAULT_OUTPUT = 'generated/data';

export const USAGE = `Usage: npm run extract -- [options]

Reads every article under the input folder (.md, .markdown, .txt; .html/.htm
web pages) and writes articles.json, events.json, delegations.json and
outcomes.json into the output folder (../shared/CONTRACT.md), then the report
of every rejected file with its reason into report.json beside them. The
screen report ends with what needs staff: the corrections applied, those that
no longer apply, the files rejected for a reason other than not-cooperation.

Options:
  --input <dir>          the articles (default: $ARTICLES_DIR, else ${DEFAULT_INPUT}/)
  --output <dir>         where the four files go (default: ${DEFAULT_OUTPUT}/)
  --report <file>        the report file (default: <output>/${REPORT_FILE})
  --corrections <dir>    staff corrections, YAML (default: ${DEFAULT_CORRECTIONS_DIR}/)
  --permalinks <file>    the register of event addresses, read and updated (default: ${DEFAULT_PERMALINKS_FILE})
  --no-cache             a cold run: no cache is read or written
  --workers <n>          worker threads (default: up to 4 when many files need reading)
  --verbose              also list every file rejected as not-cooperation
  --quiet                counts only on screen, and the corrections' lines
  --strict               fail (exit 1) when a correction no longer applies
  -h, --help             this help

Exit status: 0 when every file is accounted for in articles.json, 1 when the
run cannot complete (or, with --strict, when a correction no longer applies),
2 for a wrong option.`;

async function main(): Promise<number> {
  const args = parseCommandLine('extract', USAGE, {
    options: {
      input: { type: 'string', default: process.env.ARTICLES_DIR || DEFAULT_INPUT },
      output: { type: 'string', default: DEFAULT_OUTPUT },
      'no-cache': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      workers: { type: 'string' },
      corrections: { type: 'string', default: DEFAULT_CORRECTIONS_DIR },
      permalinks: { type: 'string', default: DEFAULT_PERMALINKS_FILE },
      report: { type: 'string' },
    },
    strict: true,
  }).values;
  const input = args.input!;
  if (!existsSync(input) || !statSync(input).isDirectory()) {
    console.error(`extract: input folder ${input} does not exist or is not a folder`);
    return 2;
  }
  // A wrong option value is a wrong option: exit 2 with the usage, as for an unknown flag.
  const workers = args.workers === undefined ? undefined : Number(args.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    console.error(`extract: --workers must be a whole number ≥ 1, not ${args.workers}\n\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const { extraction, results, cached, staleCorrections, correctionsApplied, slowFiles } =
      await runExtraction({
        input,
        output: args.output!,
        workers,
        cache: !args['no-cache'],
        corrections: args.corrections!,
        permalinks: args.permalinks!,
      });
    const seconds = (performance.now() - started) / 1000;
    const reportPath = args.report ?? join(args.output!, REPORT_FILE);
    // Slow files are listed only when there are some: a run's report stays the same from run to run.
    const slow = slowFiles.length ? { slowFiles } : {};
    const report = reportFile(extraction, { staleCorrections, correctionsApplied, ...slow });
    writeReportFile(reportPath, report);
    console.log(
      formatReport(results, extraction, seconds, {
        listing: args.verbose ? 'all' : args.quiet ? 'none' : 'notable',
        cached,
        slowFiles,
      }),
    );
    console.log(`report: ${reportPath}`);
    // Last, quiet or not: a staff member must learn that their correction no longer applies.
    const summary = staffSummary(report);
    const lines = formatStaffSummary(summary, { verbose: args.verbose!, reportPath });
    for (const line of args.quiet ? lines.filter(isStaleOrApplied) : lines) console.log(line);
    const failure = args.strict ? strictFailure(summary.staleCorrections) : null;
    if (failure) {
      console.error(`extract: ${failure}`);
      return 1;
    }
    return 0;
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    console.error(`extract: ${err.path ? `${err.path}: ` : ''}${err.message.split('\n')[0]}`);
    return 1;
  }
}

/** What --quiet keeps of the staff summary: the corrections' lines. */
const isStaleOrApplied = (line: string) =>
  line.startsWith('corrections applied') || line.startsWith('  correction ');

process.exitCode = await main();
