/**
 * The build report: counts, then one line per rejected file with its reason and
 * per published file with warnings, so nothing goes unnoticed; the same in a
 * file (`report.json` beside the extraction's four files) for whoever reads it later.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ArticleResult } from './article.ts';
import type { Extraction } from '../output/records.ts';
import type { SlowFile } from './slow-files.ts';

/** The report file's name, written into the output folder unless `--report` says otherwise. */
export const REPORT_FILE = 'report.json';

export interface ReportFile {
  files: number;
  events: number;
  delegations: number;
  outcomes: number;
  /** Every rejected file, in file order, with the contract's reason and what the run noticed. */
  rejected: { file: string; reason: string; warnings: string[] }[];
  /** Files published with warnings. */
  warnings: { file: string; warnings: string[] }[];
  /** Anything else the run reports: `staleCorrections` (corrections whose target no longer exists), `correctionsApplied`, `slowFiles`. */
  [more: string]: unknown;
}

export function reportFile(extraction: Extraction, more: Record<string, unknown> = {}): ReportFile {
  const articles = [...extraction.articles].sort((a, b) => a.file.localeCompare(b.file));
  return {
    files: articles.length,
    events: extraction.events.length,
    delegations: extraction.delegations.length,
    outcomes: extraction.outcomes.length,
    rejected: articles
      .filter((a) => a.reason)
      .map((a) => ({ file: a.file, reason: a.reason!, warnings: a.warnings })),
    warnings: articles
      .filter((a) => !a.reason && a.warnings.length)
      .map((a) => ({ file: a.file, warnings: a.warnings })),
    ...more,
  };
}

/** Written whole or not at all. */
export function writeReportFile(path: string, report: ReportFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(temporary, path);
}

export function formatReport(
  results: ArticleResult[],
  extraction: Extraction,
  seconds: number,
  options: {
    /** Which files get a line: `all`, `notable` (all but the routine not-cooperation without warnings), `none`. */
    listing: 'all' | 'notable' | 'none';
    cached?: number;
    slowFiles?: SlowFile[];
  },
): string {
  const reasons = new Map<string, number>();
  for (const a of extraction.articles)
    if (a.reason) reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
  const lines = [
    `extract: ${extraction.articles.length} files (${extraction.articles.length - (options.cached ?? 0)} extracted, ${options.cached ?? 0} from cache) in ${seconds.toFixed(1)} s → ${extraction.events.length} events, ` +
      `${extraction.delegations.length} delegations, ${extraction.outcomes.length} outcomes`,
    `rejected: ${[...reasons.entries()].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`,
    // Always shown, quiet or not: a file that held the run up for seconds is worth a look.
    ...(options.slowFiles ?? []).map((s) => `slow: ${s.file} took ${s.seconds} s`),
  ];
  if (options.listing !== 'none') {
    const byFile = new Map(extraction.articles.map((a) => [a.file, a]));
    for (const r of results) {
      const a = byFile.get(r.file)!;
      if (a.reason === 'not-cooperation' && !a.warnings.length) {
        // Routine: counted above, named only when every file is asked for (--verbose).
        if (options.listing === 'all') lines.push(`  ${r.file}: ${a.reason}`);
      } else if (a.reason) lines.push(`  ${r.file}: ${a.reason} (${a.warnings.join('; ')})`);
      // Published all the same: said so, since the lines above it are the rejected files.
      else if (a.warnings.length) lines.push(`  ${r.file}: published (${a.warnings.join('; ')})`);
    }
  }
  return lines.join('\n');
}
