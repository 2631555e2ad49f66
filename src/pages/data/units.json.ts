import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { unitsExport } from '../../lib/exports.ts';
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(unitsExport(await getData(), site), null, 1), { headers: { 'Content-Type': 'application/json' } });
