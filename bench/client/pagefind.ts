/**
 * Our design, as the search page (src/scripts/search.ts) runs it: Pagefind through src/search/client/.
 * `search` is what the reader first sees, the newest year's block; `all` goes through every year.
 */
import { excerpt } from '../../src/search/client/excerpt.ts';
import { openPagefind } from '../../src/search/client/pagefind.ts';
import { simplifier } from '../../src/search/client/simplify.ts';
import { Archive } from '../../src/search/client/years.ts';
import { CURRENT_BLOCK } from '../../src/search/record.ts';
import type { Design } from './harness.ts';

let ready: Promise<Design> | undefined;
/** How many results' fragments `all` loads at once. */
const LOAD_BATCH = 100;

export function load(): Promise<Design> {
  ready ??= (async () => {
    const pf = await openPagefind('/');
    const archive = await Archive.open(pf, '/'); // as the search page: its filter menus load only when the reader goes for them
    const simplify = simplifier('/');
    return {
      async search(q, n) {
        const out = await archive.search(await simplify(q), {}, CURRENT_BLOCK);
        const data = await Promise.all(out.hits.slice(0, n).map((h) => h.load()));
        return { count: out.hits.length, top: data.map((d) => ({ url: d.url, title: d.meta.title ?? '', excerpt: excerpt(d).html })) };
      },
      async all(q) {
        const out = await archive.searchAll(await simplify(q));
        // a batch at a time: each year's index fetches up to 100 fragments at once, and 34 years'
        // together (营商环境 at 400 issues) run Chromium out of requests (ERR_INSUFFICIENT_RESOURCES)
        const urls: string[] = [];
        for (let i = 0; i < out.hits.length; i += LOAD_BATCH)
          for (const d of await Promise.all(out.hits.slice(i, i + LOAD_BATCH).map((h) => h.load()))) urls.push(d.url);
        return urls;
      },
    };
  })();
  return ready;
}
