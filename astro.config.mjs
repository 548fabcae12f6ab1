// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The address the site is published at; permanent links and the feed use it.
  site: process.env.SITE_URL || 'https://hoptac.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
