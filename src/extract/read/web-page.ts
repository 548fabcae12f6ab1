/**
 * Stage 2 for a web page saved from a browser (`.html`/`.htm`): linkedom builds
 * the document, the page's own metadata gives title, url, publisher and
 * publication date (JSON-LD `NewsArticle`, Open Graph, `article:published_time`,
 * `<link rel="canonical">`, `<time datetime>`), and Mozilla's Readability keeps
 * the article without the site's menus, related news, share buttons, comments
 * and footer. The result has parse.ts's shape, so the rest of the chain reads a
 * web page as it reads text.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { normaliseText } from './normalise.ts';
import type { Block, FrontMatter, ParsedArticle } from './parse.ts';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting)$/;
/**
 * Parts of a Vietnamese news page that Readability's English class hints miss:
 * "tin liên quan", "tin khác", "bình luận", "chia sẻ", "cùng chuyên mục".
 */
const VIETNAMESE_CHROME = /lien-?quan|tin-?khac|binh-?luan|chia-?se|cung-?chuyen-?muc|doc-?them/i;
const BLOCK_ELEMENTS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'PRE',
  'BLOCKQUOTE',
]);
const SKIPPED_ELEMENTS = new Set(['FIGURE', 'FIGCAPTION', 'IMG', 'PICTURE', 'SCRIPT', 'STYLE']);

type Element = ReturnType<Document['querySelector']> & {};
type JsonObject = Record<string, unknown>;

/** A saved page's metadata and article text, as front matter and blocks. */
export function readWebPage(html: string): ParsedArticle {
  const warnings: string[] = [];
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it reads.
  const frontMatter = pageMetadata(document, warnings);
  for (const node of [...document.querySelectorAll('[class], [id]')])
    if (VIETNAMESE_CHROME.test(`${node.getAttribute('class') ?? ''} ${node.id ?? ''}`))
      node.remove();
  // The publication time on a line of its own is metadata, read above, not a date of the event.
  for (const time of [...document.querySelectorAll('time')]) {
    const line = time.parentElement;
    if (line && line.textContent?.trim() === time.textContent?.trim()) line.remove();
  }
  const article = new Readability(document as unknown as Document, {
    serializer: (node) => node as Element,
  }).parse();
  const blocks: Block[] = [];
  if (article?.content) collectBlocks(article.content, blocks);
  else warnings.push('no article text found in the web page');
  return { frontMatter, blocks, warnings };
}

function pageMetadata(document: Document, warnings: string[]): FrontMatter {
  const ld = articleJsonLd(document, warnings);
  const meta = (property: string) =>
    document
      .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
      ?.getAttribute('content') ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const time =
    document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const heading = document.querySelector('article h1') ?? document.querySelector('h1');

  // No `<title>`: a portal's says "Cổng Thông tin … - Tin tức"; without a headline in the
  // metadata, the chain takes the article's first line as it does for text.
  const title = firstText(ld && text(ld.headline), meta('og:title'), heading?.textContent ?? null);
  const url = firstText(...[canonical, meta('og:url'), ld && text(ld.url)].filter(isWebAddress));
  const publisher = firstText(
    ld && text((ld.publisher as JsonObject | undefined)?.name ?? ld.publisher),
    meta('og:site_name'),
  );
  const published = firstText(
    ld && text(ld.datePublished),
    meta('article:published_time'),
    time?.getAttribute('datetime') ?? null,
  );
  let publishedAt: string | null = null;
  if (published) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
    if (m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3])))
      publishedAt = `${m[1]}-${m[2]}-${m[3]}`;
    else warnings.push(`the page's publication time is not a date: ${JSON.stringify(published)}`);
  }
  return { title, url, publisher, publishedAt };
}

/** The first JSON-LD object of an article type, looking into arrays and `@graph`. */
function articleJsonLd(document: Document, warnings: string[]): JsonObject | null {
  const found: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as JsonObject;
      const types = ([] as unknown[]).concat(object['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      warnings.push('a JSON-LD block of the page is not valid JSON; it was ignored');
    }
  }
  return found[0] ?? null;
}

function collectBlocks(node: Element, out: Block[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      push(out, 'paragraph', child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (SKIPPED_ELEMENTS.has(element.tagName)) continue;
    if (BLOCK_ELEMENTS.has(element.tagName) && !element.querySelector('p, li')) {
      push(out, /^H\d$/.test(element.tagName) ? 'heading' : 'paragraph', lineText(element));
    } else collectBlocks(element, out);
  }
}

/** An element's text with its `<br>` as line breaks. */
function lineText(element: Element): string {
  let out = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (tag === 'BR') out += '\n';
      else if (!SKIPPED_ELEMENTS.has(tag)) out += lineText(child as Element);
    }
  }
  return out;
}

function push(out: Block[], kind: Block['kind'], raw: string): void {
  const lines = normaliseText(raw)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (lines.length) out.push({ kind, lines });
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function clean(value: string): string {
  return normaliseText(value).replace(/\s+/g, ' ').trim();
}

function firstText(...values: (string | null | undefined)[]): string | null {
  for (const value of values) if (value && clean(value)) return clean(value);
  return null;
}

function isWebAddress(value: string | null): value is string {
  return value !== null && /^https?:\/\/\S+$/i.test(value.trim());
}

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
