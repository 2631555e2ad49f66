// @ts-check
import { defineConfig } from 'astro/config';
import path from 'node:path';
import searchIndex from './src/integrations/search-index.ts';
import compressExports from './src/integrations/compress-exports.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteUrl from './src/integrations/site-url.ts';

/** Base path the site is served under, e.g. BASE_PATH=/gongbao/ (default: /). */
const base = process.env.BASE_PATH || '/';
/**
 * Public origin for canonical links, JSON-LD, feed, sitemap and export URLs. A build refuses to
 * run without SITE_URL (src/integrations/site-url.ts); dev and preview fall back to localhost.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
/** Content to build from (default content/); a fixture build keeps its own content-layer cache. */
const contentDir = process.env.CONTENT_DIR;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_assets' },
  devToolbar: { enabled: false },
  ...(contentDir ? { cacheDir: path.join(path.resolve(contentDir), '.astro-cache') } : {}),
  // strict CSP (issue 4): never inline scripts or styles
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [siteUrl(), searchIndex(), compressExports(), securityHeaders()],
});
