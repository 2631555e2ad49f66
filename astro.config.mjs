// @ts-check
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';

/** Base path the site is served under, e.g. BASE_PATH=/gongbao/ (default: /). */
const base = process.env.BASE_PATH || '/';
/** Absolute origin used for sitemap, feed and OpenGraph URLs. */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_assets' },
  devToolbar: { enabled: false },
  // strict CSP (issue 4): never inline scripts or styles
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [searchIndex()],
});
