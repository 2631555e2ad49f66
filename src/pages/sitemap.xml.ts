import type { APIRoute } from 'astro';
import { getData } from '../lib/data.ts';
import { u, abs } from '../lib/url.ts';
export const GET: APIRoute = async ({ site }) => {
  const data = await getData();
  const paths = [
    '',
    'issues/',
    'documents/',
    'items/',
    'units/',
    'counties/',
    'search/',
    'data/',
    ...data.issues.map((i) => `issues/${i.id}/`),
    ...data.docs.map((d) => `documents/${d.slug}/`),
    ...data.items.map((i) => `items/${i.slug}/`),
    ...data.units.map((x) => `units/${x.slug}/`),
    ...data.counties.map((c) => `counties/${c.slug}/`),
  ];
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    paths.map((p) => `  <url><loc>${abs(u(p), site)}</loc></url>`).join('\n') +
    '\n</urlset>\n';
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
