/**
 * Staff corrections (../shared/CONTRACT.md, Corrections): YAML files under the
 * corrections folder, each a list of entries naming an event (id or slug) or an
 * article (file path or id). They are read and validated before the run, and
 * applied after it, cached or not, so the extractor never overwrites them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
  ArticleCorrectionSchema,
  EventCorrectionSchema,
  type ArticleCorrection,
  type CooperationEvent,
  type EventCorrection,
} from '../../lib/schema.ts';
import type { ArticleResult } from './article.ts';
import type { Extraction } from '../output/records.ts';

export const DEFAULT_CORRECTIONS_DIR = process.env.HOPTAC_CORRECTIONS || 'corrections';

/** A correction with where it was written: `file` relative to the corrections folder, `entry` from 1. */
export type Located<T> = T & { file: string; entry: number };

export interface Corrections {
  events: Array<Located<EventCorrection>>;
  articles: Array<Located<ArticleCorrection>>;
}

/** A correction file that cannot be used: the run stops with this one line. */
export class CorrectionError extends Error {}

const YAML_FILE = /\.ya?ml$/i;

function listYaml(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listYaml(path, base));
    else if (YAML_FILE.test(name)) out.push(relative(base, path).split('\\').join('/'));
  }
  return out;
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || '(entry)'}: ${firstLine(issue.message)}`;
}

/** Reads every YAML file under `dir` (none when it does not exist); throws CorrectionError on the first bad one. */
export function loadCorrections(dir: string): Corrections {
  const corrections: Corrections = { events: [], articles: [] };
  if (!existsSync(dir)) return corrections;
  for (const file of listYaml(dir)) {
    const path = join(dir, file);
    let data: unknown;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const detail =
        error instanceof YAMLParseError
          ? `${firstLine(error.message)}`
          : firstLine((error as Error).message);
      throw new CorrectionError(`${path}: not valid YAML: ${detail}`);
    }
    if (data === null || data === undefined) continue;
    if (!Array.isArray(data))
      throw new CorrectionError(
        `${path}: a corrections file holds a list of entries ("- event: …")`,
      );
    data.forEach((raw: unknown, i) => {
      const entry = i + 1;
      const record = (raw ?? {}) as Record<string, unknown>;
      const target =
        typeof record.event === 'string'
          ? `event: ${record.event}`
          : typeof record.article === 'string'
            ? `article: ${record.article}`
            : null;
      const where = `${path}: entry ${entry}${target ? ` (${target})` : ''}`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !target)
        throw new CorrectionError(`${where}: names no target: give "event:" or "article:"`);
      if ('event' in record) {
        const parsed = EventCorrectionSchema.safeParse(raw);
        if (!parsed.success) throw new CorrectionError(`${where}: ${describeIssue(parsed.error)}`);
        corrections.events.push({ ...parsed.data, file, entry });
      } else {
        const parsed = ArticleCorrectionSchema.safeParse(raw);
        if (!parsed.success) throw new CorrectionError(`${where}: ${describeIssue(parsed.error)}`);
        corrections.articles.push({ ...parsed.data, file, entry });
      }
    });
  }
  return corrections;
}

/** A correction whose target no longer exists (or cannot take it): reported, never fatal. */
export interface StaleCorrection {
  file: string;
  entry: number;
  target: string;
  problem: string;
}

const normalisePath = (path: string) => path.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * Forces articles to `rejected` or `event`. `reprocess` runs the field
 * extraction on an article the classifier rejected (processArticle with
 * `{ cooperation: true }`); the results given are not changed (the cache keeps them).
 * An article named by an id no article has now may have had it before an edit (an id is a hash of the
 * text): `registeredFile` gives the file the permalinks register last saw the article with that id at,
 * and the correction applies to the article there.
 */
export function applyArticleCorrections(
  results: ArticleResult[],
  corrections: Array<Located<ArticleCorrection>>,
  reprocess: (file: string) => ArticleResult,
  registeredFile: (id: string) => string | undefined = () => undefined,
): { results: ArticleResult[]; stale: StaleCorrection[] } {
  const out = [...results];
  const stale: StaleCorrection[] = [];
  for (const c of corrections) {
    const target = normalisePath(c.article);
    let index = out.findIndex((r) => r.file === target || r.id === target);
    const earlier = index < 0 ? registeredFile(target) : undefined;
    if (earlier !== undefined) index = out.findIndex((r) => r.file === earlier);
    const report = (problem: string) =>
      stale.push({ file: c.file, entry: c.entry, target: `article: ${c.article}`, problem });
    if (index < 0) {
      report(earlier ? `no such article (last seen at ${earlier})` : 'no such article');
      continue;
    }
    const r = out[index]!;
    const note = `${c.status === 'event' ? 'published' : 'rejected'} by a staff correction (${c.file}): ${c.reason}`;
    if (c.status === 'rejected') {
      out[index] = {
        ...r,
        event: null,
        rejection: r.rejection ?? 'not-cooperation',
        warnings: [...r.warnings, note],
      };
      continue;
    }
    if (r.event) {
      out[index] = { ...r, warnings: [...r.warnings, note] };
      continue;
    }
    if (r.rejection !== 'not-cooperation') {
      report(`the article cannot be published: it is ${r.rejection ?? 'rejected'}`);
      continue;
    }
    const forced = reprocess(r.file);
    if (!forced.event) {
      report('no event could be extracted from the article');
      continue;
    }
    out[index] = { ...forced, warnings: [...forced.warnings, note] };
  }
  return { results: out, stale };
}

/** Sets the corrected fields on their events; the extractor's evidence for a corrected field is dropped. */
export function applyEventCorrections(
  extraction: Extraction,
  corrections: Array<Located<EventCorrection>>,
): { extraction: Extraction; stale: StaleCorrection[] } {
  const events = [...extraction.events];
  const stale: StaleCorrection[] = [];
  for (const c of corrections) {
    const index = events.findIndex(
      (e) => e.id === c.event || e.slug === c.event || e.redirectsFrom.includes(c.event),
    );
    if (index < 0) {
      stale.push({
        file: c.file,
        entry: c.entry,
        target: `event: ${c.event}`,
        problem: 'no such event',
      });
      continue;
    }
    const event = events[index]!;
    const fields = Object.keys(c.set);
    const corrected = [
      ...(event.corrected ?? []).filter((x) => !fields.includes(x.field)),
      ...fields.map((field) => ({ field, reason: c.reason, file: c.file })),
    ].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
    events[index] = {
      ...event,
      ...(c.set as Partial<CooperationEvent>),
      evidence: c.set.evidence ?? event.evidence.filter((e) => !fields.includes(e.field)),
      corrected,
    };
  }
  return { extraction: { ...extraction, events }, stale };
}
