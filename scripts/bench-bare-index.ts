/**
 * node scripts/bench-bare-index.ts <site dir>
 * The bare Pagefind run that `npm run bench -- --site` compares the site's
 * index with: Pagefind's own HTML indexing of the event pages under
 * <site dir>/su-kien/ (the pages whose events scripts/index-search.ts
 * indexes, in the same language), written to <site dir>/pagefind/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const siteDir = process.argv[2];
if (!siteDir) {
  console.error('usage: node scripts/bench-bare-index.ts <site dir>');
  process.exit(2);
}
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
try {
  const added = await index.addDirectory({ path: siteDir, glob: 'su-kien/**/*.html' });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  console.log(`bare index: ${added.page_count} pages indexed`);
} finally {
  await pagefind.close();
}
