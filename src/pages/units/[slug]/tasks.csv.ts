/** The task list of the newest year of a unit page; each earlier year's is beside its page ([year]/tasks.csv.ts). */
import type { APIRoute } from 'astro';
import { getData, unitYears } from '../../../lib/data.ts';
import { unitCsv } from '../../../lib/unitcsv.ts';
export async function getStaticPaths() {
  const data = await getData();
  return data.units.map((x) => ({ params: { slug: x.slug } }));
}
export const GET: APIRoute = async ({ params, site }) => {
  const data = await getData();
  const unit = data.unitBySlug.get(params.slug!)!;
  return new Response(unitCsv(data, unit.slug, site, unitYears(data, unit, false)[0]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
