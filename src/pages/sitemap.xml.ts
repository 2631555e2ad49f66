import type { APIRoute } from 'astro';
import { getData } from '../lib/data.ts';
import { sitemapPaths } from '../lib/sitemap.ts';
import { u, abs } from '../lib/url.ts';
/** The sitemap index: one sitemap for the pages of no issue, one per year (src/lib/sitemap.ts). */
export const GET: APIRoute = async ({ site }) => {
  const names = [...sitemapPaths(await getData()).keys()];
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    names.map((n) => `  <sitemap><loc>${abs(u(`sitemaps/${n}.xml`), site)}</loc></sitemap>`).join('\n') +
    '\n</sitemapindex>\n';
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
