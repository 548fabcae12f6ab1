// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { EXTRACTED_DATA_DIR } from './src/consts.ts';
import { addressesOutsideSitemap } from './src/site/sitemap.ts';

// Read when the build starts, after the extraction has written the data.
const outsideSitemap = addressesOutsideSitemap(EXTRACTED_DATA_DIR);

export default defineConfig({
  // The address the site is published at: permanent links, the feed and the sitemap use it.
  site: process.env.SITE_URL || 'https://hoptac.example.org',
  trailingSlash: 'always',
  // Builds that must not share Astro's content cache (tests, benchmarks) give their own.
  cacheDir: process.env.HOPTAC_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [sitemap({ filter: (page) => !outsideSitemap.has(new URL(page).pathname) })],
});
