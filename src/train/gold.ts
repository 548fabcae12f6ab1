/**
 * The reference data in ../shared/gold: labelled articles (labels.tsv,
 * labels-published.tsv, the cooperation label and type of mentions.json) and
 * articles annotated field by field (seeds.json, dev.json). See its README.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, type EventType } from '../lib/schema.ts';

export type Label = 'Y' | 'N' | 'P';

export interface LabelledArticle {
  file: string;
  label: Label;
  /** The main event's type, for `Y`. */
  type: EventType | null;
  origin: string;
  note: string;
}

export interface AnnotatedArticle {
  file: string;
  cooperation: boolean;
  type?: EventType;
}

const eventType = (t: unknown): EventType | null =>
  (EVENT_TYPES as readonly string[]).includes(String(t)) ? (t as EventType) : null;

/** Reads labels.tsv or labels-published.tsv; a malformed row stops with the line it is on. */
export function readLabels(goldDir: string, name = 'labels.tsv'): LabelledArticle[] {
  const path = join(goldDir, name);
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  const at = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`${path}: no "${name}" column`);
    return i;
  };
  const [file, label, type, origin, note] = ['file', 'label', 'type', 'origin', 'note'].map(at) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return rows.map((row, i) => {
    const cells = row.split('\t');
    const l = cells[label];
    if (l !== 'Y' && l !== 'N' && l !== 'P')
      throw new Error(`${path}:${i + 2}: label "${l}" is not Y, N or P`);
    return {
      file: cells[file]!,
      label: l,
      type: eventType(cells[type]),
      origin: cells[origin] ?? '',
      note: cells[note] ?? '',
    };
  });
}

/** The cooperation label and main-event type of each article of mentions.json (its names are for the name recogniser). */
export function readMentionLabels(
  goldDir: string,
): Array<{ file: string; label: Label; type: EventType | null }> {
  const path = join(goldDir, 'mentions.json');
  const gold = JSON.parse(readFileSync(path, 'utf8')) as {
    articles: Array<{ file: string; cooperation: string; type: string | null }>;
  };
  return gold.articles.map((a) => {
    if (a.cooperation !== 'Y' && a.cooperation !== 'N' && a.cooperation !== 'P')
      throw new Error(`${path}: ${a.file}: cooperation "${a.cooperation}" is not Y, N or P`);
    return { file: a.file, label: a.cooperation, type: eventType(a.type) };
  });
}

/** Reads seeds.json or dev.json. */
export function readAnnotations(path: string): AnnotatedArticle[] {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { articles: AnnotatedArticle[] };
  return gold.articles;
}

/** Where the gold data, its articles and the shared scorer are, under ../shared. */
export interface GoldPaths {
  gold: string;
  corpus: string;
  seeds: string;
  scorer: string;
}

export function goldPaths(shared: string): GoldPaths {
  return {
    gold: join(shared, 'gold'),
    corpus: join(shared, 'corpus'),
    seeds: join(shared, 'seeds'),
    scorer: join(shared, 'tools', 'score.mjs'),
  };
}

/**
 * What training and the evaluation need of the shared folder and cannot find, each named with what it holds
 * (the corpus holds the labelled articles' texts as well as self-training's pool): empty when all is there.
 */
export function missingGoldPaths(paths: GoldPaths): string[] {
  const holds: Record<keyof GoldPaths, string> = {
    gold: 'the labels and reference answers',
    corpus: "the corpus articles: the labelled ones' texts, self-training's pool",
    seeds: 'the seed articles',
    scorer: 'the shared scorer',
  };
  return (Object.keys(holds) as (keyof GoldPaths)[])
    .filter((part) => !existsSync(paths[part]))
    .map((part) => `${paths[part]} (${holds[part]})`);
}
