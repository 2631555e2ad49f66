import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { sitemapPaths } from '../../lib/sitemap.ts';
import { u, abs } from '../../lib/url.ts';
/** One sitemap of the index (sitemap.xml): the pages of no issue, or those of one year. */
export async function getStaticPaths() {
  return [...sitemapPaths(await getData()).keys()].map((name) => ({ params: { name } }));
}
export const GET: APIRoute = async ({ params, site }) => {
  const paths = sitemapPaths(await getData()).get(params.name!)!;
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    paths.map((p) => `  <url><loc>${abs(u(p), site)}</loc></url>`).join('\n') +
    '\n</urlset>\n';
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
