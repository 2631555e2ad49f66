import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { csv } from '../../lib/csv.ts';
import { itemsExport } from '../../lib/exports.ts';
/** One line per item; sub-rows joined with newlines inside the cell. UTF-8 with BOM. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getData();
  const name = (s: string) => data.unitBySlug.get(s)?.name ?? s;
  const rows: (string | number | boolean)[][] = [
    ['document', 'no', 'national', 'name', 'measures', 'row_units', 'units', 'lead', 'support', 'list', 'url', 'path'],
  ];
  for (const i of itemsExport(data, site)) {
    rows.push([
      i.document,
      i.no,
      i.national ? '∗' : '',
      i.name,
      i.rows.map((r) => r.measures).join('\n'),
      i.rows.map((r) => r.units.join('、')).join('\n'),
      i.units.map(name).join('、'),
      i.lead.map(name).join('、'),
      i.support.map(name).join('、'),
      i.list,
      i.url,
      i.path,
    ]);
  }
  return new Response(csv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
