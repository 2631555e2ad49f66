/**
 * Alternative: every page's indexed text in one JSON file, searched by exact substring. Exact by
 * construction; the whole text is the first download. Ranked by occurrences of the terms.
 */
import { normalizeDocNumber } from '../../model/wenhao.ts';
import { queryTerms, squash } from '../../src/search/tokenize.ts';
import { simplifier } from '../../src/search/client/simplify.ts';
import type { PageRecord } from './designs.ts';
import type { Design } from './harness.ts';

let ready: Promise<Design> | undefined;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function count(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

export function load(): Promise<Design> {
  ready ??= (async () => {
    const pages = ((await fetch('/bench/pages.json').then((r) => r.json())) as PageRecord[]).map((p) => ({ ...p, s: squash(p.x) }));
    const simplify = simplifier('/');
    const run = async (raw: string) => {
      const q = await simplify(raw.trim());
      const terms = queryTerms(normalizeDocNumber(q) ?? q).map(squash);
      if (!terms.length) return [];
      return pages
        .map((p) => ({ p, score: terms.reduce((s, t) => (s === 0 ? 0 : Math.min(s, count(p.s, t))), Infinity), terms }))
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score);
    };
    return {
      async search(q, n) {
        const hits = await run(q);
        const top = hits.slice(0, n).map(({ p, terms }) => {
          const at = p.s.indexOf(terms[0]!);
          const from = Math.max(0, at - 20);
          const t = terms[0]!;
          return {
            url: p.u,
            title: p.t,
            excerpt: `${escapeHtml(p.s.slice(from, at))}<mark>${escapeHtml(p.s.slice(at, at + t.length))}</mark>${escapeHtml(p.s.slice(at + t.length, from + 60))}`,
          };
        });
        return { count: hits.length, top };
      },
      async all(q) {
        return (await run(q)).map((h) => h.p.u);
      },
    };
  })();
  return ready;
}
