import type { APIRoute } from 'astro';
import { getData, countyItems } from '../../../lib/data.ts';
import { unitCsv } from '../../../lib/unitcsv.ts';
export async function getStaticPaths() {
  const data = await getData();
  return data.counties.map((x) => ({ params: { slug: x.slug } }));
}
export const GET: APIRoute = async ({ params, site }) => {
  const data = await getData();
  const c = data.unitBySlug.get(params.slug!)!;
  return new Response(unitCsv(data, c.slug, site, countyItems(data, c).collective), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
