/**
 * What needs staff after a run, printed last by the extraction and again at
 * the very end of the build: the corrections applied, the files rejected for
 * a reason other than not being about cooperation, and the corrections that
 * no longer apply (last, so that they are the final lines a person sees).
 * Routine rejections are a count here; `--verbose` lists them in the report above.
 */
import type { ReportFile } from './report.ts';
import type { StaleCorrection } from './corrections.ts';

/** The routine reason: the article is not about cooperation. Every other reason is worth a look. */
export const ROUTINE_REJECTION = 'not-cooperation';

/** At most this many rejected files are named on screen; report.json names them all. */
export const LISTED_REJECTIONS = 20;

export interface StaffSummary {
  correctionsApplied: number;
  staleCorrections: StaleCorrection[];
  /** Files rejected for a reason other than not-cooperation, in file order. */
  toReview: Array<{ file: string; reason: string }>;
  /** Files rejected as not about cooperation. */
  routine: string[];
}

export function staffSummary(report: ReportFile): StaffSummary {
  return {
    correctionsApplied: Number(report.correctionsApplied ?? 0),
    staleCorrections: (report.staleCorrections as StaleCorrection[] | undefined) ?? [],
    toReview: report.rejected
      .filter((r) => r.reason !== ROUTINE_REJECTION)
      .map(({ file, reason }) => ({ file, reason })),
    routine: report.rejected.filter((r) => r.reason === ROUTINE_REJECTION).map((r) => r.file),
  };
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** One line per stale correction, naming its file, its entry and the event or article it targets. */
export function formatStale(stale: StaleCorrection[]): string[] {
  return stale.map(
    (s) => `  correction ${s.file} entry ${s.entry} (${s.target}): ${s.problem}; not applied`,
  );
}

/** The summary's lines: routine count, files to review, corrections applied, then the stale ones. */
export function formatStaffSummary(
  summary: StaffSummary,
  options: { verbose: boolean; reportPath: string },
): string[] {
  const { correctionsApplied, staleCorrections, toReview, routine } = summary;
  const lines = ['── for staff ──'];
  lines.push(
    `routine rejections (${ROUTINE_REJECTION}): ${routine.length.toLocaleString('en-GB')}` +
      (options.verbose || !routine.length ? '' : ' (listed with --verbose)'),
  );
  if (toReview.length) {
    lines.push(`rejected for another reason: ${count(toReview.length, 'file')}`);
    const shown = options.verbose ? toReview : toReview.slice(0, LISTED_REJECTIONS);
    lines.push(...shown.map((r) => `  ${r.file}: ${r.reason}`));
    if (shown.length < toReview.length)
      lines.push(`  … and ${toReview.length - shown.length} more in ${options.reportPath}`);
  } else lines.push('rejected for another reason: none');
  lines.push(
    `corrections applied: ${correctionsApplied}` +
      (staleCorrections.length
        ? `; ${count(staleCorrections.length, 'correction')} no longer ${staleCorrections.length === 1 ? 'applies' : 'apply'}:`
        : '; none stale'),
  );
  lines.push(...formatStale(staleCorrections));
  return lines;
}

/** The one line `--strict` fails with when a correction no longer applies. */
export function strictFailure(stale: StaleCorrection[]): string | null {
  if (!stale.length) return null;
  const first = stale[0]!;
  return (
    `--strict: ${count(stale.length, 'correction')} no longer ${stale.length === 1 ? 'applies' : 'apply'} ` +
    `(${first.file} entry ${first.entry}, ${first.target}: ${first.problem}${stale.length > 1 ? ', …' : ''}); ` +
    'fix or remove it under corrections/'
  );
}
