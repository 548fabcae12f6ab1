/**
 * The evaluation: the extraction scored on ../shared/gold, field by field.
 *
 * - end to end: the cooperation decision is the classifier's; a learned
 *   classifier is cross-validated, so no article is decided by a model that
 *   saw it (`decisions`);
 * - given the reference decision ("oracle"): the fields of every cooperation
 *   article, whatever the classifier said, so a field's rules are measured
 *   apart from the classifier's misses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles, writeExport } from './export.ts';
import { readAnnotations } from './gold.ts';
import { scoreExport, type Score } from './score.ts';
import type { ArticleResult } from '../extract/pipeline/article.ts';

export interface GoldPaths {
  gold: string;
  corpus: string;
  seeds: string;
  scorer: string;
}

export function goldPaths(shared: string): GoldPaths {
  return { gold: join(shared, 'gold'), corpus: join(shared, 'corpus'), seeds: join(shared, 'seeds'), scorer: join(shared, 'tools', 'score.mjs') };
}

/** Scores the annotated articles of one gold file; `decide` gives an article's decision, or undefined for the classifier's. */
export function scoreAnnotated(paths: GoldPaths, goldFile: 'seeds.json' | 'dev.json', decide: (file: string) => boolean | undefined): { score: Score; results: ArticleResult[] } {
  const gold = join(paths.gold, goldFile);
  const files = readAnnotations(gold).map((a) => a.file);
  const folder = goldFile === 'seeds.json' ? paths.seeds : paths.corpus;
  const results = extractFiles(folder, files, (file) => ({ cooperation: decide(file) }));
  const out = mkdtempSync(join(tmpdir(), 'hoptac-eval-'));
  try {
    writeExport(out, results);
    return { score: scoreExport(paths.scorer, gold, out), results };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The reference decision of each annotated article. */
export function referenceDecisions(paths: GoldPaths, goldFile: 'seeds.json' | 'dev.json'): Map<string, boolean> {
  return new Map(readAnnotations(join(paths.gold, goldFile)).map((a) => [a.file, a.cooperation]));
}
