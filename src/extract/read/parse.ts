/**
 * Stage 2: front matter (gray-matter) and body (unified + remark-parse) into a
 * flat list of text blocks, each kept as its lines: scraped captions sit on
 * the line under an image name, so lines matter to the noise stage.
 *
 * Most scraped articles hold no Markdown at all, only paragraphs of text
 * between blank lines; for those the blocks are read off the lines directly,
 * the same blocks remark-parse gives at a small part of its cost.
 */
import { createRequire } from 'node:module';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent, PhrasingContent } from 'mdast';

export interface Block {
  kind: 'heading' | 'paragraph';
  lines: string[];
}

export interface FrontMatter {
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

export interface ParsedArticle {
  frontMatter: FrontMatter;
  blocks: Block[];
  warnings: string[];
}

const processor = unified().use(remarkParse);
const require = createRequire(import.meta.url);
/** gray-matter (and its YAML parser) is loaded at the first article with front matter: scraped text has none. */
let grayMatter: typeof import('gray-matter') | null = null;

/** Splits front matter from the body and parses the body into blocks. */
export function parseArticle(text: string): ParsedArticle {
  const warnings: string[] = [];
  const { data, body } = readFrontMatter(text, warnings);
  const frontMatter: FrontMatter = {
    title: stringField(data, 'title', warnings),
    url: urlField(data, warnings),
    publisher: stringField(data, 'publisher', warnings),
    publishedAt: dateField(data, 'publishedAt', warnings),
  };
  return { frontMatter, blocks: plainParagraphs(body) ?? markdownBlocks(body), warnings };
}

/** The body's blocks as remark-parse reads it: headings, paragraphs, list items, code, HTML. */
export function markdownBlocks(body: string): Block[] {
  const tree = processor.parse(body) as Root;
  const blocks: Block[] = [];
  for (const node of tree.children) collectBlocks(node, blocks);
  return blocks;
}

/**
 * Characters that can begin Markdown inside a line (CommonMark, which is all remark-parse reads): escapes, code
 * spans, emphasis, links and images, autolinks and HTML, character references (`&amp;`, `&#273;`); NUL and
 * CR, which the parser rewrites.
 */
const INLINE_MARKDOWN = /[\\`*_[\]<\0\r]|&(?:#|[A-Za-z\d]+;)/;
/**
 * Line openings that can begin a block other than a paragraph, or end one: headings (`#`, `===` under a line),
 * block quotes, lists (`+`, and `1.` or `1)` after white space), fences (`~~~`), indented code (a tab, or four
 * spaces). A line opening with a dash, or with a number and a dot or a bracket, is looked at on its own
 * (SIMPLE_LIST_ITEM, SIMPLE_ORDERED_ITEM). Stricter than Markdown: a text it lets pass has none. Tested on
 * each line: anchored at the line's start, it is not tried at every character of the body.
 */
const BLOCK_MARKDOWN = /^(?:[ \t]*[#>=~+\t]| {4}|[ \t]+\d{1,9}[.)](?:[ \t]|$))/;
/** A line that opens with a dash: a list item, a thematic break, a heading's underline, or text. */
const DASH_OPENING = /^[ \t]*-/;
/**
 * The one kind of dash line read plainly: a bullet list item as scraped text writes one, the dash at the
 * line's start, one space, then its text (not a space, a number opening an ordered list, or a character that
 * could open another block inside the item). remark-parse makes the item's text a paragraph of its own, which
 * takes the lines after it up to a blank line or the next item (CommonMark's lazy continuation), and a bullet
 * item interrupts the paragraph before it. In the corpus, 1,236 of the 1,665 bodies remark-parse read held no
 * other Markdown than such items.
 */
const SIMPLE_LIST_ITEM = /^- (?=[^\s#>=~+\-*_`])(?!\d{1,9}[.)](?:[ \t]|$))/u;
/** A line that opens as an ordered list item does: up to nine digits, a dot or a closing bracket, then a space or nothing. */
const ORDERED_OPENING = /^(\d{1,9})[.)](?:[ \t]|$)/;
/**
 * The one kind of numbered line read plainly: "1. " or "2) " at the line's start, one space, then text that
 * opens no block (as SIMPLE_LIST_ITEM). An ordered item starts a paragraph of its own as a bullet item does,
 * with one exception (CommonMark): right under a paragraph that is no list item's, only an item numbered 1 starts
 * a list; "2. …" there goes on with the paragraph as a line of its text, number and all. In the corpus, 281 bodies
 * of the 518 that remark-parse still read held no other Markdown than such items and bullets.
 */
const SIMPLE_ORDERED_ITEM = /^\d{1,9}[.)] (?=[^\s#>=~+\-*_`])(?!\d{1,9}[.)](?:[ \t]|$))/u;
/** A blank line, as CommonMark has it: spaces and tabs only (a line of other white space is a paragraph's). */
const BLANK_LINE = /^[ \t]*$/;

/**
 * The blocks of a body with no Markdown in it (none of the characters and line openings above) but simple
 * list items: a paragraph per run of lines between blank lines or list items, as remark-parse reads it,
 * or null when the body may hold other Markdown.
 */
export function plainParagraphs(body: string): Block[] | null {
  if (INLINE_MARKDOWN.test(body)) return null;
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  // Whether a list is open, which a numbered line continues with an item whatever its number: from an item on,
  // through the lines that go on with it and blank lines, up to a line after a blank line that is no item.
  // null where that line is indented: whether it goes on with the item depends on the marker's width.
  let inList = false as boolean | null;
  let afterBlank = false;
  const endParagraph = () => {
    if (paragraph.length) pushLines(blocks, 'paragraph', paragraph);
    paragraph = [];
  };
  const startItem = (text: string) => {
    endParagraph();
    paragraph.push(text);
    inList = true;
  };
  for (const line of body.split('\n')) {
    if (BLOCK_MARKDOWN.test(line)) return null;
    const blank = BLANK_LINE.test(line);
    const number = blank ? undefined : ORDERED_OPENING.exec(line)?.[1];
    if (blank) endParagraph();
    else if (number !== undefined) {
      const marker = SIMPLE_ORDERED_ITEM.exec(line);
      if (!marker) return null;
      if (paragraph.length === 0 || inList === true || number === '1')
        startItem(line.slice(marker[0].length));
      else if (inList === false) paragraph.push(line);
      else return null;
    } else if (DASH_OPENING.test(line)) {
      if (!SIMPLE_LIST_ITEM.test(line)) return null;
      startItem(line.slice(2));
    } else {
      if (afterBlank && inList !== false) inList = /^[ \t]/.test(line) ? null : false;
      paragraph.push(line);
    }
    afterBlank = blank;
  }
  endParagraph();
  return blocks;
}

export function readFrontMatter(
  text: string,
  warnings: string[],
): { data: Record<string, unknown>; body: string } {
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text };
  try {
    // Passing options turns off gray-matter's unbounded cache keyed by content.
    grayMatter ??= require('gray-matter') as typeof import('gray-matter');
    const parsed = grayMatter(text, {});
    const data =
      parsed.data && typeof parsed.data === 'object'
        ? (parsed.data as Record<string, unknown>)
        : {};
    return { data, body: parsed.content };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push(`front matter is not valid YAML (${reason}); it was ignored`);
    const end = text.indexOf('\n---', 3);
    return { data: {}, body: end >= 0 ? text.slice(text.indexOf('\n', end + 1) + 1) : text };
  }
}

function stringField(
  data: Record<string, unknown>,
  key: string,
  warnings: string[],
): string | null {
  const value = data[key];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value.normalize('NFC').trim() || null;
  if (typeof value === 'number') return String(value);
  warnings.push(`front matter "${key}" should be text, found ${typeof value}; it was ignored`);
  return null;
}

function urlField(data: Record<string, unknown>, warnings: string[]): string | null {
  const url = stringField(data, 'url', warnings);
  if (url === null || /^https?:\/\/\S+$/i.test(url)) return url;
  warnings.push(
    `front matter "url" is not a web address: ${JSON.stringify(data.url)}; it was ignored`,
  );
  return null;
}

function dateField(data: Record<string, unknown>, key: string, warnings: string[]): string | null {
  const value = data[key];
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  warnings.push(
    `front matter "${key}" is not a date (YYYY-MM-DD): ${JSON.stringify(value)}; it was ignored`,
  );
  return null;
}

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function collectBlocks(node: RootContent, out: Block[]): void {
  switch (node.type) {
    case 'heading':
      pushBlock(out, 'heading', phrasingText(node.children));
      return;
    case 'paragraph':
      pushBlock(out, 'paragraph', phrasingText(node.children));
      return;
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const child of node.children) collectBlocks(child as RootContent, out);
      return;
    case 'code':
      pushBlock(out, 'paragraph', node.value);
      return;
    case 'html':
      pushBlock(out, 'paragraph', node.value.replace(/<[^>]*>/g, ' '));
      return;
    case 'table':
      for (const row of node.children)
        pushBlock(out, 'paragraph', row.children.map((c) => phrasingText(c.children)).join(' · '));
      return;
    default:
      return;
  }
}

/** Whitespace that is not one plain space: where a line needs its spaces collapsed. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

function pushBlock(out: Block[], kind: Block['kind'], text: string): void {
  pushLines(out, kind, text.split('\n'));
}

/** A block of these lines, each with its white space collapsed and trimmed, empty ones left out; none if all are. */
function pushLines(out: Block[], kind: Block['kind'], raw: string[]): void {
  const lines = raw
    // Most lines have single spaces only: testing first spares building a copy of each.
    .map((l) => (UNEVEN_SPACE.test(l) ? l.replace(/\s+/g, ' ') : l).trim())
    .filter(Boolean);
  if (lines.length) out.push({ kind, lines });
}

function phrasingText(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'image':
        // An image is noise; its file name goes on its own line where the noise stage finds it.
        text += `\n${node.url}\n`;
        break;
      case 'html':
        text += node.value.replace(/<[^>]*>/g, '');
        break;
      default:
        if ('children' in node) text += phrasingText(node.children as PhrasingContent[]);
    }
  }
  return text;
}
