/** /data/index.json: every export with its year, record count and bytes (src/lib/exports.ts). */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { exportIndex } from '../../lib/exports.ts';
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(exportIndex(await getData(), site), null, 1), { headers: { 'Content-Type': 'application/json' } });
