/**
 * The permalinks register (../shared/CONTRACT.md, Permanent links): every
 * event address ever published, kept in git (permalinks.json), read and
 * updated by each run.
 *
 * Ids and slugs derive from an article's content, so an edited article would
 * get new ones. Before reports are merged, each article that yields an event
 * is matched to a registered article — by one of the content ids it had, else
 * by the same `url`, else by a text that is mostly the same (MinHash of word
 * shingles, below) — and its event takes the registered id and slug. After the
 * merge the register records what became of every slug: live, merged into
 * another event (a redirect), or withdrawn (the article was removed or
 * rejected; a page says so, with the correction's reason when there is one).
 *
 * Deterministic: the same input and register give the same output and the
 * same register (sorted keys, one formatting).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, CooperationEvent, Withdrawal, WithdrawnEvent } from '../../lib/schema.ts';
import type { Extraction } from './records.ts';
import { fold } from '../../lib/vietnamese.ts';

export const DEFAULT_PERMALINKS_FILE = process.env.HOPTAC_PERMALINKS || 'permalinks.json';

/**
 * Two texts are "mostly the same" from this estimated Jaccard similarity of
 * their folded word 3-shingles (64 MinHash values). Measured on
 * ../shared/corpus (15,521 files, 2026-11-23): of its 128 million pairs of
 * different texts, 99.998 % score below 0.1; the 279 above 0.6 (not inspected
 * one by one) are presumably the corpus's re-scraped copies of one article; a typo fixed in an article of 100 words or more
 * scores at least 0.86, a 25-word sentence added at least 0.69 (0.81 from 200
 * words), front matter added 1.0. Hence 0.6; and a file still at its own path
 * only needs SAME_FILE_THRESHOLD, since a short article loses more shingles to
 * one edit (a sentence added to a 60-word article: 0.56).
 */
export const SAME_TEXT_THRESHOLD = 0.6;
export const SAME_FILE_THRESHOLD = 0.3;
const HASHES = 64;
const SHINGLE = 3;

export interface RegisteredArticle {
  /** Every content id this article has had, sorted. */
  ids: string[];
  url: string | null;
  file: string;
  /** MinHash signature of the text, 64 × 8 hex digits. */
  signature: string;
  /** The registered events drawn from it, main event first. */
  events: string[];
}

export interface RegisteredEvent {
  slug: string;
  title: string;
  /** The registered article's key. */
  article: string;
  state: 'live' | 'merged' | 'withdrawn';
  /** For `merged`: the event it redirects to. */
  into?: string;
  /** For `withdrawn`: why, and the correction's reason when one says so. */
  cause?: Withdrawal;
  reason?: string;
}

export interface Register {
  /** Keyed by the article's first content id. */
  articles: Record<string, RegisteredArticle>;
  /** Keyed by event id. */
  events: Record<string, RegisteredEvent>;
}

export function readRegister(path: string): Register {
  if (!existsSync(path)) return { articles: {}, events: {} };
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Register;
    return { articles: data.articles ?? {}, events: data.events ?? {} };
  } catch (error) {
    throw new Error(
      `${path}: the permalinks register is not valid JSON (${(error as Error).message})`,
      { cause: error },
    );
  }
}

/** Sorted keys, one space of indent: the same register is always the same bytes. */
function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return `${JSON.stringify(sort(value), null, 1)}\n`;
}

export function writeRegister(path: string, register: Register): void {
  mkdirSync(dirname(path) || '.', { recursive: true });
  const text = stableJson(register);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}

// --- MinHash ---------------------------------------------------------------

/** The article's words folded (src/lib/vietnamese.ts): the same words however they were typed. */
export function foldWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The text without its YAML front matter: adding front matter later does not make another article. */
const withoutFrontMatter = (text: string) =>
  text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '');

/** MinHash signature of a text's word 3-shingles, as hex. */
export function textSignature(text: string): string {
  const words = foldWords(withoutFrontMatter(text));
  const shingles = new Set<number>();
  if (words.length < SHINGLE) shingles.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++)
    shingles.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  const min = new Array<number>(HASHES).fill(0xffffffff);
  for (const h of shingles)
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h, k);
      if (v < min[k]!) min[k] = v;
    }
  return min.map((v) => v.toString(16).padStart(8, '0')).join('');
}

/** Estimated Jaccard similarity of two signatures: the share of positions that agree. */
export function signatureSimilarity(a: string, b: string): number {
  if (a.length !== b.length || !a.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / (a.length / 8);
}

// --- Applying the register -------------------------------------------------

/**
 * Before the merge: gives each event the registered id and slug of the
 * article it came from, and registers new articles. `signatureOf` reads an
 * article's text (only asked for articles the register does not know by id).
 */
export function assignPermalinks(
  extraction: Extraction,
  register: Register,
  signatureOf: (file: string) => string,
): Extraction {
  const byId = new Map<string, string>();
  for (const [key, a] of Object.entries(register.articles))
    for (const id of a.ids) byId.set(id, key);
  const claimed = new Set<string>();
  const keyOf = new Map<string, string>();
  const eventOfArticle = new Map(extraction.events.map((e) => [e.sourceArticleIds[0]!, e]));
  const publishing = extraction.articles.filter((a) => a.status === 'event');
  // Pass 1, exact: a content id the register knows, then the same url.
  for (const a of publishing) {
    const known = byId.get(a.id);
    if (known && !claimed.has(known)) {
      claimed.add(known);
      keyOf.set(a.id, known);
    }
  }
  for (const a of publishing) {
    if (keyOf.has(a.id) || !a.url) continue;
    const known = Object.keys(register.articles)
      .sort()
      .find((key) => !claimed.has(key) && register.articles[key]!.url === a.url);
    if (known) {
      claimed.add(known);
      keyOf.set(a.id, known);
    }
  }
  // Pass 2, a text that is mostly the same: the best match above the threshold, in file order.
  const signatures = new Map<string, string>();
  for (const a of publishing) {
    if (keyOf.has(a.id)) continue;
    const signature = signatureOf(a.file);
    signatures.set(a.id, signature);
    let best: { key: string; score: number } | null = null;
    for (const key of Object.keys(register.articles).sort()) {
      if (claimed.has(key)) continue;
      const entry = register.articles[key]!;
      const score = signatureSimilarity(signature, entry.signature);
      const needed = entry.file === a.file ? SAME_FILE_THRESHOLD : SAME_TEXT_THRESHOLD;
      if (score >= needed && (!best || score > best.score)) best = { key, score };
    }
    if (best) {
      claimed.add(best.key);
      keyOf.set(a.id, best.key);
    }
  }
  // Rename events of known articles; register the rest.
  const renamed = new Map<string, { id: string; slug: string }>();
  for (const a of publishing) {
    const event = eventOfArticle.get(a.id);
    const key = keyOf.get(a.id);
    const entry = key ? register.articles[key] : undefined;
    if (entry) {
      const registeredId = entry.events[0];
      const registered = registeredId ? register.events[registeredId] : undefined;
      if (event && registeredId && registered)
        renamed.set(event.id, { id: registeredId, slug: registered.slug });
      entry.ids = [...new Set([...entry.ids, a.id])].sort();
      entry.url = a.url ?? entry.url;
      entry.file = a.file;
      if (signatures.has(a.id)) entry.signature = signatures.get(a.id)!;
      if (event && !registered) {
        entry.events = [event.id];
        register.events[event.id] = {
          slug: event.slug,
          title: event.title,
          article: key!,
          state: 'live',
        };
      }
      continue;
    }
    if (!event) continue;
    register.articles[a.id] = {
      ids: [a.id],
      url: a.url,
      file: a.file,
      signature: signatures.get(a.id) ?? signatureOf(a.file),
      events: [event.id],
    };
    // An id or slug already taken by another registered event is never given again.
    register.events[event.id] = {
      slug: event.slug,
      title: event.title,
      article: a.id,
      state: 'live',
    };
  }
  if (!renamed.size) return extraction;
  const id = (x: string) => renamed.get(x)?.id ?? x;
  return {
    articles: extraction.articles.map((a) => ({ ...a, eventIds: a.eventIds.map(id) })),
    events: extraction.events.map((e) => {
      const r = renamed.get(e.id);
      return r ? { ...e, id: r.id, slug: r.slug } : e;
    }),
    delegations: extraction.delegations.map((d) => ({ ...d, eventId: id(d.eventId) })),
    outcomes: extraction.outcomes.map((o) => ({ ...o, eventId: id(o.eventId) })),
  };
}

const CORRECTED = /^rejected by a staff correction \([^)]*\): (.*)$/;

/**
 * After the merge (and the corrections): records what became of every
 * registered event, and returns the withdrawn ones for the site.
 */
export function settleRegister(extraction: Extraction, register: Register): WithdrawnEvent[] {
  const live = new Map(extraction.events.map((e) => [e.id, e]));
  const redirected = new Map<string, CooperationEvent>();
  for (const e of extraction.events) for (const slug of e.redirectsFrom) redirected.set(slug, e);
  const articleById = new Map<string, Article>();
  for (const a of extraction.articles) articleById.set(a.id, a);
  const withdrawn: WithdrawnEvent[] = [];
  for (const id of Object.keys(register.events).sort()) {
    const entry = register.events[id]!;
    delete entry.into;
    delete entry.cause;
    delete entry.reason;
    const event = live.get(id);
    if (event) {
      entry.state = 'live';
      entry.title = event.title;
      continue;
    }
    const into = redirected.get(entry.slug);
    if (into) {
      entry.state = 'merged';
      entry.into = into.id;
      continue;
    }
    entry.state = 'withdrawn';
    const article = register.articles[entry.article];
    const row = article?.ids.map((x) => articleById.get(x)).find((a) => a !== undefined);
    const corrected = row?.warnings.map((w) => CORRECTED.exec(w)?.[1]).find(Boolean);
    entry.cause = corrected ? 'correction' : row ? 'rejected' : 'removed';
    if (corrected) entry.reason = corrected;
    withdrawn.push({
      id,
      slug: entry.slug,
      title: entry.title,
      cause: entry.cause,
      reason: corrected ?? null,
    });
  }
  return withdrawn.sort((a, b) => (a.slug < b.slug ? -1 : 1));
}
