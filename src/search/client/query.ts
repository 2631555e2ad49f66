/**
 * One search, as the search page (src/scripts/search.ts), the Node tests and the bench run it:
 * Traditional → Simplified, 文号 detection, one exact-phrase Pagefind search per term within one
 * index block (a year, see client/years.ts; `scoped` when other blocks are merged in), the intersection, ranked (rank.ts); each hit loads
 * its data and the words its excerpt needs.
 */
import { normalizeDocNumber } from '../../../model/wenhao.ts';
import { queryTerms, pagefindPhrase } from '../tokenize.ts';
import { BLOCK_FILTER, CURRENT_BLOCK, blockDir } from '../record.ts';
import { withWords } from './excerpt.ts';
import type { FilterCounts, PagefindApi, PagefindData, PagefindResult } from './pagefind.ts';
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
  /**
   * For each filter, how many of `hits` each value would leave (Pagefind's counts for the query);
   * absent for a query of several terms, whose intersection Pagefind does not count.
   */
  counts?: FilterCounts;
}

export async function runSearch(
  pf: PagefindApi,
  raw: string,
  filters: Record<string, unknown> = {},
  toSimplified: (s: string) => string = (s) => s,
  base = '/',
  block = CURRENT_BLOCK,
  scoped = block !== CURRENT_BLOCK,
): Promise<Outcome> {
  const query = toSimplified(raw.trim());
  const number = normalizeDocNumber(query);
  const terms = queryTerms(number ?? query);
  const hit = (r: PagefindResult): Hit => ({ id: r.id, load: async () => withWords(await r.data(), base) });
  // while the newest block is the only index loaded, it needs no filter (nor that filter's chunk)
  const inBlock = scoped ? { ...filters, [BLOCK_FILTER]: block } : filters;
  if (!terms.length) {
    if (!Object.keys(filters).length) return { number, query, hits: [] };
    const r = await pf.search(null, { filters: inBlock });
    return { number, query, hits: r.results.map(hit), counts: r.filters };
  }
  const ranking = loadRanking(`${base}${blockDir(block)}/`);
  const [first, ...rest] = await Promise.all(terms.map((t) => pf.search(pagefindPhrase(t), { filters: inBlock })));
  const others = rest.map((l) => new Set(l.results.map((r) => r.id)));
  const hits = first!.results.filter((r) => others.every((s) => s.has(r.id))).map(hit);
  return { number, query, hits: rank(hits, terms, await ranking), counts: rest.length ? undefined : first!.filters };
}
