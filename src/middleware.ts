/**
 * Each page Astro prerenders is noted for the search build as it is rendered (its part and the
 * digest of what search indexes of it: src/search/build/rendered-pages.ts), so that the build after
 * it need not read the archive's pages back from dist/ to find the few that changed.
 */
import { defineMiddleware } from 'astro:middleware';
import { noteRenderedPage } from './search/build/rendered-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = Buffer.from(await response.arrayBuffer());
  noteRenderedPage(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
