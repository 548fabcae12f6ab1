/** Scores an export with the shared scorer (../shared/tools/score.mjs), the one the held-out articles are judged by. */
import { spawnSync } from 'node:child_process';

export interface FieldScore {
  precision?: number;
  recall?: number;
  f1?: number;
  tp?: number;
  fp?: number;
  fn?: number;
  accuracy?: number;
  n?: number;
  count?: number;
}

export interface Score {
  rows: Record<string, FieldScore>;
  misses: string[];
}

export function scoreExport(scorer: string, gold: string, exportDir: string): Score {
  const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', exportDir, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${scorer}: ${run.stderr.trim() || `exit ${run.status}`}`);
  return JSON.parse(run.stdout) as Score;
}

/** The field's headline figure: F1, accuracy or count. */
export function headline(row: FieldScore | undefined): number | undefined {
  return row?.f1 ?? row?.accuracy ?? row?.count;
}
