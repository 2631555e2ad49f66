/** Every export under /data/ (src/lib/exports.ts): the whole archive's files and each year's. */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { exportFiles } from '../../lib/exports.ts';

export async function getStaticPaths() {
  return exportFiles(await getData(), undefined).map((f) => ({ params: { file: f.file.replace(/^data\//, '') } }));
}

export const GET: APIRoute = async ({ site, params }) => {
  const file = exportFiles(await getData(), site).find((f) => f.file === `data/${params.file}`)!;
  const type = file.file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
  return new Response(file.body(), { headers: { 'Content-Type': type } });
};
