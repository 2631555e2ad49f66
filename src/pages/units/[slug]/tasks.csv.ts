import type { APIRoute } from 'astro';
import { getData } from '../../../lib/data.ts';
import { unitCsv } from '../../../lib/unitcsv.ts';
export async function getStaticPaths() {
  const data = await getData();
  return data.units.map((x) => ({ params: { slug: x.slug } }));
}
export const GET: APIRoute = async ({ params, site }) => {
  const data = await getData();
  return new Response(unitCsv(data, params.slug!, site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
