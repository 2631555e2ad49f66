/**
 * Alternative: MiniSearch over CJK character bigrams, one JSON index. Every bigram of every term
 * must occur in a page (AND), which finds every true page but also pages holding the bigrams apart.
 * The index keeps titles only; there is no text to cut an excerpt from.
 */
import MiniSearch from 'minisearch';
import { normalizeDocNumber } from '../../model/wenhao.ts';
import { simplifier } from '../../src/search/client/simplify.ts';
import { MINISEARCH_OPTIONS } from './designs.ts';
import type { Design } from './harness.ts';

let ready: Promise<Design> | undefined;

export function load(): Promise<Design> {
  ready ??= (async () => {
    const ms = MiniSearch.loadJSON(await fetch('/bench/minisearch.json').then((r) => r.text()), MINISEARCH_OPTIONS as never);
    const simplify = simplifier('/');
    const run = async (raw: string) => {
      const q = await simplify(raw.trim());
      return ms.search(normalizeDocNumber(q) ?? q);
    };
    return {
      async search(q, n) {
        const hits = await run(q);
        return { count: hits.length, top: hits.slice(0, n).map((h) => ({ url: String(h.id), title: String(h.t), excerpt: '' })) };
      },
      async all(q) {
        return (await run(q)).map((h) => String(h.id));
      },
    };
  })();
  return ready;
}
