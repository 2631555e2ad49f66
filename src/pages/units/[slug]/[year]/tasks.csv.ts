/** The task list of an earlier year of a unit page, beside that year's page. */
import type { APIRoute } from 'astro';
import { getData, unitYears } from '../../../../lib/data.ts';
import { unitCsv } from '../../../../lib/unitcsv.ts';
export async function getStaticPaths() {
  const data = await getData();
  return data.units.flatMap((x) =>
    unitYears(data, x, false)
      .slice(1)
      .map(({ year }) => ({ params: { slug: x.slug, year: String(year) } })),
  );
}
export const GET: APIRoute = async ({ params, site }) => {
  const data = await getData();
  const unit = data.unitBySlug.get(params.slug!)!;
  const year = unitYears(data, unit, false).find((y) => String(y.year) === params.year);
  return new Response(unitCsv(data, unit.slug, site, year), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
