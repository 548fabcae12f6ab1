/**
 * The bare tool the extraction is compared with in `npm run bench`: each file
 * the extraction parses as an article (the same list, from the extraction's
 * own file discovery) read, decoded as UTF-8, NFC-normalised and parsed by
 * unified + remark-parse, on one core, nothing else. Files the extraction does
 * not parse (a manifest.tsv beside the articles) are not read here either.
 * Prints the file count.
 *
 *   node scripts/bench-bare-parse.ts <articles dir>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { listParsedArticleFiles } from '../src/extract/pipeline/files.ts';

const input = process.argv[2];
if (!input) {
  console.error('usage: node scripts/bench-bare-parse.ts <articles dir>');
  process.exit(2);
}
const processor = unified().use(remarkParse);
const decoder = new TextDecoder('utf-8');
const files = listParsedArticleFiles(input);
let nodes = 0;
for (const file of files)
  nodes += processor.parse(decoder.decode(readFileSync(join(input, file))).normalize('NFC'))
    .children.length;
console.log(`bare: ${files.length} files, ${nodes} top-level nodes`);
