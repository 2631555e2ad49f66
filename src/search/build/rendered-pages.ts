/**
 * The pages' contents as Astro renders them (src/middleware.ts), for the search build after it: a
 * build keys its parts from these instead of reading every page of the archive back from dist/.
 * The middleware runs in Astro's prerender bundle and the integration in Astro's config: two copies
 * of this module, one registry on globalThis.
 */
import { pageContent, type PageContent } from './parts.ts';

const REGISTRY = Symbol.for('gongbao.search.renderedPages');
/** The pages noted, by URL path, and the time noting them took (in rendering, before the search build). */
interface Noted {
  pages: Map<string, PageContent>;
  ms: number;
}

const registry = globalThis as { [REGISTRY]?: Noted };
const noted = (): Noted => (registry[REGISTRY] ??= { pages: new Map(), ms: 0 });

/** Notes the HTML page rendered at URL path `pathname` (base included). */
export function noteRenderedPage(pathname: string, html: Buffer): void {
  const t = performance.now();
  const n = noted();
  n.pages.set(pathname, pageContent(html));
  n.ms += performance.now() - t;
}

/** The pages noted since the last call; the registry starts again empty (a build takes them once). */
export function takeRenderedPages(): Noted {
  const taken = noted();
  delete registry[REGISTRY];
  return taken;
}
