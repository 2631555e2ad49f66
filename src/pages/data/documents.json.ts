import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { documentsExport } from '../../lib/exports.ts';
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(documentsExport(await getData(), site), null, 1), { headers: { 'Content-Type': 'application/json' } });
