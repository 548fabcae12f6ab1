/**
 * The chain for one article, in one place:
 * read → normalise → parse (or, for a web page, read the page) → strip noise →
 * segment → classify → extract.
 * No stage reaches back into an earlier one.
 */
import { decodeArticleBytes } from '../read/read.ts';
import { normaliseText } from '../read/normalise.ts';
import { createRequire } from 'node:module';
import { parseArticle, type Block, type FrontMatter } from '../read/parse.ts';
import { stripNoise } from '../clean/noise.ts';
import { chooseDigestItem } from '../clean/digest.ts';
import { segmentArticle, type Sentence } from '../clean/sentences.ts';
import {
  classifyCooperation,
  countCueFamilies,
  mayReportCooperation,
} from '../classify/classify.ts';
import { classifierInput, type ClassifierInput } from '../classify/input.ts';
import { extractEvent } from '../fields/event.ts';
import { chooseEventDate } from '../fields/event-date.ts';
import { typeInputs } from '../fields/event-type.ts';
import type { Features } from '../classify/features.ts';
import type { SoftmaxWeights } from '../classify/softmax.ts';
import type { RecogniserWeights } from '../names/recognise.ts';
import { findSentenceParties } from '../fields/sentence-facts.ts';
import { articleIdentity, contentKey, unreadableArticleId } from '../../lib/ids.ts';
import type { ArticleResult } from '../output/article-result.ts';
import {
  fileExtension,
  isArticleFile,
  SUPPORTED_EXTENSIONS,
  WEB_PAGE_EXTENSIONS,
} from './files.ts';

/** Longer texts are cut here: no news article is this long, and a runaway file must not stall the build. */
export const MAX_ARTICLE_CHARS = 200_000;
/** A saved page carries its site's markup, scripts and styles around the article. */
export const MAX_WEB_PAGE_CHARS = 3_000_000;
const LEAD_SENTENCES = 3;

export type { ArticleResult };

const require = createRequire(import.meta.url);
let webPageReader: typeof import('../read/web-page.ts') | null = null;
/**
 * Reads a saved web page. linkedom and Readability take a worker thread 0.4 s of CPU to load: they are loaded
 * at the first web page, so a folder of text articles never pays for them.
 */
function readWebPage(html: string) {
  webPageReader ??= require('../read/web-page.ts') as typeof import('../read/web-page.ts');
  return webPageReader.readWebPage(html);
}

const NO_FRONT_MATTER: FrontMatter = { title: null, url: null, publisher: null, publishedAt: null };

export interface ProcessOptions {
  /** The cooperation decision made elsewhere (the evaluation's reference answer): the classifier is not asked. */
  cooperation?: boolean;
  /** The type model to decide with (the evaluation's, trained without this article); the committed one else. */
  typeModel?: SoftmaxWeights;
  /** The name recogniser to check institutions with (the evaluation's, trained without the gold articles it scores); the committed one else. */
  namesWeights?: RecogniserWeights;
}

/** An article read, cleaned and segmented: what classification and extraction start from. */
export type PreparedArticle =
  | { kind: 'rejected'; result: ArticleResult }
  | {
      kind: 'prepared';
      result: ArticleResult;
      /** The headline and cleaned text, for the pre-filter. */
      text: string;
      publishedAt: string | null;
      /** Segments the cleaned text: done only for articles past the pre-filter. */
      segment: () => Sentence[];
      /** For a news digest, segments the one item that is the article's event; null for any other article. */
      segmentEvent: (() => Sentence[]) | null;
    };

/** Runs the whole chain on one file's bytes. `file` is the path relative to the input folder. */
export function processArticle(
  file: string,
  bytes: Uint8Array,
  options: ProcessOptions = {},
): ArticleResult {
  const prepared = prepareArticle(file, bytes);
  if (prepared.kind === 'rejected') return prepared.result;
  const { result } = prepared;
  // The cheap test first: an article with no cue anywhere is not read further.
  if (options.cooperation === undefined && !mayReportCooperation(prepared.text))
    return { ...result, rejection: 'not-cooperation' };
  const sentences = prepared.segment();
  const parties = findSentenceParties(sentences);
  const decided = classifyCooperation(classifierInput(sentences, parties, LEAD_SENTENCES));
  const classification =
    options.cooperation === undefined ? decided : { ...decided, cooperation: options.cooperation };
  if (!classification.cooperation)
    return { ...result, classification, rejection: 'not-cooperation' };
  const eventSentences = prepared.segmentEvent?.() ?? sentences;
  const event = extractEvent({
    articleId: result.id,
    title: result.title,
    sentences: eventSentences,
    parties: eventSentences === sentences ? parties : findSentenceParties(eventSentences),
    leadCount: LEAD_SENTENCES,
    publishedAt: prepared.publishedAt,
    typeModel: options.typeModel,
    namesWeights: options.namesWeights,
  });
  return { ...result, classification, event, rejection: null };
}

/** What the classifier reads of a prepared article. */
export function describeForClassifier(sentences: Sentence[]): ClassifierInput {
  return classifierInput(sentences, findSentenceParties(sentences), LEAD_SENTENCES);
}

/** What the type model reads of a prepared article: its event's sentences, as the extraction reads them. */
export function describeForTypeModel(
  prepared: Extract<PreparedArticle, { kind: 'prepared' }>,
  sentences: Sentence[],
): Features {
  const eventSentences = prepared.segmentEvent?.() ?? sentences;
  const { date } = chooseEventDate(eventSentences, LEAD_SENTENCES, prepared.publishedAt);
  return typeInputs(
    eventSentences,
    findSentenceParties(eventSentences),
    LEAD_SENTENCES,
    date.precision,
  ).features;
}

/** Read → normalise → parse → strip noise → segment; a file that cannot be read is rejected here. */
export function prepareArticle(file: string, bytes: Uint8Array): PreparedArticle {
  const base = {
    file,
    contentKey: null,
    title: null,
    frontMatter: NO_FRONT_MATTER,
    publisher: null,
    classification: null,
    event: null,
  };
  const rejected = (result: ArticleResult): PreparedArticle => ({ kind: 'rejected', result });
  const extension = fileExtension(file);
  if (!isArticleFile(file)) {
    return rejected({
      ...base,
      id: unreadableArticleId(bytes),
      rejection: 'unsupported',
      warnings: [
        `"${extension || 'no extension'}" files are not articles; expected ${SUPPORTED_EXTENSIONS.join(', ')}`,
      ],
    });
  }
  if (bytes.length === 0)
    return rejected({
      ...base,
      id: unreadableArticleId(bytes),
      rejection: 'empty',
      warnings: ['the file is empty'],
    });
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok)
    return rejected({
      ...base,
      id: unreadableArticleId(bytes),
      rejection: decoded.reason,
      warnings: [decoded.detail],
    });

  const warnings: string[] = [];
  if (decoded.encoding === 'windows-1258') warnings.push('not UTF-8: read as Windows-1258');
  const webPage = WEB_PAGE_EXTENSIONS.includes(extension);
  // A web page is normalised after its markup is read: its entities are the HTML parser's.
  let text = webPage ? decoded.text : normaliseText(decoded.text);
  const limit = webPage ? MAX_WEB_PAGE_CHARS : MAX_ARTICLE_CHARS;
  if (text.length > limit) {
    warnings.push(`${text.length} characters: only the first ${limit} were read`);
    text = text.slice(0, limit);
  }
  const parsed = webPage ? readWebPage(text) : parseArticle(text);
  warnings.push(...parsed.warnings);
  const bodyText = parsed.blocks.map((b) => b.lines.join('\n')).join('\n\n');
  if (!/\p{L}/u.test(bodyText)) {
    return rejected({
      ...base,
      id: unreadableArticleId(bytes),
      frontMatter: parsed.frontMatter,
      rejection: 'empty',
      warnings: [...warnings, 'no text in the article body'],
    });
  }
  const { id, contentHash: key } = articleIdentity(bodyText);

  const clean = stripNoise(parsed.blocks);
  const { blocks, headline } = separateHeadline(
    clean.blocks,
    parsed.frontMatter.title ?? clean.datelineHeadline,
  );
  // A digest of several items is classified whole; its event is the item that reports cooperation most.
  const item = headline
    ? chooseDigestItem(
        headline,
        blocks.slice(1).flatMap((b) => b.lines),
        countCueFamilies,
      )
    : null;
  const title = parsed.frontMatter.title ?? headline;
  const publisher = parsed.frontMatter.publisher ?? clean.datelinePublisher;
  const result: ArticleResult = {
    ...base,
    id,
    file,
    contentKey: key,
    title,
    frontMatter: parsed.frontMatter,
    publisher,
    warnings,
    rejection: null,
  };
  const plain = blocks.map((b) => b.lines.join('\n')).join('\n');
  const headlineBlocks = new Set(headline ? [0] : []);
  const segment = () => segmentArticle(blocks, headlineBlocks);
  const segmentEvent = item
    ? () =>
        segmentArticle([blocks[0]!, { kind: 'paragraph', lines: item.paragraphs }], headlineBlocks)
    : null;
  return {
    kind: 'prepared',
    result,
    text: `${title ?? ''}\n${plain}`,
    segment,
    segmentEvent,
    publishedAt: parsed.frontMatter.publishedAt,
  };
}

/**
 * The headline: the front matter's title, the one recovered from a dateline, a
 * Markdown heading, or a first line that is short and ends without a period.
 */
function separateHeadline(
  blocks: Block[],
  known: string | null,
): { blocks: Block[]; headline: string | null } {
  const first = blocks[0];
  if (!first)
    return { blocks: known ? [{ kind: 'heading', lines: [known] }] : blocks, headline: known };
  const firstLine = first.lines[0]!;
  if (known) {
    // A scraped body often repeats the title as its first line.
    const body = contentKey(firstLine) === contentKey(known) ? dropFirstLine(blocks) : blocks;
    return { blocks: [{ kind: 'heading', lines: [known] }, ...body], headline: known };
  }
  const looksLikeHeadline =
    first.kind === 'heading' ||
    (firstLine.length <= 200 &&
      !/[.!?…:;,]$/.test(firstLine) &&
      (blocks.length > 1 || first.lines.length > 1));
  if (!looksLikeHeadline) return { blocks, headline: null };
  return {
    blocks: [{ kind: 'heading', lines: [firstLine] }, ...dropFirstLine(blocks)],
    headline: firstLine,
  };
}

function dropFirstLine(blocks: Block[]): Block[] {
  const [first, ...rest] = blocks;
  return first!.lines.length > 1
    ? [{ kind: first!.kind, lines: first!.lines.slice(1) }, ...rest]
    : rest;
}
