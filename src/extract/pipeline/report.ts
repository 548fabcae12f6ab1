/**
 * The build report: counts, then one line per article that was not simply
 * published or set aside as not about cooperation, so nothing goes unnoticed.
 */
import type { ArticleResult } from './article.ts';
import type { Extraction } from '../output/records.ts';

export function formatReport(
  results: ArticleResult[],
  extraction: Extraction,
  seconds: number,
  options: { verbose: boolean; cached?: number },
): string {
  const reasons = new Map<string, number>();
  for (const a of extraction.articles)
    if (a.reason) reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
  const lines = [
    `extract: ${extraction.articles.length} files (${extraction.articles.length - (options.cached ?? 0)} extracted, ${options.cached ?? 0} from cache) in ${seconds.toFixed(1)} s → ${extraction.events.length} events, ` +
      `${extraction.delegations.length} delegations, ${extraction.outcomes.length} outcomes`,
    `rejected: ${[...reasons.entries()].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`,
  ];
  if (options.verbose) {
    const byFile = new Map(extraction.articles.map((a) => [a.file, a]));
    for (const r of results) {
      const a = byFile.get(r.file)!;
      if (a.reason && a.reason !== 'not-cooperation')
        lines.push(`  ${r.file}: ${a.reason} (${a.warnings.join('; ')})`);
      else if (a.warnings.length) lines.push(`  ${r.file}: ${a.warnings.join('; ')}`);
    }
  }
  return lines.join('\n');
}
