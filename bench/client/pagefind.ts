/** Our design, as the search page (src/scripts/search.ts) runs it: Pagefind through src/search/client/. */
import { runSearch } from '../../src/search/client/query.ts';
import { excerpt } from '../../src/search/client/excerpt.ts';
import { openPagefind } from '../../src/search/client/pagefind.ts';
import { simplifier } from '../../src/search/client/simplify.ts';
import type { Design } from './harness.ts';

let ready: Promise<Design> | undefined;

export function load(): Promise<Design> {
  ready ??= (async () => {
    const pf = await openPagefind('/');
    await pf.filters(); // the search page fills its filter menus on first use
    const simplify = simplifier('/');
    const run = async (q: string) => runSearch(pf, await simplify(q), {}, undefined, '/');
    return {
      async search(q, n) {
        const out = await run(q);
        const data = await Promise.all(out.hits.slice(0, n).map((h) => h.load()));
        return { count: out.hits.length, top: data.map((d) => ({ url: d.url, title: d.meta.title ?? '', excerpt: excerpt(d).html })) };
      },
      async all(q) {
        const out = await run(q);
        return (await Promise.all(out.hits.map((h) => h.load()))).map((d) => d.url);
      },
    };
  })();
  return ready;
}
