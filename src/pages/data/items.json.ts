import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { itemsExport } from '../../lib/exports.ts';
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(itemsExport(await getData(), site), null, 1), { headers: { 'Content-Type': 'application/json' } });
