import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { docUrl } from '../../lib/url.ts';
/** canonical 文号 → document URL, for the search page's 文号 jump */
export const GET: APIRoute = async () => {
  const data = await getData();
  return new Response(JSON.stringify(Object.fromEntries(data.docs.map((d) => [d.number, docUrl(d.slug)]))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
