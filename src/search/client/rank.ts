/**
 * Ranking on top of Pagefind's order, from the ranking file of each index block (build/ranking.ts):
 * the page of a unit the query names (by its name or any alias) comes first, then the pages of
 * units whose name or alias holds every term (行政审批 → 市行政审批服务管理局), then the documents
 * whose title holds every term, then the rest in Pagefind's order.
 */
import { RANKING_FILE, type Ranking } from '../record.ts';
import { squash } from '../tokenize.ts';

const rankings = new Map<string, Promise<Ranking | undefined>>();

/** The ranking file of the index block at `dir` (a URL ending in /), fetched once; a failed fetch leaves Pagefind's order. */
/** Forgets the ranking files loaded: for a Node process (a test, the bench) that searches several built sites in turn. */
export const forgetRankings = (): void => rankings.clear();

export function loadRanking(dir: string): Promise<Ranking | undefined> {
  let ranking = rankings.get(dir);
  if (!ranking) {
    ranking = fetch(`${dir}${RANKING_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<Ranking>) : undefined))
      .catch(() => undefined);
    rankings.set(dir, ranking);
  }
  return ranking;
}

/** `hits` reordered: pages of units named by a term, of units whose name holds every term, documents whose title holds every term, the rest. */
export function rank<H extends { id: string }>(hits: H[], terms: string[], ranking: Ranking | undefined): H[] {
  if (!ranking || hits.length < 2) return hits;
  const squashed = terms.map(squash);
  const named = squashed.flatMap((t) => ranking.names[t] ?? []);
  const partly = Object.entries(ranking.names)
    .filter(([name]) => squashed.every((t) => name.includes(t)))
    .map(([, id]) => id);
  const titled = ranking.titles.filter(([title]) => squashed.every((t) => title.includes(t))).map(([, id]) => id);
  const tier = (id: string) => (named.includes(id) ? 0 : partly.includes(id) ? 1 : titled.includes(id) ? 2 : 3);
  return hits
    .map((hit, i) => ({ hit, i, tier: tier(hit.id) }))
    .sort((a, b) => a.tier - b.tier || (a.tier === 0 ? named.indexOf(a.hit.id) - named.indexOf(b.hit.id) : 0) || a.i - b.i)
    .map(({ hit }) => hit);
}
