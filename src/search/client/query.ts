/**
 * One search, as the search page (src/scripts/search.ts), the Node tests and the bench run it:
 * Traditional → Simplified, 文号 detection, one exact-phrase Pagefind search per term, the
 * intersection, ranked (rank.ts); each hit loads its data and the words its excerpt needs.
 */
import { normalizeDocNumber } from '../../../model/wenhao.ts';
import { queryTerms, pagefindPhrase } from '../tokenize.ts';
import { withWords } from './excerpt.ts';
import type { PagefindApi, PagefindData, PagefindResult } from './pagefind.ts';
import { loadRanking, rank } from './rank.ts';

export interface Hit {
  id: string;
  load: () => Promise<PagefindData>;
}

export interface Outcome {
  /** canonical 文号 when the query is one */
  number?: string;
  /** the query actually searched (Simplified) */
  query: string;
  hits: Hit[];
}

export async function runSearch(
  pf: PagefindApi,
  raw: string,
  filters: Record<string, unknown> = {},
  toSimplified: (s: string) => string = (s) => s,
  base = '/',
): Promise<Outcome> {
  const query = toSimplified(raw.trim());
  const number = normalizeDocNumber(query);
  const terms = queryTerms(number ?? query);
  const hit = (r: PagefindResult): Hit => ({ id: r.id, load: async () => withWords(await r.data(), base) });
  if (!terms.length) {
    if (!Object.keys(filters).length) return { number, query, hits: [] };
    const r = await pf.search(null, { filters });
    return { number, query, hits: r.results.map(hit) };
  }
  const ranking = loadRanking(base);
  const [first, ...rest] = await Promise.all(terms.map((t) => pf.search(pagefindPhrase(t), { filters })));
  const others = rest.map((l) => new Set(l.results.map((r) => r.id)));
  const hits = first!.results.filter((r) => others.every((s) => s.has(r.id))).map(hit);
  return { number, query, hits: rank(hits, terms, await ranking) };
}
