import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { docUrl } from '../../lib/url.ts';
import { numberIndex } from '../../search/numbers.ts';
/** 文号 → document URL, for the search page's 文号 jump (src/search/numbers.ts) */
export const GET: APIRoute = async () => {
  const data = await getData();
  return new Response(
    JSON.stringify(numberIndex(data.docs.flatMap((d) => (d.number ? [{ number: d.number, url: docUrl(d.slug) }] : [])))),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
