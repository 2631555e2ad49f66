/**
 * /documents/issue-years.json: the year of every issue, for a documents index reached with
 * ?issue= naming an issue of another year (src/scripts/documents-filter.ts). Fetched only then, so
 * that each year's page does not carry, and change with, the list of every issue.
 */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(Object.fromEntries((await getData()).issues.map((i) => [i.id, i.year]))), {
    headers: { 'Content-Type': 'application/json' },
  });
